/**
 * What the signed-in team member may do with one revision, with the reason
 * when not: the UI disables the button and says why, before the server would
 * refuse the write (team-rules.ts).
 */
import type { TeamRole } from './team-rules.ts';

export interface Permission {
  readonly allowed: boolean;
  /** Why not, in the user's words; null when allowed. */
  readonly reason: string | null;
}

const ALLOWED: Permission = { allowed: true, reason: null };

export function canDecide(role: TeamRole | null, user: string, proposer: string): Permission {
  if (role !== 'reviewer') return { allowed: false, reason: 'Only a reviewer can approve or reject; you are an editor of this work.' };
  if (user === proposer) return { allowed: false, reason: 'You proposed this text; another reviewer must approve or reject it.' };
  return ALLOWED;
}
