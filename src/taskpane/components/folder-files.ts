// Which files of a picked or dropped folder to take. Pure over the shapes the browser hands over
// (FileSystemEntry, File), so tests walk fake folders. The rules come alone, not through the pipeline's
// index, which would put the whole reader (SheetJS, 1 MB) into the page's first script.
import { FOLDER_LIMITS, isArchive, isTakenFromFolder } from "../../pipeline/folder-rules";

/** A dropped item as the browser describes it (FileSystemEntry's shape). */
export interface Entry {
  readonly name: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

interface FileEntry extends Entry {
  file(success: (file: File) => void, failure?: (error: DOMException) => void): void;
}

interface DirectoryEntry extends Entry {
  createReader(): {
    readEntries(success: (entries: Entry[]) => void, failure?: (error: DOMException) => void): void;
  };
}

export interface FolderFiles {
  readonly files: File[];
  /** Files in folders that are not of an accepted type (or are Excel's lock files), left out. */
  readonly skipped: number;
  /** Of those, the compressed folders (`isArchive`), by their paths: their reports are not read unless unpacked. */
  readonly archives: readonly string[];
  /** A limit of FOLDER_LIMITS was reached: what lies beyond it was not looked at. */
  readonly truncated: boolean;
}

/** The extensions an input's `accept` names (".xlsx,.xls,.ods" → [".xlsx", ".xls", ".ods"]). */
export function acceptedExtensions(accept: string): string[] {
  return accept
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part.startsWith("."));
}

/** A file named by its path inside the chosen folder, so "Đợt 1/P01.xlsx" and "Đợt 2/P01.xlsx" stay two. */
function named(file: File, path: string): File {
  return path === file.name
    ? file
    : new File([file], path, { type: file.type, lastModified: file.lastModified });
}

/** The files of a folder picked with `webkitdirectory`: each carries its path from the folder's parent. */
export function sortFolderFiles(picked: readonly File[], extensions: readonly string[]): FolderFiles {
  const considered = picked.slice(0, FOLDER_LIMITS.entries);
  const files: File[] = [];
  const archives: string[] = [];
  let skipped = 0;
  let truncated = picked.length > considered.length;
  for (const file of considered) {
    const steps = (file.webkitRelativePath || file.name).split("/");
    if (steps.length - 1 > FOLDER_LIMITS.depth) truncated = true;
    else if (isTakenFromFolder(file.name, extensions))
      files.push(named(file, steps.slice(1).join("/") || file.name));
    else {
      skipped++;
      if (isArchive(file.name)) archives.push(steps.slice(1).join("/") || file.name);
    }
  }
  return { files, skipped, archives, truncated };
}

const fileOf = (entry: FileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** A directory's entries: the browser hands them over in batches until an empty one. */
async function entriesOf(directory: DirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader();
  const all: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The files of what was dropped. Files dropped as such are taken as they are (the user chose each);
 * inside dropped folders, walked to FOLDER_LIMITS, only files of the accepted types are.
 */
export async function collectDropped(
  dropped: readonly Entry[],
  extensions: readonly string[],
): Promise<FolderFiles> {
  const files: File[] = [];
  const archives: string[] = [];
  let skipped = 0;
  let truncated = false;
  let visited = 0;
  const visit = async (entry: Entry, path: string, depth: number): Promise<void> => {
    if (visited >= FOLDER_LIMITS.entries) {
      truncated = true;
      return;
    }
    visited++;
    if (entry.isDirectory && depth >= FOLDER_LIMITS.depth) truncated = true;
    else if (entry.isDirectory) {
      // A folder or file the browser will not open (moved, no permission) is left out like a foreign file.
      const children = await entriesOf(entry as DirectoryEntry).catch(() => null);
      if (!children) skipped++;
      else
        for (const child of children)
          await visit(child, path ? `${path}/${child.name}` : child.name, depth + 1);
    } else if (entry.isFile && (depth === 0 || isTakenFromFolder(entry.name, extensions))) {
      const file = await fileOf(entry as FileEntry).catch(() => null);
      if (file) files.push(named(file, path || entry.name));
      else skipped++;
    } else {
      skipped++;
      if (isArchive(entry.name)) archives.push(path || entry.name);
    }
  };
  for (const entry of dropped) await visit(entry, "", 0);
  return { files, skipped, archives, truncated };
}
