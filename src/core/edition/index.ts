export { buildEdition, type BuildEditionOptions } from './build-edition.ts';
export type * from './edition.ts';
export type { EditorialNote } from './paragraph-inlines.ts';
export { displayDate } from './dateline.ts';
