/**
 * Where files come in: a button that opens the file picker and a drop zone
 * (the whole element accepts drops). It only collects files; the library
 * imports them.
 *
 * @fires px-files-chosen - `{ files, paths }` when files or work folders were picked or dropped.
 * @slot - extra content shown inside the zone (e.g. the progress line).
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { baseStyles } from './theme.ts';
import { chosenOfDrop, type ChosenFile } from './work-folders.ts';

export interface FilesChosenDetail {
  readonly files: File[];
  /** Each file's path as chosen (`folder/work.json` for a folder), parallel to `files`. */
  readonly paths: string[];
}

/** What the picker offers; anything else can still be dropped and gets a coded error. */
const ACCEPT = '.txt,.text,.md,.json,text/plain,application/json';

@customElement('px-import-drop')
export class PxImportDrop extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .zone {
        border: 2px dashed var(--px-border-strong);
        border-radius: var(--px-radius);
        padding: var(--px-space-4);
        background: var(--px-surface);
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--px-space-3);
      }
      :host([dragging]) .zone {
        border-color: var(--px-accent);
        background: var(--px-info-bg);
      }
      .explain {
        color: var(--px-text-muted);
        margin: 0;
        flex: 1 1 16rem;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  /** Reflected while files are dragged over, for styling. */
  @property({ type: Boolean, reflect: true }) dragging = false;
  @property({ type: Boolean }) disabled = false;
  @state() private depth = 0;
  @query('input.files') private input!: HTMLInputElement;
  @query('input.folder') private folderInput!: HTMLInputElement;

  constructor() {
    super();
    this.addEventListener('dragenter', (e) => this.onDragEnter(e));
    this.addEventListener('dragover', (e) => this.onDragOver(e));
    this.addEventListener('dragleave', () => this.onDragLeave());
    this.addEventListener('drop', (e) => this.onDrop(e));
  }

  /** Opens the file picker (the library's `i` shortcut calls it). */
  openPicker(): void {
    if (!this.disabled) this.input.click();
  }

  private hasFiles(e: DragEvent): boolean {
    return Array.from(e.dataTransfer?.types ?? []).includes('Files');
  }

  private onDragEnter(e: DragEvent): void {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    // dragenter/leave fire for every child crossed; count them so the highlight does not flicker.
    this.depth++;
    this.dragging = true;
  }

  private onDragOver(e: DragEvent): void {
    if (!this.hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = this.disabled ? 'none' : 'copy';
  }

  private onDragLeave(): void {
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.dragging = false;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.depth = 0;
    this.dragging = false;
    if (this.disabled) return;
    void chosenOfDrop(e.dataTransfer).then((chosen) => this.emit(chosen));
  }

  private onPicked(input: HTMLInputElement): void {
    const chosen = Array.from(input.files ?? []).map((file) => ({ file, path: file.webkitRelativePath || file.name }));
    // Reset so choosing the same file again fires `change` again.
    input.value = '';
    this.emit(chosen);
  }

  private emit(chosen: ChosenFile[]): void {
    if (chosen.length === 0) return;
    const detail = { files: chosen.map((c) => c.file), paths: chosen.map((c) => c.path) };
    this.dispatchEvent(new CustomEvent<FilesChosenDetail>('px-files-chosen', { detail, bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <div class="zone">
        <button type="button" class="primary" ?disabled=${this.disabled} @click=${() => this.openPicker()}>Import files…</button>
        <button type="button" ?disabled=${this.disabled} @click=${() => this.folderInput.click()}>Import a work folder…</button>
        <p class="explain">
          or drop files here: an archive's plain-text export, a plain text in any language, a Parallax bundle (.json), or
          a work folder with its work.json.
        </p>
        <input class="files" type="file" multiple accept=${ACCEPT} @change=${(e: Event) => this.onPicked(e.target as HTMLInputElement)} aria-label="Choose files to import" />
        <input class="folder" type="file" webkitdirectory @change=${(e: Event) => this.onPicked(e.target as HTMLInputElement)} aria-label="Choose a work folder to import" />
        <slot></slot>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-import-drop': PxImportDrop;
  }
  interface HTMLElementEventMap {
    'px-files-chosen': CustomEvent<FilesChosenDetail>;
  }
}
