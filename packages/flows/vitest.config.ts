import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Engine tests run in Node; template tests (*.test.tsx) set `// @vitest-environment jsdom`.
  test: { include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
});
