import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startBrowser, projectRoot } from './browser.mjs';

const { version } = JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8'));

describe('the built script-tag files', () => {
  let env;
  before(async () => (env = await startBrowser()));
  after(async () => env?.close());

  it('are ASCII only, every other character escaped, so a page in any charset reads them right', () => {
    for (const name of ['fit-note-widgets.js', 'fit-note-widgets.mjs']) {
      const bytes = readFileSync(`${projectRoot}/dist/cdn/${name}`);
      const at = bytes.findIndex((b) => b > 0x7f);
      assert.equal(at, -1, `${name}: a non-ASCII byte at ${at}`);
    }
  });

  for (const [label, head] of [
    ['a page saved as windows-1252', '<meta charset="windows-1252" />'],
    ['a page with no charset at all', ''],
  ]) {
    it(`on ${label}, served with no charset, every word shows right`, async () => {
      const page = await env.page();
      const script = readFileSync(`${projectRoot}/dist/cdn/fit-note-widgets.js`);
      await page.route('**/legacy/page.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head>${head}<title>Intranet</title><script src="fit-note-widgets.js"></script></head><body><fit-note-form icb="QOP"></fit-note-form></body></html>` }),
      );
      await page.route('**/legacy/fit-note-widgets.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
      await page.goto(env.url('/legacy/page.html'));
      const form = page.locator('fit-note-form');
      await form.getByRole('button', { name: /^Confirm fit note/ }).waitFor();
      const text = await form.evaluate((el) => el.shadowRoot.textContent);
      assert.ok(text.includes('\u201cMay be fit for work\u201d is selected to start with'), 'curly quotes read as written');
      assert.ok(!/\u00e2\u20ac/.test(text), 'no UTF-8 read as windows-1252 (\u00e2\u20ac)');
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  it('the classic script defines the FitNoteWidgets global and its model works', async () => {
    const page = await env.page();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(env.url('/test/e2e/pages/script-tag.html'));
    const smoke = await page.waitForFunction(() => window.smoke).then((h) => h.jsonValue());
    assert.equal(smoke.version, version);
    assert.deepEqual(smoke.defined, ['fit-note-form', 'work-question-prompt', 'local-services-picker'], 'the script defines all three elements');
    assert.equal(smoke.defaultFitness, 'may-be-fit');
    assert.deepEqual(smoke.r1, ['R1', 'FORMAT', 'FORMAT'], 'a new note: no condition (R1), and how assessed and the review not answered for the clinician');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(
      requests.map((u) => new URL(u).pathname),
      ['/test/e2e/pages/script-tag.html', '/dist/cdn/fit-note-widgets.js'],
      'self-contained: no request beyond the page and the script',
    );
    await page.close();
  });

  it('the ES module build is one self-contained file', async () => {
    const page = await env.page();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.url('/test/e2e/pages/module.html'));
    const smoke = await page.waitForFunction(() => window.smoke).then((h) => h.jsonValue());
    assert.equal(smoke.version, version);
    assert.match(smoke.narrative, /I advise you that: you may be fit for work/);
    assert.deepEqual(smoke.defined, ['fit-note-form', 'work-question-prompt', 'local-services-picker'], 'the module defines all three elements');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(requests, ['/test/e2e/pages/module.html', '/dist/cdn/fit-note-widgets.mjs']);
    await page.close();
  });
});

describe('the built files generate no code at run time', () => {
  // A strict Content Security Policy without 'unsafe-eval' refuses both; hosts must not need it.
  for (const file of ['dist/cdn/fit-note-widgets.js', 'dist/cdn/fit-note-widgets.mjs']) {
    it(`${file} holds no eval and no Function constructor`, () => {
      const code = readFileSync(`${projectRoot}/${file}`, 'utf8');
      assert.doesNotMatch(code, /\beval\s*\(/);
      assert.doesNotMatch(code, /\bnew\s+Function\b|[^.\w$]Function\s*\(/);
      assert.doesNotMatch(code, /=\s*Function\s*[;,]/, 'the constructor is not aliased either');
    });
  }
});
