// Shared set-up for the end-to-end tests: one Chromium (from CHROME_PATH or the usual places) and
// one static server over the project's root, so tests load the built files exactly as a host would.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { findChrome, chromeArgs } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function startBrowser() {
  const server = await serve(projectRoot);
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  return {
    browser,
    url: (path) => `${server.url}${path}`,
    /** A new page whose console errors and uncaught exceptions are collected in `errors`. */
    async page() {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
      return Object.assign(page, { errors });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
