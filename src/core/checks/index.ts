export { runChecks } from './run-checks.ts';
export { RULES, compareFindings, type Finding, type RuleId, type Severity } from './finding.ts';
export { findImbalances, type Imbalance } from './check-brackets.ts';
export { findNumberMismatches } from './check-numbers.ts';
export { findNameProblems, findInconsistentNames } from './check-names.ts';
export { findCoverageProblems } from './check-coverage.ts';
