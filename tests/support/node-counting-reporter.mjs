// A node:test reporter that yields one JSON line {passed, failed}: tests only, not suites.
export default async function* countingReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    const type = event.data?.details?.type;
    if (event.type === 'test:pass' && type !== 'suite' && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail' && type !== 'suite') failed++;
    // A file that fails to load reports as a failed "test" at top level: counted above.
  }
  yield JSON.stringify({ passed, failed });
}
