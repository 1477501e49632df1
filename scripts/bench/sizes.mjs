// Part of `npm run bench`: the size of the script-tag file against its budget and against the floor
// of its dependencies (lit, @floating-ui/dom and zod/mini as the library uses them), bundled and
// measured in the same run, so the library's own share is visible.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Budgets in KiB gzip -9. The whole library was aimed at about 40; see docs/decisions.md ("Size"). */
const BUDGET_KIB = { 'dist/cdn/fit-note-widgets.js': 40 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kib = (n) => (n / 1024).toFixed(1);

if (!existsSync(join(root, 'dist/cdn/fit-note-widgets.js'))) {
  execFileSync('node', [join(root, 'scripts/build.mjs'), '--cdn-only'], { stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'fnw-size-'));
try {
  await build({
    stdin: {
      contents: `export { LitElement, html, css, nothing } from 'lit';
        export { property, state, query } from 'lit/decorators.js';
        export { ifDefined } from 'lit/directives/if-defined.js';
        export { live } from 'lit/directives/live.js';
        export { computePosition, autoUpdate, flip, offset, shift, size } from '@floating-ui/dom';
        export * as z from './src/model/zod.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Floor',
    outfile: join(dir, 'floor.js'),
    logLevel: 'warning',
  });
  const floor = readFileSync(join(dir, 'floor.js'));
  const rows = [['dependency floor (lit, floating-ui, zod/mini)', floor.length, gz(floor), null]];
  for (const file of ['dist/cdn/fit-note-widgets.js', 'dist/cdn/fit-note-widgets.mjs']) {
    const buf = readFileSync(join(root, file));
    rows.push([file, buf.length, gz(buf), BUDGET_KIB[file] ?? null]);
  }
  const whole = rows[1];
  console.log('\nSizes (KiB; gzip -9)');
  console.log('| output | raw | gzip | budget | gzip ÷ floor |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, raw, gzip, budget] of rows) {
    const status = budget === null ? '' : `${budget} (${gzip / 1024 <= budget ? 'within' : `over by ${kib(gzip - budget * 1024)}`})`;
    console.log(`| ${name} | ${kib(raw)} | ${kib(gzip)} | ${status} | ${(gzip / rows[0][2]).toFixed(2)} |`);
  }
  console.log(`The library's own code and data: ${kib(whole[2] - rows[0][2])} KiB gzip above the floor.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
