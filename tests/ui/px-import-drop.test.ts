import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-import-drop.ts';

function dragEvent(type: string, files: File[]): DragEvent {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, composed: true });
}

describe('px-import-drop', () => {
  it('highlights while files are dragged over and emits the dropped files', async () => {
    const el = document.createElement('px-import-drop');
    document.body.append(el);
    await el.updateComplete;
    const chosen: string[][] = [];
    const paths: string[][] = [];
    el.addEventListener('px-files-chosen', (e) => {
      chosen.push(e.detail.files.map((f) => f.name));
      paths.push(e.detail.paths);
    });
    const file = new File(['text'], 'a.txt', { type: 'text/plain' });
    el.dispatchEvent(dragEvent('dragenter', [file]));
    assert.equal(el.dragging, true);
    await el.updateComplete;
    assert.ok(el.hasAttribute('dragging'));
    const over = dragEvent('dragover', [file]);
    el.dispatchEvent(over);
    assert.equal(over.defaultPrevented, true, 'dragover is accepted so the drop can happen');
    el.dispatchEvent(dragEvent('drop', [file, new File(['x'], 'b.json')]));
    assert.equal(el.dragging, false);
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(chosen, [['a.txt', 'b.json']]);
    assert.deepEqual(paths, [['a.txt', 'b.json']]);
    el.remove();
  });

  it('ignores drops while disabled and emits nothing for an empty drop', async () => {
    const el = document.createElement('px-import-drop');
    el.disabled = true;
    document.body.append(el);
    await el.updateComplete;
    let count = 0;
    el.addEventListener('px-files-chosen', () => count++);
    el.dispatchEvent(dragEvent('drop', [new File(['x'], 'a.txt')]));
    el.disabled = false;
    el.dispatchEvent(dragEvent('drop', []));
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(count, 0);
    await el.updateComplete;
    assert.equal((el.shadowRoot?.querySelector('button') as HTMLButtonElement).disabled, false);
    el.remove();
  });

  it('has a labelled file input that accepts several files, and one for a folder', async () => {
    const el = document.createElement('px-import-drop');
    document.body.append(el);
    await el.updateComplete;
    const input = el.shadowRoot?.querySelector('input.files') as HTMLInputElement;
    assert.equal(input.multiple, true);
    assert.ok(input.getAttribute('aria-label'));
    const folder = el.shadowRoot?.querySelector('input.folder') as HTMLInputElement;
    assert.equal(folder.webkitdirectory, true);
    assert.ok(folder.getAttribute('aria-label'));
    assert.match(el.shadowRoot?.querySelector('button')?.textContent ?? '', /Import files/);
    el.remove();
  });
});
