import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/** One project per locale: every story is rendered and checked with axe in each. */
function storiesIn(locale: 'vi' | 'en') {
  return {
    extends: true as const,
    plugins: [storybookTest({ configDir })],
    test: {
      name: `stories-${locale}`,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: chromiumLaunchOptions() }),
        instances: [{ browser: 'chromium' as const }],
      },
      setupFiles: [`./.storybook/vitest.locale-${locale}.ts`],
    },
  };
}

export default defineConfig({
  test: {
    projects: [storiesIn('vi'), storiesIn('en')],
  },
});
