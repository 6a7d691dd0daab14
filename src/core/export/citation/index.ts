/** Citations of the archival document and of one passage, for reference managers and for copying. */
export { documentCitation, dateParts, pageRange, type DocumentCitation } from './document-citation.ts';
export { toCslJson } from './to-csl-json.ts';
export { toRis } from './to-ris.ts';
export { toBibtex, bibtexValue } from './to-bibtex.ts';
export { editionVersionOf, passageCitation, type PassageCitationOptions } from './passage-citation.ts';
