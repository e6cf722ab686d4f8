import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-utils/setup.ts'],
    // One jsdom, React and axe per worker instead of per file: the suite runs about three times
    // faster on a 2-core machine. Tests clean up after themselves (setup.ts) so files stay independent.
    isolate: false,
    // jsdom + axe on a busy 2-core machine can pass 5 s; this is a hang guard, not a speed check.
    testTimeout: 30_000,
  },
});
