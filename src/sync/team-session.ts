/**
 * A shared work in the app: log in through `_session` (the password stays in
 * memory, never stored), check the local copy against the team's, start the
 * work sync, mirror local writes into it and apply incoming records to
 * IndexedDB. PouchDB arrives through `loadPouch`, so the browser loads it as
 * a lazy chunk only once a work is shared.
 */
import { err, ok, type Result } from '../core/result.ts';
import { contentId, type TeamDoc } from '../core/team/team-docs.ts';
import { teamErrors, type TeamError } from '../core/team/team-errors.ts';
import type { TeamRole } from '../core/team/team-rules.ts';
import { teamDbName } from '../core/team/team-db-name.ts';
import { messagesOf, openChangeChannel, type AppliedChanges, type Workspace } from '../storage/index.ts';
import type { PouchConstructor } from './pouch-types.ts';
import type { RefusedRecord, SyncStatus } from './sync-status.ts';
import { shareWork } from './team-admin.ts';
import { openSession, teamRequest, teamServer, type TeamServer } from './team-http.ts';
import { startWorkSync, type WorkSync } from './work-sync.ts';

/** How often local writes are looked for (a cheap indexed range read); the same for writes from other tabs. */
const MIRROR_INTERVAL_MS = 300;
/** How long opening a work from the server waits for its first pull before showing what has arrived (offline, a slow link). */
const FIRST_PULL_WAIT_MS = 120_000;
/** Local ids come from per-tab clocks: look a minute back so a slightly older id from another tab is not missed. */
const MIRROR_LOOKBACK_MS = 60_000;

export interface TeamLogin {
  readonly url: string;
  readonly name: string;
  readonly password: string;
}

export interface TeamSessionEvents {
  readonly onApplied?: (changes: AppliedChanges) => void;
  readonly onStatus?: (status: SyncStatus) => void;
  readonly onRefused?: (refused: readonly RefusedRecord[]) => void;
}

export interface TeamSession {
  readonly workId: string;
  readonly user: string;
  readonly role: TeamRole | null;
  readonly isAdmin: boolean;
  status(): SyncStatus;
  refused(): readonly RefusedRecord[];
  /** Sends local writes now rather than at the next look. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export type WorkspaceForTeam = Pick<Workspace, 'name' | 'team' | 'backup' | 'works' | 'settings'>;

/** The settings key under which a shared work remembers its server and user (never the password). */
export function teamSettingKey(workId: string): string {
  return `team:${workId}`;
}

export function roleOf(roles: readonly string[]): TeamRole | null {
  return roles.includes('reviewer') ? 'reviewer' : roles.includes('editor') ? 'editor' : null;
}

export async function connectWork(login: TeamLogin, workId: string, ws: WorkspaceForTeam, loadPouch: () => Promise<PouchConstructor>, events: TeamSessionEvents = {}): Promise<Result<TeamSession, TeamError>> {
  const server = teamServer(login.url, { name: login.name, password: login.password });
  if (!server.ok) return server;
  const session = await openSession(server.value);
  if (!session.ok) return session;
  const role = roleOf(session.value.roles);
  const isAdmin = session.value.roles.includes('_admin');
  if (!role && !isAdmin) return err(teamErrors.forbidden('you have neither the editor nor the reviewer role.'));
  const ready = await prepareLocalCopy(server.value, workId, ws, isAdmin);
  if (!ready.ok) return ready;
  const haveLocal = (await ws.works.loadWork(workId)).ok;
  // Records are signed with the editor name; on a shared work that must be the team user name, or the server refuses them.
  if ((await ws.settings.editorName()) !== session.value.name) await ws.settings.setEditorName(session.value.name);
  await ws.settings.set(teamSettingKey(workId), JSON.stringify({ url: server.value.url, user: session.value.name }));

  const PouchDB = await loadPouch();
  // A channel of our own: messages reach the open views of this tab (its workspace listens on another instance) and of the others.
  const channel = openChangeChannel(ws.name);
  const sync = await startWorkSync({
    PouchDB, workId, server: server.value,
    apply: async (records) => {
      const applied = await ws.team.applyTeamRecords(workId, records);
      if (!applied.ok) throw new Error(applied.error.message);
      for (const m of messagesOf(applied.value)) channel.post(m);
      events.onApplied?.(applied.value);
    },
    ...(events.onStatus ? { onStatus: events.onStatus } : {}),
    ...(events.onRefused ? { onRefused: events.onRefused } : {}),
  });
  // Opened from the server: the work appears once its first pull is in (a view opened earlier would find nothing).
  if (!haveLocal) await sync.caughtUp(FIRST_PULL_WAIT_MS);
  return ok(mirroring(sync, ws, workId, session.value.name, role, isAdmin, () => channel.close()));
}

function mirroring(sync: WorkSync, ws: WorkspaceForTeam, workId: string, user: string, role: TeamRole | null, isAdmin: boolean, close: () => void): TeamSession {
  let cursor: string | null = null;
  let running: Promise<void> = Promise.resolve();
  const mirrorOnce = async () => {
    const started = Date.now();
    const docs: TeamDoc[] = await ws.team.teamDocsSince(workId, cursor);
    await sync.mirror(docs);
    cursor = contentId(new Date(started - MIRROR_LOOKBACK_MS).toISOString(), []).slice(0, 10);
  };
  const flush = () => {
    running = running.then(mirrorOnce).catch(() => {
      // The replica refused nothing it can refuse (conflicts are skipped); a closed database ends with stop().
    });
    return running;
  };
  void flush();
  const timer = setInterval(() => void flush(), MIRROR_INTERVAL_MS);
  // An idle live sync only notices a lost network at its next request; the browser knows at once.
  const offline = () => sync.disconnect();
  const online = () => sync.connect();
  const events = globalThis as unknown as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
  events.addEventListener?.('offline', offline);
  events.addEventListener?.('online', online);
  return {
    workId, user, role, isAdmin,
    status: () => sync.status(),
    refused: () => sync.refused(),
    flush,
    async stop() {
      clearInterval(timer);
      events.removeEventListener?.('offline', offline);
      events.removeEventListener?.('online', online);
      await running;
      await sync.stop();
      close();
    },
  };
}

/**
 * The local copy and the team's must be the same history. Not on the server
 * yet: an admin shares it from here, anyone else is told to ask. On the server
 * with another history (the sample imported separately in each browser): a
 * copy without edits of its own is replaced by the team's; one with edits is
 * kept, and the user is told how to keep them (TEAM_LOCAL_EDITS).
 */
async function prepareLocalCopy(server: TeamServer, workId: string, ws: WorkspaceForTeam, isAdmin: boolean): Promise<Result<void, TeamError>> {
  const db = `/${encodeURIComponent(teamDbName(workId))}`;
  const remote = await teamRequest(server, `${db}/${encodeURIComponent(`work:${workId}`)}`, { what: `The work “${workId}”` });
  const local = await ws.works.loadWork(workId);
  if (!remote.ok) {
    if (remote.error.code !== 'TEAM_NOT_FOUND') return remote;
    if (!local.ok) return remote;
    if (!isAdmin) return err(teamErrors.notFound(`The work “${workId}” (the server’s admin shares it first)`));
    const bundle = await ws.backup.exportBundle({ workId });
    if (!bundle.ok) return err(teamErrors.badRecord(workId, bundle.error.message));
    const shared = await shareWork(server, bundle.value, workId, []);
    return shared.ok ? ok(undefined) : shared;
  }
  if (!local.ok) return ok(undefined);
  const zero = (await ws.team.teamDocsSince(workId, null)).find((d) => d.type === 'revision' && d.origin === 'import');
  if (!zero) return ok(undefined);
  const same = await teamRequest(server, `${db}/${encodeURIComponent(zero._id)}`);
  if (same.ok) return ok(undefined);
  if (same.error.code !== 'TEAM_NOT_FOUND') return same;
  if (await ws.team.hasLocalHistory(workId)) return err(teamErrors.localEdits(workId));
  const purged = await ws.works.purgeWork(workId);
  return purged.ok ? ok(undefined) : err(teamErrors.badRecord(workId, purged.error.message));
}
