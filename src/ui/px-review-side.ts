/**
 * The work view's side panels as a template: Review queue, Findings, and the
 * focused paragraph's History, as tabs. Rendered into the work view's own
 * tree (its events bubble to the view's handlers); reads only what it is given.
 */
import { html, type TemplateResult } from 'lit';
import type { Witness } from '../core/model/work.ts';
import type { RevisionHistoryEntry } from '../storage/index.ts';
import type { FindingLike } from './px-findings-panel.ts';
import type { ReviewItem } from './px-review-queue.ts';
import './px-findings-panel.ts';
import './px-history-panel.ts';
import './px-review-queue.ts';

export type SideTab = 'review' | 'findings' | 'history';

export interface SideView {
  readonly tab: SideTab;
  readonly reviewItems: readonly ReviewItem[];
  readonly findings: readonly FindingLike[];
  readonly witnesses: readonly Witness[];
  readonly history: { readonly paragraphId: string; readonly witnessId: string; readonly entries: readonly RevisionHistoryEntry[] } | null;
  /** The history's paragraph in the person's words ("Archive translation (7Brands), row 3"). */
  readonly historyLabel: string;
  readonly currentRevisionId: string;
  readonly choose: (tab: SideTab) => void;
  /** On a phone the panels are a bottom sheet with its own Close button. */
  readonly close?: () => void;
}

export function sideTemplate(v: SideView): TemplateResult {
  const tabs: Array<[SideTab, string]> = [['review', `Review (${v.reviewItems.length})`], ['findings', `Findings (${v.findings.length})`], ['history', 'History']];
  const labels = new Map(v.witnesses.map((w) => [w.id, w.label]));
  const witness = v.witnesses.find((w) => w.id === v.history?.witnessId);
  return html`<aside aria-label="Panels">
    ${v.close ? html`<div class="sheet-head"><strong>Panels</strong><button class="toggle" @click=${v.close}>Close panels</button></div>` : ''}
    <div role="tablist" aria-label="Panels">${tabs.map(([id, label]) => html`<button role="tab" id=${`tab-${id}`} aria-selected=${v.tab === id ? 'true' : 'false'}
      aria-controls="panel" @click=${() => v.choose(id)}>${label}</button>`)}</div>
    <div role="tabpanel" id="panel" aria-labelledby=${`tab-${v.tab}`}>
      ${v.tab === 'review' ? html`<px-review-queue .items=${v.reviewItems}></px-review-queue>`
        : v.tab === 'findings' ? html`<px-findings-panel .findings=${v.findings} .labels=${labels}></px-findings-panel>`
        : html`<px-history-panel .paragraphId=${v.history?.paragraphId ?? ''} .witnessId=${v.history?.witnessId ?? ''} .label=${v.historyLabel}
            .textLang=${witness?.lang ?? 'en'} .currentRevisionId=${v.currentRevisionId} .entries=${v.history?.entries ?? []}></px-history-panel>`}
    </div></aside>`;
}
