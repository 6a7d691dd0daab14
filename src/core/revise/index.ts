/** Revised versions in (CAT returns, revised text, reviewers' Word files) → proposed revisions, never approvals. */
export { proposalSummary, type Proposal, type ProposalSet, type StateChange, type UnitNotes, type Unmatched } from './proposal-set.ts';
export { returnedToProposals, type ReturnedOptions } from './returned-to-proposals.ts';
export { revisedToProposals, type RevisedParagraph } from './revised-to-proposals.ts';
export { matchParagraphs, type ParagraphMatch } from './match-paragraphs.ts';
export { proposalsIntoBundle, type IntoBundleOptions, type ReviseErrorCode } from './proposals-into-bundle.ts';
export { readRevisedVersion, type RevisedFormat, type RevisedVersion } from './read-revised-version.ts';
