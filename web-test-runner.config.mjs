import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, chromeArgs } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
      // Keyboard tests move real focus; each page must keep its own focus as if it were the active
      // window, or a test's blur handling depends on what ran before it.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.target().createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  // One page at a time: with several, Chrome stalls requestAnimationFrame in all but the focused page
  // and tests that wait on it (axe, focus, floating-ui) time out (modernweb-dev/web#2403, #2588).
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  reporters: [defaultReporter(), countingReporter()],
};
