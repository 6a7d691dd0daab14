/**
 * The checks read the whole work, so they run in a worker once the grid has
 * painted (after a short pause, so a burst of edits runs them once), and
 * again only when the texts or the alignment change.
 */
import type { ReactiveController } from 'lit';
import { NAMES_FORMAT, NAMES_VERSION } from '../../core/names/index.ts';
import { workWithTexts } from '../px-compare-model.ts';
import type { FindingLike } from '../px-findings-panel.ts';
import { checksInBackground } from './run-in-worker.ts';
import type { WorkViewModel } from './work-session.ts';
import type { WorkViewHost } from './work-view-host.ts';

/** The checks wait this long after a change, so a burst of edits runs them once, after the grid painted. */
export const CHECKS_DELAY_MS = 300;

export class ChecksController implements ReactiveController {
  /** Findings of the checks on the current texts and alignment. */
  findings: readonly FindingLike[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | null = null;
  private checked: readonly unknown[] | null = null;

  constructor(private readonly host: WorkViewHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    // Reconnected, the view checks again.
    this.checked = null;
  }

  /** Runs the checks unless they already ran on this grid and these texts (a draft or a proposal changes neither). */
  schedule(v: WorkViewModel): void {
    const { grid, current } = v;
    const key = [v.work, grid, v.textsVersion, v.names];
    if (this.checked?.every((k, i) => k === key[i])) return;
    this.checked = key;
    clearTimeout(this.timer);
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    this.timer = setTimeout(() => {
      const names = { format: NAMES_FORMAT, version: NAMES_VERSION, entries: v.names } as const;
      checksInBackground(workWithTexts(v.work, current), grid, names, ac.signal).then(
        (findings) => {
          if (ac.signal.aborted) return;
          this.findings = findings;
          this.host.requestUpdate();
        },
        // A failing check must not take the grid down with it: report it and show no findings.
        (e: unknown) => {
          if (ac.signal.aborted) return;
          this.findings = [];
          this.host.requestUpdate();
          this.host.errors?.report(e);
        },
      );
    }, CHECKS_DELAY_MS);
  }
}
