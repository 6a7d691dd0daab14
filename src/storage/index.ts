/**
 * The storage barrel: the only way the app reaches IndexedDB.
 *
 *   const ws = await openWorkspace({ onClosed: () => askToReload() });
 *   await ws.settings.setEditorName('A. Editor');
 *   await ws.works.importWork(work);                       // revision zero per paragraph
 *   const work = await ws.works.loadWork(work.id);         // current (approved) texts
 *   const r = await ws.revisions.saveRevision({ workId, paragraphId, baseRevisionId, text, propose: true });
 *   if (!r.ok && r.error.conflict) show(r.error.conflict.mine.text, r.error.conflict.theirs.text);
 *   await ws.revisions.approve(r.value.revision.id);
 *   ws.onRemoteChange((m) => refresh(m));                  // other tabs' writes
 */
export { openWorkspace, type Workspace, type WorkspaceOptions } from './workspace.ts';
export { openParallaxDb, deleteParallaxDb, type OpenOptions } from './open-database.ts';
export { DB_VERSION, DEFAULT_DB_NAME } from './schema.ts';
export { CHUNK_SIZE } from './paragraph-chunks.ts';
export type { AlignmentRecord, StoredSentencePairs, NameRecord, ParagraphChunk, ParagraphRecord, ParallaxDb, ParallaxSchema, SettingRecord, WitnessRecord, WorkRecord } from './schema.ts';
export type { WorksRepository, WorkSummary, CurrentText } from './works-repository.ts';
export { IMPORT_AUTHOR } from './works-repository.ts';
export type { WorkTextsRepository, ReplaceTextInput, ReplaceTextSummary } from './work-texts-repository.ts';
export type { RevisionsRepository, RevisionView, SaveRevisionInput, RevertInput } from './revisions-repository.ts';
export type { CommentsRepository } from './comments-repository.ts';
export type { HistoryRepository, RevisionHistoryEntry, TimelineEntry, TimelinePage } from './history-repository.ts';
export { DEFAULT_TIMELINE_PAGE } from './history-repository.ts';
export type { AlignmentsRepository } from './alignments-repository.ts';
export { WORKSPACE_NAMES, type NamesRepository, type NameEntryInput } from './names-repository.ts';
export type { SettingsRepository } from './settings-repository.ts';
export { EDITOR_NAME_KEY } from './editor-name.ts';
export type { BackupRepository, ImportBundleOptions, ImportSummary } from './backup-repository.ts';
export type { ChangeMessage } from './change-channel.ts';
export type { TeamRecordsRepository, AppliedChanges } from './team-records.ts';
export { messagesOf } from './team-records.ts';
export { changeChannelName, openChangeChannel } from './change-channel.ts';
export type { StoreError, StoreConflict } from './store-errors.ts';
export type { StoreResult } from './storage-context.ts';
export type { PersistenceAnswer, StorageEstimate } from './persistence.ts';
