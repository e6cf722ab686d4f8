import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Definitions run in Node; the journeys through the templates (*.test.tsx) set jsdom.
  test: { include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
});
