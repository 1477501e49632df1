import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startBrowser, projectRoot } from './browser.mjs';

const { version } = JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8'));

describe('the built script-tag files', () => {
  let env;
  before(async () => (env = await startBrowser()));
  after(async () => env?.close());

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
