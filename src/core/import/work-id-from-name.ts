/** A work id from a file name; its own file so the pairing dialogs need not load the importers. */

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** "wilson-121617.en.txt" → "wilson-121617.en": URL- and XML-safe, starting with a letter. */
export function workIdFromName(name: string): string {
  const base = baseName(name).replace(/\.(txt|text|md|json)$/i, '');
  const safe = base.replace(/[^\w.-]+/g, '-').replace(/^[^A-Za-z]+/, '').replace(/-+$/, '');
  return safe || 'imported-work';
}
