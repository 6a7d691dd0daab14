/**
 * A file dropped outside the drop zone would make the browser open it in
 * place of the app (and lose unsaved edits). This controller never lets it:
 * `accept()` says where dropped files go (the library's import), or null to
 * refuse the drop.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chosenOfDrop, type ChosenFile } from './work-folders.ts';

const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export class WindowDropGuard implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly accept: () => ((chosen: ChosenFile[]) => void) | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('drop', this.onDrop);
  }

  private readonly onDragOver = (e: DragEvent): void => {
    if (e.defaultPrevented || !hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = this.accept() ? 'copy' : 'none';
  };

  private readonly onDrop = (e: DragEvent): void => {
    if (e.defaultPrevented || !hasFiles(e)) return;
    e.preventDefault();
    const take = this.accept();
    if (take) void chosenOfDrop(e.dataTransfer).then((chosen) => chosen.length > 0 && take(chosen));
  };
}
