// The elements on a host page with a strict Content Security Policy and no relaxation: a whole
// consultation, with the script-tag build and with the npm build bundled by the host, raises no
// violation. Without constructable stylesheets, `window.litNonce` (README) keeps it so.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowser } from './browser.mjs';
import { hostSite } from './hosts/site.mjs';
import { fullConsultation, assertSubmitDetail, pageToday, received } from './hosts/consultation.mjs';

const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const NONCE = 'fnw-e2e-nonce';

const files = {
  'index.html': 'test/e2e/hosts/csp/index.html',
  'npm.html': 'test/e2e/hosts/csp/npm.html',
  'nonce.html': 'test/e2e/hosts/csp/nonce.html',
  'no-nonce.html': 'test/e2e/hosts/csp/no-nonce.html',
  'watch.js': 'test/e2e/hosts/watch.js',
  'no-constructable-stylesheets.js': 'test/e2e/hosts/csp/no-constructable-stylesheets.js',
  'lit-nonce.js': 'test/e2e/hosts/csp/lit-nonce.js',
  'fit-note-widgets.js': 'dist/cdn/fit-note-widgets.js',
};
const bundles = { 'consultation.js': 'test/e2e/hosts/csp/consultation.js', 'npm-consultation.js': 'test/e2e/hosts/csp/npm-consultation.js' };

/** Every page gets the strict policy; the two nonce pages add the nonce to style-src, as README says. */
const policy = (path) => ({
  'content-security-policy': path.includes('nonce') ? STRICT.replace("style-src 'self'", `style-src 'self' 'nonce-${NONCE}'`) : STRICT,
});

let env;
let site;
before(async () => {
  env = await startBrowser();
  site = await hostSite({ files, bundles, headers: policy });
});
after(async () => {
  await site?.close();
  await env?.close();
});

/** Opens a page and collects violations two ways: the page's listener and the browser's console. */
async function open(path) {
  const page = await env.page();
  const reported = [];
  page.on('console', (m) => /Content Security Policy|Trusted Type/i.test(m.text()) && reported.push(m.text()));
  await page.goto(site.url(path));
  await page.locator('#form').getByRole('button', { name: /^Confirm fit note/ }).waitFor();
  return Object.assign(page, { reported });
}

const violations = (page) => page.evaluate(() => window.violations);

describe('under a strict Content Security Policy, with no relaxation', () => {
  for (const [path, build] of [
    ['/index.html', 'the script-tag build'],
    ['/npm.html', 'the npm build, bundled by the host'],
  ]) {
    it(`${build}: a whole consultation raises no violation`, async () => {
      const page = await open(path);
      try {
        const response = await page.request.get(site.url(path));
        assert.equal(response.headers()['content-security-policy'], STRICT, 'the page is served with the policy');
        const events = await fullConsultation(page);
        assert.deepEqual(events, ['work-question-complete', 'fit-note-invalid', 'fit-note-submit', 'fit-note-referral']);
        assertSubmitDetail(await received(page, 'fit-note-submit'), { today: await pageToday(page) });
        assert.deepEqual(await violations(page), []);
        assert.deepEqual(page.reported, []);
        assert.deepEqual(page.errors, []);
        const styled = await page.locator('#form').getByRole('button', { name: /^Confirm fit note/ }).evaluate((el) => getComputedStyle(el).backgroundColor);
        assert.equal(styled, 'rgb(0, 127, 59)', 'the styles applied');
      } finally {
        await page.close();
      }
    });
  }

  it("the host's bundle of the npm build holds no eval and no Function constructor (lit, zod and floating-ui included)", () => {
    const code = readFileSync(join(site.dir, 'npm-consultation.js'), 'utf8');
    assert.ok(code.includes('customElements.define'), 'the bundle holds the library');
    assert.doesNotMatch(code, /\beval\s*\(/);
    assert.doesNotMatch(code, /\bnew\s+Function\b|[^.\w$]Function\s*\(/);
  });

  it('without constructable stylesheets, window.litNonce and a style-src nonce keep it free of violations', async () => {
    const page = await open('/nonce.html');
    try {
      assert.equal(await page.evaluate(() => 'adoptedStyleSheets' in Document.prototype), false, 'the page has no constructable stylesheets');
      const styles = await page.locator('#form').evaluate((el) => [...el.shadowRoot.querySelectorAll('style')].map((s) => s.nonce));
      assert.ok(styles.length > 0 && styles.every((n) => n === NONCE), 'Lit wrote <style> elements carrying the nonce');
      await fullConsultation(page);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(page.reported, []);
      const styled = await page.locator('#form').getByRole('button', { name: /^Confirm fit note/ }).evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(styled, 'rgb(0, 127, 59)', 'the styles applied');
    } finally {
      await page.close();
    }
  });

  it('(and without the nonce the policy does refuse them: the test sees violations when there are some)', async () => {
    const page = await open('/no-nonce.html');
    try {
      const seen = await violations(page);
      assert.ok(seen.length > 0 && seen.every((v) => v.startsWith('style-src-elem')), seen.join('\n'));
      assert.ok(page.reported.length > 0, 'the console reports them too');
      const unstyled = await page.locator('#form').getByRole('button', { name: /^Confirm fit note/ }).evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(unstyled, 'rgb(0, 127, 59)');
    } finally {
      await page.close();
    }
  });
});
