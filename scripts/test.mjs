// `npm test`: type-check, lint, unit and component tests in Chromium, production build, the
// end-to-end tests on the built files, every Storybook story as a test, and the static Storybook. Every step runs even when an earlier one failed (so one run
// shows every problem), except those that need the build. The last line printed is the total:
// `N passed, N failed` (`, N skipped`), counting each test, plus one for each of the check steps.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const npx = (cmd, ...args) => ({ cmd: 'npx', args: ['--no-install', cmd, ...args] });
const STEPS = [
  { name: 'type-check', run: { cmd: 'npm', args: ['run', '--silent', 'typecheck'] } },
  { name: 'lint', run: { cmd: 'npm', args: ['run', '--silent', 'lint'] } },
  { name: 'unit and component tests (Chromium)', run: npx('web-test-runner'), counts: '.test-results/unit.json' },
  { name: 'build', run: { cmd: 'node', args: ['scripts/build.mjs'] }, produces: 'dist/cdn/fit-note-widgets.js' },
  { name: 'end-to-end tests (Chromium, built files)', run: { cmd: 'node', args: ['test/e2e/run.mjs'] }, counts: '.test-results/e2e.json', needs: 'build' },
  {
    name: 'Storybook stories as tests (Chromium, axe)',
    run: npx('vitest', 'run', '--project', 'storybook', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/storybook-vitest.json'),
    counts: '.test-results/storybook-vitest.json',
    needs: 'build',
  },
  { name: 'Storybook build', run: npx('storybook', 'build', '-o', 'dist/storybook', '--quiet'), produces: 'dist/storybook/index.html', needs: 'build' },
];

/** Reads `{ passed, failed, skipped }` from our reporters' files or from Vitest's JSON report. */
function readCounts(file) {
  const c = JSON.parse(readFileSync(file, 'utf8'));
  if ('numTotalTests' in c) return { passed: c.numPassedTests, failed: c.numFailedTests, skipped: c.numPendingTests + (c.numTodoTests ?? 0) };
  return c;
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const ok = new Set();
rmSync('.test-results', { recursive: true, force: true });

for (const step of STEPS) {
  console.log(`\n━━ ${step.name}`);
  if (step.needs && !ok.has(step.needs)) {
    console.log(`skipped: ${step.needs} failed`);
    total.failed += 1;
    failedSteps.push(step.name);
    continue;
  }
  const started = Date.now();
  const result = spawnSync(step.run.cmd, step.run.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  const passed = result.status === 0 && (!step.produces || existsSync(step.produces));
  if (step.counts && existsSync(step.counts)) {
    const c = readCounts(step.counts);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    if (!passed && c.failed === 0) total.failed += 1; // the runner itself failed
  } else {
    total[passed ? 'passed' : 'failed'] += 1;
  }
  if (passed) ok.add(step.name);
  else failedSteps.push(step.name);
  console.log(`${passed ? 'ok' : 'FAILED'}: ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join('; ')}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = failedSteps.length ? 1 : 0;
