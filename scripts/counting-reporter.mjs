// A web-test-runner reporter that writes the number of passed, failed and skipped tests to a file,
// so `npm test` can print one closing `N passed, N failed` line across all its steps.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const COUNT_FILE = '.test-results/unit.json';

function walk(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped += 1;
    else if (t.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const s of suite.suites ?? []) walk(s, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, counts);
        // A file that failed to load or threw outside a test still counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      mkdirSync(dirname(COUNT_FILE), { recursive: true });
      writeFileSync(COUNT_FILE, JSON.stringify(counts));
    },
  };
}
