import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-utils/setup.ts'],
    // jsdom + axe on a busy 2-core machine can pass 5 s; this is a hang guard, not a speed check.
    testTimeout: 30_000,
  },
});
