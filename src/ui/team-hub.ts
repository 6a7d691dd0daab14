/**
 * The app's shared works: one team session per work, its status and refused
 * writes, and who signed in with which role. The session code and PouchDB
 * load on the first connect (dynamic import: a lazy chunk), never before.
 * Elements read it through `teamContext` and re-render on `subscribe`.
 */
import { createContext } from '@lit/context';
import { err, type Result } from '../core/result.ts';
import { teamErrors, type TeamError } from '../core/team/team-errors.ts';
import type { TeamRole } from '../core/team/team-rules.ts';
import { canDecide, type Permission } from '../core/team/team-permissions.ts';
import type { Workspace } from '../storage/index.ts';
import type { RefusedRecord, SyncStatus } from '../sync/sync-status.ts';
import type { DirectoryEntry } from '../sync/team-admin.ts';
import type { TeamLogin, TeamSession } from '../sync/team-session.ts';

export interface TeamWorkState {
  readonly workId: string;
  readonly user: string;
  readonly role: TeamRole | null;
  readonly status: SyncStatus;
  readonly refused: readonly RefusedRecord[];
}

export class TeamHub {
  private readonly sessions = new Map<string, TeamSession>();
  private readonly states = new Map<string, TeamWorkState>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly workspace: () => Workspace | undefined) {}

  state(workId: string): TeamWorkState | null {
    return this.states.get(workId) ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Logs in and lists the shared works this user may open. */
  async listWorks(login: TeamLogin): Promise<Result<DirectoryEntry[], TeamError>> {
    const [{ teamServer, openSession }, { listTeamWorks }] = await Promise.all([import('../sync/team-http.ts'), import('../sync/team-admin.ts')]);
    const server = teamServer(login.url, { name: login.name, password: login.password });
    if (!server.ok) return server;
    const session = await openSession(server.value);
    if (!session.ok) return session;
    return listTeamWorks(server.value, session.value.name);
  }

  /** Joins a work (a local one, or one to open from the server) and starts syncing it. */
  async connect(login: TeamLogin, workId: string): Promise<Result<TeamWorkState, TeamError>> {
    const ws = this.workspace();
    if (!ws) return err(teamErrors.notFound('The workspace (it is still opening)'));
    await this.sessions.get(workId)?.stop();
    const [{ connectWork }, { loadBrowserPouch }] = await Promise.all([import('../sync/team-session.ts'), import('../sync/load-pouch-browser.ts')]);
    const update = (patch: Partial<TeamWorkState>) => {
      const have = this.states.get(workId);
      if (!have) return;
      this.states.set(workId, { ...have, ...patch });
      for (const l of this.listeners) l();
    };
    const joined = await connectWork(login, workId, ws, loadBrowserPouch, {
      onStatus: (status) => update({ status }),
      onRefused: (refused) => update({ refused }),
    });
    if (!joined.ok) return joined;
    const s = joined.value;
    this.sessions.set(workId, s);
    const state: TeamWorkState = { workId, user: s.user, role: s.role ?? (s.isAdmin ? 'reviewer' : null), status: s.status(), refused: s.refused() };
    this.states.set(workId, state);
    for (const l of this.listeners) l();
    return { ok: true, value: state };
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.stop()));
    this.sessions.clear();
  }
}

export const teamContext = createContext<TeamHub | undefined>(Symbol.for('px.team'));

/** Whether the signed-in member may approve or reject a proposal, and why not (for the review queue's buttons). */
export interface DecisionPolicy {
  canDecide(proposer: string): Permission;
}

/** A work that is not shared keeps the one-person rules: every decision is the editor's own. */
export const SOLO_POLICY: DecisionPolicy = { canDecide: () => ({ allowed: true, reason: null }) };

export function decisionPolicyOf(state: TeamWorkState | null): DecisionPolicy {
  return state ? { canDecide: (proposer) => canDecide(state.role, state.user, proposer) } : SOLO_POLICY;
}

export const decisionPolicyContext = createContext<DecisionPolicy>(Symbol.for('px.decision-policy'));
