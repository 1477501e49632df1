// Part of `npm run bench`: how <local-services-picker> keeps up with a national directory.
//
// For 1,000, 10,000 and 100,000 generated services (fictional, valid), in Chromium:
//   - the time to take the directory (validate, index, first render),
//   - the time per keystroke while typing a query and deleting it again, from the input event to
//     the listbox updated and laid out: median and p95 over every keystroke of several passes,
//   - the DOM elements in the picker with the listbox open,
// and, as baselines measured in the same run, the 1,000 row, and a naive filter over the same data
// (each keystroke lower-cases every service's text and scans it; no index, nothing rendered).
// The machines are shared and noisy: read the ratios, not the absolute times.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from '../chrome.mjs';
import { serve } from '../static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = [1_000, 10_000, 100_000];
// One query per pass (the first warms up), so no pass is answered from the previous pass's cache.
const QUERIES = ['back pain riverside', 'anxiety oakham', 'debt advice upton', 'long covid hollins', 'sleep problems ivybridge', 'heart conditions penrose'];
const ICB = 'QOP';

const entry = `
import './src/local-services-picker.ts';
import { generateServices } from './test/elements/local-services-picker/fixtures.ts';
import { categoryLabel, createServiceIndex, findIcb, searchServices, validateServices } from './src/model/services.ts';

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => ok()));

/** Every keystroke of typing the query and deleting it again. */
function keystrokes(query) {
  const out = [];
  for (let i = 1; i <= query.length; i += 1) out.push(query.slice(0, i));
  for (let i = query.length - 1; i >= 0; i -= 1) out.push(query.slice(0, i));
  return out;
}

function naiveFilter(services, text, icb) {
  const area = new Set((findIcb(icb)?.footprints ?? []).map((f) => f.code));
  const words = text.toLowerCase().split(/\\s+/).filter(Boolean);
  return services.filter((s) => {
    if (!('national' in s.coverage) && !s.coverage.icbs.some((c) => area.has(c))) return false;
    const hay = (s.name + ' ' + categoryLabel(s.category) + ' ' + (s.description ?? '') + ' ' + (s.eligibility ?? '')).toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

window.runBench = async (size, queries, icb) => {
  const host = document.getElementById('host');
  host.replaceChildren();
  const el = document.createElement('local-services-picker');
  el.setAttribute('icb', icb);
  el.setAttribute('today', '2026-11-22');
  host.append(el);
  await el.updateComplete;
  const services = generateServices(size, 11);

  const t0 = performance.now();
  el.services = services;
  await el.updateComplete;
  el.shadowRoot.querySelector('#listbox').offsetHeight;
  const assignMs = performance.now() - t0;

  const input = el.shadowRoot.querySelector('[role="combobox"]');
  input.focus();
  input.click();
  await el.updateComplete;

  const times = [];
  let nodes = 0;
  let firstKeyMatches = 0;
  for (let pass = 0; pass < queries.length; pass += 1) {
    for (const text of keystrokes(queries[pass])) {
      await nextFrame();
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      el.shadowRoot.querySelector('#listbox').offsetHeight;
      const ms = performance.now() - start;
      if (pass > 0) times.push(ms); // pass 0 warms up the JIT
      if (text.length === 1) {
        nodes = Math.max(nodes, el.shadowRoot.querySelectorAll('*').length);
        firstKeyMatches = Number(el.shadowRoot.querySelector('[role="option"]')?.getAttribute('aria-setsize') ?? 0);
      }
    }
  }

  // The model alone, on a fresh copy of the same data: validation, indexing, and search per keystroke.
  const copy = services.map((s) => ({ ...s }));
  let t = performance.now();
  const valid = validateServices(copy).services;
  const validateMs = performance.now() - t;
  t = performance.now();
  const index = createServiceIndex(valid);
  const indexMs = performance.now() - t;
  const search = [];
  for (let pass = 0; pass < queries.length; pass += 1) {
    for (const text of keystrokes(queries[pass])) {
      const start = performance.now();
      searchServices(index, { text, icb });
      const ms = performance.now() - start;
      if (pass > 0) search.push(ms);
    }
  }

  const naive = [];
  for (let pass = 0; pass < queries.length; pass += 1) {
    for (const text of keystrokes(queries[pass])) {
      const start = performance.now();
      naiveFilter(services, text, icb);
      const ms = performance.now() - start;
      if (pass > 0) naive.push(ms);
    }
  }
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  return {
    size, assignMs, validateMs, indexMs, median: median(times), p95: percentile(times, 95), samples: times.length,
    searchMedian: median(search), searchP95: percentile(search, 95), naiveMedian: median(naive), naiveOverSearch: sum(naive) / sum(search),
    isolated: crossOriginIsolated, nodes, firstKeyMatches,
  };
};
`;

const dir = mkdtempSync(join(tmpdir(), 'fnw-bench-'));
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'bench-entry.js' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: join(dir, 'bench.js'),
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body><div id="host" style="max-width:960px"></div><script type="module" src="bench.js"></script></body></html>',
  );
  // Cross-origin isolation gives the page a 5 µs timer instead of 100 µs.
  const server = await serve(dir, { headers: () => ({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }) });
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    const rows = [];
    for (const size of SIZES) {
      rows.push(await page.evaluate(([s, q, i]) => window.runBench(s, q, i), [size, QUERIES, ICB]));
      process.stderr.write(`measured ${size.toLocaleString('en-GB')} services\n`);
    }
    print(rows);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function print(rows) {
  const base = rows[0];
  const ms = (n) => n.toFixed(2);
  const table = [
    ['services', 'take directory', '(validate', 'index)', 'keystroke median', 'keystroke p95', 'median ÷ 1,000 row', 'search median', 'search p95', 'naive filter median', 'naive ÷ search (total)', 'DOM elements', 'matches, 1st key'],
    ...rows.map((r) => [
      r.size.toLocaleString('en-GB'),
      ms(r.assignMs),
      ms(r.validateMs),
      ms(r.indexMs),
      ms(r.median),
      ms(r.p95),
      (r.median / base.median).toFixed(2),
      ms(r.searchMedian),
      ms(r.searchP95),
      ms(r.naiveMedian),
      r.naiveOverSearch.toFixed(0),
      String(r.nodes),
      r.firstKeyMatches.toLocaleString('en-GB'),
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(`\n<local-services-picker>: typing each of ${QUERIES.length - 1} queries and deleting it (${rows[0].samples} keystrokes per size), area ${ICB}, Chromium headless`);
  console.log(line(table[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
  console.log('\nTimes in ms. keystroke: input event → listbox updated and laid out (the whole element).');
  console.log('take directory: assigning `services` → first render (validate and index shown apart, measured on a copy).');
  console.log('search: searchServices alone per keystroke. naive filter: lower-case and scan every service per keystroke (the baseline).');
  console.log(rows[0].isolated ? 'The page is cross-origin isolated: timer resolution about 5 µs.' : 'The page is not cross-origin isolated: timer resolution about 0.1 ms.');
}
