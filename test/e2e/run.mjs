// Runs the end-to-end tests (test/e2e/*.test.mjs) against the built files with node's test runner,
// prints each result, and writes the counts for the closing line of `npm test`.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(dir, f));
const counts = { passed: 0, failed: 0, skipped: 0 };

const stream = run({ files, concurrency: 1, timeout: 120_000 });
stream.on('test:pass', (t) => {
  if (t.details?.type === 'suite') return;
  if (t.skip || t.todo) counts.skipped += 1;
  else counts.passed += 1;
});
stream.on('test:fail', (t) => {
  if (t.details?.type === 'suite' && t.details?.error?.failureType !== 'hookFailed') return;
  counts.failed += 1;
});
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/e2e.json', JSON.stringify(counts));
  process.exitCode = counts.failed > 0 ? 1 : 0;
});
