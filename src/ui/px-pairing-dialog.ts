/**
 * "Import as one work?": texts chosen together are proposed as one document
 * and its translations. The person sees each file with its language, picks
 * the original (the Chinese is preselected when there is one; otherwise
 * nothing is, and the main button waits for a choice), may leave a file out
 * (a folder often holds a README or a licence beside its texts), and imports
 * them as one work, separately, or not at all. `ask()` opens it and resolves with
 * the answer; Escape is Cancel.
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { guessLanguage, pairedTitle, type PairInput, type PairingProposal } from '../core/import/index.ts';
import type { PairingChoice } from './import-files-controller.ts';
import { baseStyles, dialogStyles } from './theme.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `zh-Hans` → "Simplified Chinese"; a tag the browser cannot name stays a tag. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

@customElement('px-pairing-dialog')
export class PxPairingDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog { width: min(36rem, calc(100vw - 2rem)); }
      h2 { margin: 0 0 var(--px-space-2); font-size: 1.25rem; }
      fieldset { border: 1px solid var(--px-border); border-radius: var(--px-radius); margin: var(--px-space-3) 0 0; padding: var(--px-space-2) var(--px-space-3); }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--px-space-2); }
      label { display: flex; gap: var(--px-space-2); align-items: baseline; }
      .file { font-weight: 600; overflow-wrap: anywhere; }
      .role { color: var(--px-text-muted); }
      li { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--px-space-1) var(--px-space-3); }
      label.include { color: var(--px-text-muted); font-size: 0.9375rem; }
      .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--px-space-2); margin-top: var(--px-space-4); }
    `,
  ];

  @state() private proposal: PairingProposal | null = null;
  private inputs: readonly PairInput[] = [];
  @state() private originalIndex: number | null = null;
  @state() private include: ReadonlySet<number> = new Set();
  @query('dialog') private dialog!: HTMLDialogElement;
  private answer: ((c: PairingChoice) => void) | null = null;

  /** Opens the question; resolves with the person's answer (Cancel if asked again before answering). */
  async ask(proposal: PairingProposal, inputs: readonly PairInput[]): Promise<PairingChoice> {
    this.answer?.({ kind: 'cancel' });
    this.proposal = proposal;
    this.inputs = inputs;
    this.originalIndex = proposal.originalIndex;
    this.include = new Set(proposal.members.filter((m) => m.include).map((m) => m.index));
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private finish(choice: PairingChoice): void {
    const answer = this.answer;
    this.answer = null;
    if (this.dialog.open) this.dialog.close();
    answer?.(choice);
  }

  private toggle(index: number, on: boolean): void {
    const next = new Set(this.include);
    if (on) next.add(index);
    else next.delete(index);
    this.include = next;
    if (!on && this.originalIndex === index) this.originalIndex = null;
  }

  override render() {
    const p = this.proposal;
    const members = p?.members ?? [];
    const title = (p ? pairedTitle(this.inputs, p, this.originalIndex, this.include) : null) ?? p?.workId ?? '';
    return html`
      <dialog aria-labelledby="pairing-heading" @close=${() => this.finish({ kind: 'cancel' })}>
        <h2 id="pairing-heading">Import as one work?</h2>
        <p>These ${this.include.size} texts look like one document and its translations. They would become one work,
          “<span lang=${guessLanguage(title)}>${title}</span>”, with the texts side by side. Untick a file to leave it out.</p>
        <fieldset>
          <legend>Which text is the original?</legend>
          <ul>
            ${members.map((m) => {
              const included = this.include.has(m.index);
              const role = !included ? 'left out' : m.index === this.originalIndex ? 'original' : 'translation';
              return html`<li>
                <label>
                  <input type="radio" name="original" .checked=${m.index === this.originalIndex} ?disabled=${!included}
                    @change=${() => (this.originalIndex = m.index)}>
                  <span><span class="file">${m.name}</span> — ${languageName(m.lang)} <span class="role">(${role})</span></span>
                </label>
                <label class="include">
                  <input type="checkbox" .checked=${included} @change=${(e: Event) => this.toggle(m.index, (e.target as HTMLInputElement).checked)}>
                  Include ${m.name}
                </label>
              </li>`;
            })}
          </ul>
        </fieldset>
        <div class="actions">
          <button type="button" @click=${() => this.finish({ kind: 'cancel' })}>Cancel</button>
          <button type="button" ?disabled=${this.include.size === 0} @click=${() => this.finish({ kind: 'separate', include: this.include })}>Import separately</button>
          <button type="button" class="primary" ?disabled=${this.originalIndex === null}
            @click=${() => this.originalIndex !== null && this.finish({ kind: 'one', originalIndex: this.originalIndex, include: this.include })}>Import as one work</button>
        </div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-pairing-dialog': PxPairingDialog;
  }
}
