/**
 * "Cite this passage": copies a citation of one paragraph — the archive's
 * citation of the document, the document and paragraph id, the edition
 * version, the paragraph's stable link and the date accessed — to the
 * clipboard. When the clipboard is refused, the citation is shown selected
 * so it can be copied by hand.
 *
 * @fires nothing: the citation is the person's, not the app's.
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { documentCitation, passageCitation } from '../core/export/citation/index.ts';
import type { Work } from '../core/model/work.ts';
import { clockContext, type Clock } from './contexts.ts';
import { passageLink } from './route.ts';
import { baseStyles } from './theme.ts';

@customElement('px-cite-passage')
export class PxCitePassage extends LitElement {
  static override styles = [baseStyles, css`
    :host { display: inline-flex; flex-wrap: wrap; align-items: center; gap: var(--px-space-1); }
    textarea { width: min(32rem, 90vw); min-height: 5rem; }
    .status { font-size: 0.875rem; }
  `];

  @property({ attribute: false }) work: Work | null = null;
  /** The paragraph to cite: the focused one. */
  @property() paragraphId = '';
  @property() editionVersion = 'as imported';
  @consume({ context: clockContext, subscribe: true }) clock?: Clock;
  @state() private copied = '';
  @state() private manual = '';

  /** The citation text for the current paragraph (also what the button copies). */
  citation(): string {
    if (!this.work || !this.paragraphId) return '';
    const now = new Date(this.clock?.now() ?? Date.now());
    return passageCitation(this.work, documentCitation(this.work, now), {
      paragraphId: this.paragraphId,
      editionVersion: this.editionVersion,
      link: passageLink(window.location.href, this.work.id, this.paragraphId),
    });
  }

  private async copy(): Promise<void> {
    const text = this.citation();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `Citation of ${this.paragraphId} copied`;
      this.manual = '';
    } catch {
      // No clipboard permission (an insecure origin, a refused prompt): show it to copy by hand.
      this.copied = '';
      this.manual = text;
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.select();
    }
  }

  override render() {
    return html`
      <button type="button" ?disabled=${!this.work || !this.paragraphId} @click=${() => void this.copy()}
        title=${this.paragraphId ? `Copy a citation of paragraph ${this.paragraphId}` : 'Focus a paragraph to cite it'}>Cite this passage</button>
      <span class="status" role="status">${this.copied}</span>
      ${this.manual ? html`<label>Citation (select and copy)<br /><textarea readonly lang="en" .value=${this.manual}></textarea></label>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-cite-passage': PxCitePassage;
  }
}
