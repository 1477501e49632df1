// Part of `npm run bench`: how long each element takes from being added to the page to its first
// render (`updateComplete`), and one keystroke in the fit note's comments to an updated screen,
// against a baseline measured in the same page: a plain custom element with a label and an input.
// Built script-tag file, Chromium headless; medians and p95 over many runs (the machines are noisy).
import { chromium } from 'playwright-core';
import { existsSync, writeFileSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromeArgs, findChrome } from '../chrome.mjs';
import { serve } from '../static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 60;

if (!existsSync(join(root, 'dist/cdn/fit-note-widgets.js'))) {
  execFileSync('node', [join(root, 'scripts/build.mjs'), '--cdn-only'], { stdio: 'inherit' });
}

const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>render bench</title><body><div id="host"></div>
<script src="fit-note-widgets.js"></script>
<script>
customElements.define('plain-baseline', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.textContent = 'Baseline';
    label.htmlFor = 'i';
    const input = document.createElement('input');
    input.id = 'i';
    root.append(label, input);
  }
});
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
window.firstRender = async (tag, runs) => {
  const host = document.getElementById('host');
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    await frame();
    const t0 = performance.now();
    const el = document.createElement(tag);
    if (tag === 'fit-note-form') {
      el.patient = { name: 'Alex Example', nhsNumber: '9990000018', dateOfBirth: '1984-05-12' };
      el.conditions = [{ display: 'Low back pain' }];
      el.setAttribute('today', '2026-03-03');
    }
    host.append(el);
    if (el.updateComplete) await el.updateComplete;
    el.getBoundingClientRect();
    times.push(performance.now() - t0);
    el.remove();
  }
  return { median: pct(times, 50), p95: pct(times, 95) };
};
window.keystroke = async (runs) => {
  const host = document.getElementById('host');
  const el = document.createElement('fit-note-form');
  el.setAttribute('today', '2026-03-03');
  host.append(el);
  await el.updateComplete;
  const box = [...el.shadowRoot.querySelectorAll('textarea')][0];
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    await frame();
    const t0 = performance.now();
    box.value += 'a';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.getBoundingClientRect();
    times.push(performance.now() - t0);
  }
  el.remove();
  return { median: pct(times, 50), p95: pct(times, 95) };
};
</script></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'fnw-render-'));
try {
  writeFileSync(join(dir, 'index.html'), page);
  copyFileSync(join(root, 'dist/cdn/fit-note-widgets.js'), join(dir, 'fit-note-widgets.js'));
  const server = await serve(dir, { headers: () => ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }) });
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${server.url}/index.html`);
    await tab.waitForFunction(() => typeof window.firstRender === 'function');
    const rows = [];
    for (const tag of ['plain-baseline', 'work-question-prompt', 'local-services-picker', 'fit-note-form']) {
      rows.push([`<${tag}> first render`, await tab.evaluate(([t, n]) => window.firstRender(t, n), [tag, RUNS])]);
    }
    rows.push(['<fit-note-form> keystroke in comments', await tab.evaluate((n) => window.keystroke(n), RUNS)]);
    const base = rows[0][1].median;
    console.log(`\nRendering (ms; ${RUNS} runs each; built script-tag file; Chromium headless)`);
    console.log('| what | median | p95 | median ÷ baseline |');
    console.log('|---|---:|---:|---:|');
    for (const [name, r] of rows) console.log(`| ${name} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${(r.median / base).toFixed(1)} |`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
