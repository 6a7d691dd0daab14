/** Team use: the documents of a shared work, their fold, and the rules the team server enforces. */
export { teamDbName, TEAM_DB_PREFIX } from './team-db-name.ts';
export { teamErrors, type TeamError, type TeamErrorCode } from './team-errors.ts';
export { DOC_PREFIX, contentId, type TeamDoc, type TeamDocType, type WorkDoc, type RevisionDoc, type EventDoc, type CommentDoc, type AlignmentDoc, type NamesDoc } from './team-docs.ts';
export { docsOfBundle } from './docs-of-bundle.ts';
export { bundleOfDocs, readTeamRecords, latestAlignments, withCurrentRevisions, type FoldedWork, type SkippedDoc, type TeamRecords } from './bundle-of-docs.ts';
export { checkTeamWrite, TEAM_ROLES, type TeamRole, type TeamUser, type TeamRefusal } from './team-rules.ts';
export { canDecide, type Permission } from './team-permissions.ts';
export { decisionConflicts, type DecisionConflict } from './decision-conflicts.ts';
export { teamDesignDoc, TEAM_DESIGN_DOC_ID, TEAM_RULES_VERSION, VALIDATE_DOC_UPDATE } from './validate-doc-update.ts';
