import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npm run start --prefix ../apps/portal',
    url: baseURL,
    // A throwaway in-memory database: every run starts from the seeded demo data.
    // TRUST_PROXY lets each test present its own client address (see e2e/client-address.ts).
    env: { PORT: String(port), HOST: '127.0.0.1', PGLITE_DIR: 'memory://', TRUST_PROXY: '1' },
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
