import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  promises as fs,
  readFileSync,
  type Dirent,
} from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fill } from "../core/text/text";
import { FileError } from "../xlsx/errors";
import { checkFileSize, type ReadLimits } from "../xlsx/limits";
import { codeOf, fsDetail, fsReason, NOT_REGULAR } from "./fs-reason";
import { FOLDER_LIMITS, isArchive, isTakenFromFolder } from "../pipeline/folder-rules";
import { CliError } from "./i18n";
import { WORDS } from "../core/vocabulary";
import { usedFiles } from "./used-files";
import { identityOf, type Identified } from "./file-identity";

/** A received file to read: where it is, and the name it is shown by (its path inside a given folder). */
export interface InputFile {
  readonly path: string;
  readonly name: string;
}

export interface Inputs {
  readonly files: InputFile[];
  /** Each file's device and inode (`identityOf`), so an output can be checked against them unread. */
  readonly identities: ReadonlySet<string>;
  /** Files inside the given folders that are no report (another type, a lock file, a hidden file). */
  readonly skipped: number;
  /** Of those, the compressed folders (`isArchive`), by name: their reports are not read unless unpacked. */
  readonly archives: readonly string[];
  /** Files inside the given folders that the command uses otherwise (its campaign, units list…), by name. */
  readonly setAside: readonly string[];
  /** A folder went deeper or held more than FOLDER_LIMITS: what lies beyond was not looked at. */
  readonly truncated: boolean;
}

/**
 * Expands folders into the workbooks they hold, sub-folders included (as the page does, to FOLDER_LIMITS),
 * each named by its path inside the folder given, in name order. A file reached twice (given twice, by a
 * link, or a folder inside another given folder) is read once. A folder's file that is one of `used` (the
 * command's campaign, units list or previous summary, kept beside the reports), or a copy of one, is set
 * aside, not read as a report that then fails for having no template; named as a file to read, it is read.
 */
export async function collectInputs(args: readonly string[], used: readonly string[] = []): Promise<Inputs> {
  const folders = new Set<string>();
  const identities = new Set<string>();
  const files: InputFile[] = [];
  const isUsed = await usedFiles(used);
  const setAside: string[] = [];
  const archives: string[] = [];
  let skipped = 0;
  let truncated = false;
  let entries = 0;
  const firstVisit = (seen: Set<string>, stat: Identified) => {
    const identity = identityOf(stat);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  };
  const take = (file: string, name: string, stat: Identified) => {
    if (firstVisit(identities, stat)) files.push({ path: file, name });
  };
  const walk = async (folder: string, prefix: string, depth: number): Promise<void> => {
    const listed = await entriesOf(folder);
    // Looked at all at once, a thousand reports' entries take a few milliseconds instead of a tenth of
    // a second one after the other; taken in name order all the same. Past the limit none is looked at.
    const stats = await Promise.all(
      listed
        .slice(0, Math.max(0, FOLDER_LIMITS.entries - entries))
        .map((entry) => fs.stat(path.join(folder, entry.name)).catch(() => null)),
    );
    for (const [i, entry] of listed.entries()) {
      if (++entries > FOLDER_LIMITS.entries) {
        truncated = true;
        return;
      }
      const file = path.join(folder, entry.name);
      const name = `${prefix}${entry.name}`;
      const stat = stats[i];
      if (stat?.isDirectory()) {
        if (depth >= FOLDER_LIMITS.depth) truncated = true;
        else if (firstVisit(folders, stat)) await walk(file, `${name}/`, depth + 1);
      } else if (!isTakenFromFolder(entry.name)) {
        skipped++;
        if (isArchive(entry.name)) archives.push(name);
      }
      // A broken link or a file gone meanwhile is read, and listed with its reason.
      else if (!stat) files.push({ path: file, name });
      else if (await isUsed(file, stat)) setAside.push(name);
      else take(file, name, stat);
    }
  };
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat) throw new CliError(fill(WORDS.cli.fileNotFound, { path: arg }));
    if (!stat.isDirectory()) take(path.resolve(arg), path.basename(arg), stat);
    else if (firstVisit(folders, stat)) await walk(path.resolve(arg), "", 1);
  }
  if (files.length === 0) throw new CliError(WORDS.cli.noInputFiles);
  return { files: distinctNames(files), identities, skipped, archives, setAside, truncated };
}

/**
 * Files that would share a name are named by the last folders of their paths that tell them apart
 * ("Xã B/Báo cáo (1).xlsx"): mail names every attachment "Báo cáo (1).xlsx", and staff told that "Báo cáo
 * (1).xlsx" was refused, or kept over "Báo cáo (1).xlsx", could not tell which unit's folder to look in.
 * No more of the path than that: the names go into the summary sent upward, where a user's own folders
 * (their home's name) have no place. Other files keep their short names.
 */
function distinctNames(files: readonly InputFile[]): InputFile[] {
  const byName = new Map<string, InputFile[]>();
  for (const f of files) {
    const same = byName.get(f.name);
    if (same) same.push(f);
    else byName.set(f.name, [f]);
  }
  const taken = new Set([...byName].flatMap(([name, same]) => (same.length === 1 ? [name] : [])));
  const named = new Map<InputFile, string>();
  for (const same of byName.values()) {
    if (same.length === 1) continue;
    const parts = same.map((f) => path.resolve(f.path).split(path.sep).filter(Boolean));
    const longest = Math.max(...parts.map((p) => p.length));
    for (let depth = 2; ; depth++) {
      const tails = parts.map((p) => p.slice(-depth).join("/"));
      if (depth >= longest || (new Set(tails).size === tails.length && tails.every((t) => !taken.has(t)))) {
        same.forEach((f, i) => named.set(f, tails[i]!));
        tails.forEach((t) => taken.add(t));
        break;
      }
    }
  }
  return files.map((f) => (named.has(f) ? { ...f, name: named.get(f)! } : f));
}

/** A folder's entries in name order. */
async function entriesOf(folder: string): Promise<Dirent[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw new CliError(
      fill(WORDS.cli.folderUnreadable, { path: folder, reason: fsReason(error) }),
      fsDetail(error),
    );
  });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads a regular file whole, refusing one over the size limit before reading it. It is opened without
 * blocking and checked by its handle before any read: a pipe or a device named like a workbook would
 * make a read wait for ever (no thread can be stopped inside one) or never end.
 */
export function readRegularFile(
  file: string,
  limits: Partial<ReadLimits> = {},
): { bytes: Buffer; modified: Date } {
  const handle = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(handle);
    if (stat.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: "EISDIR" });
    if (!stat.isFile())
      throw Object.assign(new Error(`${file} is not a regular file`), { code: NOT_REGULAR });
    checkFileSize(stat.size, path.basename(file), limits);
    const bytes = readFileSync(handle);
    // The file may have grown since it was measured.
    checkFileSize(bytes.length, path.basename(file), limits);
    return { bytes, modified: stat.mtime };
  } finally {
    closeSync(handle);
  }
}

/** Reads a file the user names (not a received report), refusing an oversized one before reading it. */
export async function readNamedFile(file: string, limits: Partial<ReadLimits> = {}): Promise<Buffer> {
  try {
    return readRegularFile(file, limits).bytes;
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (codeOf(error) === "ENOENT") throw new CliError(fill(WORDS.cli.fileNotFound, { path: file }));
    throw new CliError(
      fill(WORDS.cli.fileUnreadable, { file: path.basename(file), reason: fsReason(error) }),
      fsDetail(error),
    );
  }
}

/**
 * Refuses an output that is a file the command reads (a received report, the campaign, the previous
 * summary): compared as files, by device and inode, so another path to it (a link, a linked folder, a
 * hard link) is caught as well as the same path. A path that does not exist yet is no file read.
 */
export async function refuseReadFileAsOutput(
  output: string,
  inputs: Inputs,
  named: readonly string[],
): Promise<void> {
  const target = await fs.stat(output).catch(() => null);
  if (!target) return;
  const reads = new Set(inputs.identities);
  for (const file of named) {
    const stat = await fs.stat(file).catch(() => null);
    if (stat) reads.add(identityOf(stat));
  }
  if (reads.has(identityOf(target)))
    throw new CliError(fill(WORDS.cli.wouldOverwriteInput, { path: output }));
}

/** The codes with which Windows refuses to replace a file another program holds open, as Excel holds its workbooks. */
const HELD_OPEN = new Set(["EPERM", "EACCES", "EBUSY"]);

/** What creating the temporary file says where the folder takes no new file (read-only, or not the user's). */
const NO_NEW_FILE = new Set(["ENOENT", "EACCES", "EPERM", "EROFS"]);

/**
 * Why the output could not be written, most likely first. Only replacing the target can meet a program
 * holding it open: a refusal while the temporary file is made is the folder's, and staff told to close
 * Excel there would look for a workbook that is not open.
 */
function outputReason(error: unknown, replacing: boolean) {
  const code = codeOf(error);
  if (!replacing) return NO_NEW_FILE.has(code) ? WORDS.cli.noNewFileReason : fsReason(error);
  return HELD_OPEN.has(code) ? WORDS.cli.outputInUseReason : fsReason(error);
}

/** The refusal of an output the system would not let be written, `replacing` once the new file is made. */
const unwritable = (file: string, error: unknown, replacing: boolean) =>
  new CliError(
    fill(WORDS.cli.outputUnwritable, { path: file, reason: outputReason(error, replacing) }),
    fsDetail(error),
  );

/**
 * Whether the user may write the file itself. The rename would replace a read-only file (Linux and macOS
 * let a writable folder's files be replaced whatever their mode), where staff made the summary they sent
 * upward read-only so that no later run would change it.
 */
async function writable(file: string): Promise<boolean> {
  return fs.access(file, constants.W_OK).then(
    () => true,
    (error: unknown) => !["EACCES", "EPERM", "EROFS"].includes(codeOf(error)),
  );
}

/**
 * Writes through a temporary file and a rename, so a failure never leaves half a file or loses the old one.
 * The rename replaces whatever is at the path, so only a regular file (or nothing) may be there: a link,
 * a device or a pipe would be replaced itself, not written to.
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const target = await refuseUnwritableOutput(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let replacing = false;
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(temp, bytes);
    replacing = true;
    await fs.rename(temp, target);
  } catch (error) {
    throw unwritable(file, error, replacing);
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Refuses, before a roll-up reads its files, an output it could not write at the end: staff waited for a
 * province's thousands of reports to be read to learn that the summary was read-only or its folder takes
 * no new file, and then saw nothing of the roll-up. A folder not there yet is made when the summary is.
 */
export async function refuseUnwritableOutputEarly(file: string): Promise<void> {
  const target = await refuseUnwritableOutput(file);
  // Windows lets no other program open for writing a workbook Excel holds open, and its read-only check
  // (above) sees only the attribute: the summary left open in Excel, the commonest case, is met here.
  const held = await fs.open(target, "r+").then(
    (handle) => handle.close().then(() => null),
    (error: unknown) => (codeOf(error) === "ENOENT" ? null : error),
  );
  if (held) throw unwritable(file, held, true);
  const folder = path.dirname(target);
  if (!(await fs.stat(folder).catch(() => null))) return;
  // Random, as a killed run's probe stays behind and the system gives its process number again.
  const probe = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString("hex")}.probe`);
  try {
    await (await fs.open(probe, "wx")).close();
  } catch (error) {
    throw unwritable(file, error, false);
  } finally {
    await fs.rm(probe, { force: true }).catch(() => undefined);
  }
}

/** The output's full path, where what is there may be replaced: nothing, or a regular file the user may write. */
async function refuseUnwritableOutput(file: string): Promise<string> {
  const target = path.resolve(file);
  const existing = await fs.lstat(target).catch(() => null);
  if (existing && !existing.isFile())
    throw new CliError(
      fill(WORDS.cli.outputUnwritable, {
        path: file,
        reason: existing.isDirectory()
          ? WORDS.cli.folderReason
          : existing.isSymbolicLink()
            ? WORDS.cli.linkReason
            : WORDS.cli.specialFileReason,
      }),
    );
  if (existing && !(await writable(target)))
    throw new CliError(fill(WORDS.cli.outputUnwritable, { path: file, reason: WORDS.cli.readOnlyReason }));
  return target;
}
