/**
 * The composition of storage: open the database once, build every repository
 * on the same connection, clock and id factory. The app provides the result
 * through `@lit/context`; tests open one per fresh database name.
 */
import { createIdFactory, type IdFactory } from '../core/ids.ts';
import { createAlignmentsRepository, type AlignmentsRepository } from './alignments-repository.ts';
import { createBackupRepository, type BackupRepository } from './backup-repository.ts';
import { openChangeChannel, type ChangeMessage } from './change-channel.ts';
import { createCommentsRepository, type CommentsRepository } from './comments-repository.ts';
import { createHistoryRepository, type HistoryRepository } from './history-repository.ts';
import { createNamesRepository, type NamesRepository } from './names-repository.ts';
import { openParallaxDb } from './open-database.ts';
import { estimateStorage, requestPersistentStorage, type PersistenceAnswer, type StorageEstimate } from './persistence.ts';
import { createRevisionsRepository, type RevisionsRepository } from './revisions-repository.ts';
import { DEFAULT_DB_NAME, type ParallaxDb } from './schema.ts';
import { createSettingsRepository, type SettingsRepository } from './settings-repository.ts';
import type { StorageContext } from './storage-context.ts';
import { createTeamRecordsRepository, type TeamRecordsRepository } from './team-records.ts';
import { createWorkTextsRepository, type WorkTextsRepository } from './work-texts-repository.ts';
import { createWorksRepository, type CurrentText, type WorksRepository } from './works-repository.ts';

export interface WorkspaceOptions {
  /** Database name; one per workspace (tests use a fresh one each). */
  readonly name?: string;
  /** Clock for every record's time; ids follow it so they sort with it. */
  readonly now?: () => Date;
  readonly ids?: IdFactory;
  /**
   * Another tab opened a newer schema: this connection is already closed
   * (so the other tab's upgrade does not hang). The app should ask to reload.
   */
  readonly onClosed?: (reason: 'versionchange' | 'terminated') => void;
  /** Our upgrade waits for an old tab to let go. */
  readonly onBlocked?: () => void;
}

export interface Workspace {
  readonly name: string;
  readonly db: ParallaxDb;
  readonly works: WorksRepository;
  /** Add a text to a stored work, or replace one by a new version (as revisions). */
  readonly texts: WorkTextsRepository;
  readonly revisions: RevisionsRepository;
  readonly comments: CommentsRepository;
  readonly history: HistoryRepository;
  readonly alignments: AlignmentsRepository;
  readonly names: NamesRepository;
  readonly settings: SettingsRepository;
  readonly backup: BackupRepository;
  /** Records of shared works: applied from the team server, listed for it. */
  readonly team: TeamRecordsRepository;
  /** Same as `works.currentTexts`. */
  currentTexts(workId: string): Promise<Map<string, CurrentText>>;
  /** What other tabs changed (this tab's own writes are not echoed). Returns unsubscribe. */
  onRemoteChange(listener: (message: ChangeMessage) => void): () => void;
  requestPersistence(): Promise<PersistenceAnswer>;
  estimate(): Promise<StorageEstimate>;
  close(): void;
}

export async function openWorkspace(opts: WorkspaceOptions = {}): Promise<Workspace> {
  const name = opts.name ?? DEFAULT_DB_NAME;
  const now = opts.now ?? (() => new Date());
  const channel = openChangeChannel(name);
  const db = await openParallaxDb({
    name,
    onBlocked: opts.onBlocked,
    onClosed: (reason) => {
      channel.close();
      opts.onClosed?.(reason);
    },
  });
  const ctx: StorageContext = { db, now, ids: opts.ids ?? createIdFactory(() => now().getTime()), channel };
  const works = createWorksRepository(ctx);
  return {
    name,
    db,
    works,
    texts: createWorkTextsRepository(ctx),
    revisions: createRevisionsRepository(ctx),
    comments: createCommentsRepository(ctx),
    history: createHistoryRepository(ctx),
    alignments: createAlignmentsRepository(ctx),
    names: createNamesRepository(ctx),
    settings: createSettingsRepository(ctx),
    backup: createBackupRepository(ctx),
    team: createTeamRecordsRepository(ctx),
    currentTexts: (workId) => works.currentTexts(workId),
    onRemoteChange: (listener) => channel.subscribe(listener),
    requestPersistence: requestPersistentStorage,
    estimate: estimateStorage,
    close() {
      channel.close();
      db.close();
    },
  };
}
