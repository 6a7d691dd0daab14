// Writes {passed, failed} of a web-test-runner run to a file so the
// top-level runner can print one `N passed, N failed` line for all suites.
import { writeFileSync } from 'node:fs';

function count(results, acc) {
  if (!results) return acc;
  for (const t of results.tests ?? []) {
    if (t.skipped) continue;
    if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of results.suites ?? []) count(s, acc);
  return acc;
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // A file that fails to load has no results: count it as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(acc));
    },
  };
}
