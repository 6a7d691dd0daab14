/**
 * Sorts chosen files into work folders and single files. A folder is any
 * directory (or the drop itself) holding a `work.json`: every file under it
 * belongs to that work, by its path relative to the folder, which is what
 * `loadWorkFolder` reads. Everything else comes back with its path, so texts
 * of one folder without work.json can be offered as one work.
 */
export interface ChosenFile {
  readonly file: File;
  /** `/`-separated path as chosen: `wilson-121617/zh-Hans.txt`, or just the name. */
  readonly path: string;
}

export interface WorkFolderFiles {
  /** The folder's path ('' when work.json was chosen alongside its texts). */
  readonly folder: string;
  /** Relative path inside the folder → file. */
  readonly files: ReadonlyMap<string, File>;
}

const MANIFEST = 'work.json';

export function groupWorkFolders(chosen: readonly ChosenFile[]): { folders: WorkFolderFiles[]; singles: ChosenFile[] } {
  // Deepest first, so a work folder nested inside another claims its own files.
  const roots = chosen
    .filter((c) => c.path === MANIFEST || c.path.endsWith(`/${MANIFEST}`))
    .map((c) => c.path.slice(0, -MANIFEST.length))
    .sort((a, b) => b.length - a.length);
  const folders = new Map<string, Map<string, File>>(roots.map((r) => [r, new Map()]));
  const singles: ChosenFile[] = [];
  for (const c of chosen) {
    const root = roots.find((r) => c.path.startsWith(r));
    if (root === undefined) singles.push(c);
    else folders.get(root)?.set(c.path.slice(root.length), c.file);
  }
  return { folders: [...folders].map(([folder, files]) => ({ folder: folder.replace(/\/$/, ''), files })).reverse(), singles };
}

/** Reads a dropped directory entry recursively into chosen files with their paths. */
export async function filesOfEntry(entry: FileSystemEntry, prefix = ''): Promise<ChosenFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, path: prefix + entry.name }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns at most ~100 entries per call; an empty batch means done.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((c) => filesOfEntry(c, `${prefix}${entry.name}/`)));
  return nested.flat();
}

/**
 * What a drop carries: files with their names, or, when folders were dropped,
 * every file inside them with its path. Call during the drop event (the
 * entries are only readable then); the folder reading itself is asynchronous.
 */
export function chosenOfDrop(data: DataTransfer | null): Promise<ChosenFile[]> {
  const entries = Array.from(data?.items ?? []).map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.some((en) => en?.isDirectory)) {
    return Promise.all(entries.filter((en): en is FileSystemEntry => en !== null).map((en) => filesOfEntry(en))).then((lists) => lists.flat());
  }
  return Promise.resolve(Array.from(data?.files ?? []).map((file) => ({ file, path: file.name })));
}
