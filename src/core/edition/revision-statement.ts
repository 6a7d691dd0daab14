/** Who approved what, and when: the edition's revision statement. */
import type { Approval, RevisionStatement } from './edition.ts';

export const NO_APPROVALS = 'No revision has been approved in Parallax: the texts are printed as imported.';

export function buildRevisionStatement(approvals: readonly Approval[]): RevisionStatement {
  const sorted = [...approvals].sort((a, b) => a.at.localeCompare(b.at) || a.paragraphId.localeCompare(b.paragraphId));
  if (sorted.length === 0) return { lines: [NO_APPROVALS], approvals: [] };
  const byAuthor = new Map<string, Approval[]>();
  for (const a of sorted) byAuthor.set(a.author, [...(byAuthor.get(a.author) ?? []), a]);
  const lines = [...byAuthor].map(([author, list]) => {
    const first = list[0]?.at.slice(0, 10) ?? '';
    const last = list[list.length - 1]?.at.slice(0, 10) ?? '';
    const when = first === last ? `on ${first}` : `between ${first} and ${last}`;
    const ids = list.map((a) => a.paragraphId).join(', ');
    return `${author} approved ${list.length} paragraph${list.length === 1 ? '' : 's'} ${when}: ${ids}.`;
  });
  return { lines, approvals: sorted };
}
