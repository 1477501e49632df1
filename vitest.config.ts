/**
 * Runs every story as a test in Chromium (the Storybook Vitest addon): a story that fails to render,
 * whose `play` function fails, or that has an axe violation (`a11y.test: 'error'`) fails `npm test`.
 */
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { findChrome, chromeArgs } from './scripts/chrome.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          setupFiles: ['./.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: findChrome(), args: chromeArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
