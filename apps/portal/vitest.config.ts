import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Server-side tests only (storage, security, the HTTP server); pages are covered by the
// Playwright journeys in tests/e2e. The PostgreSQL variants run when DATABASE_URL is set
// (`node ../../scripts/postgres.mjs -- npx vitest run`).
export default defineConfig({
  resolve: {
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['app/**/*.test.ts', 'server/**/*.test.js'],
    // Starting PGlite (WebAssembly PostgreSQL) takes seconds, and many more on a busy
    // machine: generous limits, never a measure of speed.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
