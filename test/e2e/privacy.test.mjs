// Privacy and security on the host's page: a whole consultation makes no request and stores
// nothing, and host strings with markup or script are shown as text everywhere, never run. These
// pages have no Content Security Policy, so a request or a script would not be blocked: it would
// happen, and be seen.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './browser.mjs';
import { hostSite } from './hosts/site.mjs';
import { completeNote, fullConsultation, received } from './hosts/consultation.mjs';
import { JAVASCRIPT_URL, PAYLOADS } from './hosts/privacy/payloads.js';

const files = {
  'index.html': 'test/e2e/hosts/csp/index.html',
  'hostile.html': 'test/e2e/hosts/privacy/hostile.html',
  'watch.js': 'test/e2e/hosts/watch.js',
  'fit-note-widgets.js': 'dist/cdn/fit-note-widgets.js',
};
const bundles = { 'consultation.js': 'test/e2e/hosts/csp/consultation.js', 'hostile.js': 'test/e2e/hosts/privacy/hostile.js' };

let env;
let site;
before(async () => {
  env = await startBrowser();
  site = await hostSite({ files, bundles });
});
after(async () => {
  await site?.close();
  await env?.close();
});

/** Opens a page; records every request, WebSocket and worker from the moment it has loaded, and the warnings. */
async function open(path) {
  const page = await env.page();
  const afterLoad = [];
  const warnings = [];
  let loaded = false;
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('load', () => (loaded = true));
  page.on('request', (r) => loaded && afterLoad.push(`${r.method()} ${r.url()}`));
  page.on('websocket', (w) => afterLoad.push(`websocket ${w.url()}`));
  page.on('worker', (w) => afterLoad.push(`worker ${w.url()}`));
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.locator('#form').getByRole('button', { name: /^Confirm fit note/ }).waitFor();
  return Object.assign(page, { afterLoad, warnings });
}

/** What the page holds in every kind of browser storage once the consultation is over. */
const stored = (page) =>
  page.evaluate(async () => ({
    writes: window.storageWrites,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

const nothingStored = { writes: [], localStorage: 0, sessionStorage: 0, cookie: '', indexedDB: [], caches: [], serviceWorkers: 0 };

describe('privacy during a whole consultation', () => {
  it('no request of any kind after the page has loaded', async () => {
    const page = await open('/index.html');
    try {
      const events = await fullConsultation(page);
      assert.deepEqual(events, ['work-question-complete', 'fit-note-invalid', 'fit-note-submit', 'fit-note-referral']);
      assert.deepEqual(page.afterLoad, []);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  it('nothing written to localStorage, sessionStorage, cookies, IndexedDB, Cache Storage or a service worker', async () => {
    const page = await open('/index.html');
    try {
      await fullConsultation(page);
      assert.deepEqual(await stored(page), nothingStored);
      await page.evaluate(() => localStorage.setItem('host', 'its own'));
      assert.deepEqual((await stored(page)).writes, ['Storage.setItem'], '(the page sees a write when there is one)');
    } finally {
      await page.close();
    }
  });
});

describe('host strings with markup or script', () => {
  it('are shown as text in every element and returned as given, and none of them runs', async () => {
    const page = await open('/hostile.html');
    try {
      const prompt = page.locator('#prompt');
      await prompt.getByRole('radio', { name: 'Employed', exact: true }).check();
      await prompt.getByRole('textbox', { name: /^Anything else about work/ }).fill(PAYLOADS.typed);
      await prompt.getByRole('button', { name: /^Done/ }).click();

      const form = page.locator('#form');
      await form.getByRole('textbox', { name: /functional effects/i }).fill(PAYLOADS.typed);
      await completeNote(form, PAYLOADS.condition);
      const note = (await received(page, 'fit-note-submit')).fitNote;
      assert.equal(note.patient.name, PAYLOADS.patient);
      assert.equal(note.issuer.name, PAYLOADS.issuerName);
      assert.equal(note.issuer.address, PAYLOADS.issuerAddress);
      assert.deepEqual(note.conditions, [{ display: PAYLOADS.condition }]);
      assert.equal(note.comments, PAYLOADS.typed);
      await form.getByRole('button', { name: /^Print your plan/ }).click();

      const picker = page.locator('#picker');
      const dropped = await received(page, 'local-services-error');
      assert.deepEqual(dropped.issues.map((i) => [i.index, i.id]), [[1, 'linked-hub']], 'the service whose web address would run script is dropped');
      await picker.getByRole('combobox', { name: /search services/i }).fill('Work Hub');
      await picker.getByRole('option', { name: 'Work Hub' }).click();
      await picker.getByRole('button', { name: /^Patient agrees: create referral/i }).click();
      const referral = await received(page, 'fit-note-referral');
      assert.equal(referral.service.name, PAYLOADS.service);
      assert.equal(referral.reason, PAYLOADS.condition);

      const seen = await page.evaluate(() => {
        const roots = [];
        const walk = (root) => {
          roots.push(root);
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (el.localName === 'iframe' && el.contentDocument) walk(el.contentDocument);
          }
        };
        walk(document);
        const frames = roots.flatMap((r) => [...r.querySelectorAll('iframe')]);
        return {
          pwned: window.__pwned,
          elements: roots.flatMap((r) => [...r.querySelectorAll('img, script:not([src]), svg, iframe:not(#print-frame)')].map((el) => el.outerHTML)),
          frames: frames.map((f) => [f.id, f.getAttribute('src'), f.getAttribute('srcdoc')]),
          printed: frames.map((f) => f.contentDocument?.body?.textContent ?? '').join('\n'),
          links: roots.flatMap((r) => [...r.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))),
          text: roots.map((r) => (r === document ? '' : r.textContent)).join('\n'),
        };
      });
      assert.equal(seen.pwned, undefined, 'no payload ran');
      assert.deepEqual(seen.elements, [], 'no element came from host data');
      assert.deepEqual(seen.frames, [['print-frame', null, null]], "the plan's print frame is the only frame, and loads nothing");
      assert.ok(seen.printed.includes(PAYLOADS.patient), 'the printed plan shows the name as text too');
      assert.ok(!seen.links.some((href) => href.startsWith('javascript:')), 'no javascript: link');
      // Shown literally: the text the clinician reads is the markup itself.
      for (const [field, payload] of Object.entries(PAYLOADS)) {
        if (field === 'typed' || field === 'description') continue;
        assert.ok(seen.text.includes(payload), `${field} is shown as text`);
      }
      assert.ok(!seen.text.includes(JAVASCRIPT_URL));
      assert.ok(page.warnings.some((w) => w.startsWith('[fit-note-widgets]') && w.includes('markup')), 'the host is told its data looks like markup');
      assert.deepEqual(page.afterLoad, [], 'nothing was fetched (an <img src=x> would have been)');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
});
