/**
 * Team…: signs in to a team server (CouchDB `_session`) to share and sync a
 * work, or, from the library, to open one of the works shared with you. The
 * password goes to the session in memory and the field is cleared; nothing
 * of it is stored.
 *
 * @fires px-team-opened - a work was joined (detail: `{ workId }`), so the app can show it
 */
import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { PxError } from '../core/result.ts';
import type { DirectoryEntry } from '../sync/team-admin.ts';
import type { TeamLogin } from '../sync/team-session.ts';
import { teamContext, type TeamHub } from './team-hub.ts';
import { baseStyles, dialogStyles } from './theme.ts';
import { formDialogStyles } from './form-dialog.styles.ts';

export type TeamDialogMode = { readonly kind: 'connect'; readonly workId: string; readonly title: string } | { readonly kind: 'open' };

const LAST_SERVER_KEY = 'parallax-team-server';

@customElement('px-team-dialog')
export class PxTeamDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    formDialogStyles,
    css`
      dialog {
        width: min(30rem, calc(100vw - 2rem));
      }
      ul {
        list-style: none;
        padding: 0;
      }
      li {
        margin: var(--px-space-1) 0;
      }
    `,
  ];

  @consume({ context: teamContext, subscribe: true }) hub: TeamHub | undefined;
  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private mode: TeamDialogMode = { kind: 'open' };
  @state() private problem: PxError | null = null;
  @state() private busy = false;
  @state() private works: readonly DirectoryEntry[] | null = null;
  private login: TeamLogin | null = null;

  async show(mode: TeamDialogMode): Promise<void> {
    this.mode = mode;
    this.problem = null;
    this.works = null;
    this.login = null;
    await this.updateComplete;
    const url = this.field('team-url');
    if (url && !url.value) url.value = localStorage.getItem(LAST_SERVER_KEY) ?? '';
    this.dialog.showModal();
    (url?.value ? this.field('team-user') : url)?.focus();
  }

  private field(id: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  }

  private close(): void {
    const password = this.field('team-password');
    if (password) password.value = '';
    this.login = null;
    if (this.dialog.open) this.dialog.close();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const hub = this.hub;
    const url = this.field('team-url')?.value.trim() ?? '';
    const name = this.field('team-user')?.value.trim() ?? '';
    const password = this.field('team-password')?.value ?? '';
    if (!hub || !url || !name || !password) {
      this.problem = { code: 'TEAM_NO_CREDENTIALS', message: 'Fill in the server URL, your user name and your password.', hint: 'Ask whoever runs the team server for them.' };
      return;
    }
    this.busy = true;
    this.problem = null;
    const login = { url, name, password };
    try {
      if (this.mode.kind === 'connect') {
        const r = await hub.connect(login, this.mode.workId);
        if (!r.ok) this.problem = r.error;
        else this.joined(url, this.mode.workId);
      } else {
        const r = await hub.listWorks(login);
        if (!r.ok) this.problem = r.error;
        else {
          this.login = login;
          this.works = r.value;
        }
      }
    } finally {
      this.busy = false;
    }
  }

  private async open(entry: DirectoryEntry): Promise<void> {
    if (!this.hub || !this.login) return;
    this.busy = true;
    const r = await this.hub.connect(this.login, entry.workId);
    this.busy = false;
    if (!r.ok) this.problem = r.error;
    else this.joined(this.login.url, entry.workId);
  }

  private joined(url: string, workId: string): void {
    // The address is remembered for next time (it is no secret); the password never is.
    localStorage.setItem(LAST_SERVER_KEY, url);
    this.close();
    this.dispatchEvent(new CustomEvent('px-team-opened', { detail: { workId }, bubbles: true, composed: true }));
  }

  override render() {
    const m = this.mode;
    const heading = m.kind === 'connect' ? `Team: ${m.title}` : 'Open from a team server';
    return html`
      <dialog aria-labelledby="team-heading" @cancel=${() => this.close()}>
        <form @submit=${(e: Event) => void this.submit(e)}>
          <h2 id="team-heading">${heading}</h2>
          <p>${m.kind === 'connect'
            ? 'Share this work with your team and keep it in step. You work offline as before; changes travel when the server can be reached.'
            : 'Sign in to see the works shared with you.'}</p>
          <label for="team-url">Server URL</label>
          <input id="team-url" type="url" inputmode="url" autocomplete="url" placeholder="https://couchdb.example.org" required />
          <label for="team-user">User name</label>
          <input id="team-user" autocomplete="username" autocapitalize="none" spellcheck="false" required />
          <label for="team-password">Password</label>
          <input id="team-password" type="password" autocomplete="current-password" required />
          ${this.problem ? html`<p class="problem" role="alert">${this.problem.message} ${this.problem.hint}</p>` : nothing}
          ${this.works ? this.renderWorks(this.works) : nothing}
          <div class="actions">
            <button type="button" @click=${() => this.close()}>Cancel</button>
            <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Connecting…' : 'Connect'}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private renderWorks(works: readonly DirectoryEntry[]) {
    if (works.length === 0) return html`<p role="status">No work is shared with you on this server yet.</p>`;
    return html`
      <h3>Works shared with you</h3>
      <ul>
        ${works.map((w) => html`<li><button type="button" ?disabled=${this.busy} @click=${() => void this.open(w)}>Open ${w.title}</button></li>`)}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-team-dialog': PxTeamDialog;
  }
  interface HTMLElementEventMap {
    'px-team-opened': CustomEvent<{ workId: string }>;
    /** Asks the app to show this dialog (from the library, or Team… on a work). */
    'px-team-request': CustomEvent<TeamDialogMode>;
  }
}
