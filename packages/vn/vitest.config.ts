import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // dist/places-data.js is generated at build time; tests compute the same rows in Node.
    alias: [
      {
        find: /^\.\/places-data\.js$/u,
        replacement: fileURLToPath(new URL('./src/places-data.dev.ts', import.meta.url)),
      },
    ],
  },
  // Property tests and the first search or mapping (which builds an index over thousands of
  // rows) can take seconds on shared, busy cores: allow for that rather than fail on time.
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
