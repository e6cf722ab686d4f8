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
  test: { include: ['src/**/*.test.ts'] },
});
