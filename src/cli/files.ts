import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fill, type Submission } from "../core";
import { FileError } from "../xlsx/errors";
import { checkFileSize } from "../xlsx/limits";
import { readSubmission } from "../xlsx/submission";
import { CLI_TEXT, CliError } from "./i18n";

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xls", ".ods"]);

const isWorkbook = (file: string) =>
  WORKBOOK_EXTENSIONS.has(path.extname(file).toLowerCase()) && !path.basename(file).startsWith("~$");

/** Expands folders (not recursively) into the workbooks they hold, sorted, each path once. */
export async function collectInputs(args: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat) throw new CliError(fill(CLI_TEXT.fileNotFound, { path: arg }));
    if (stat.isDirectory()) {
      for (const entry of (await fs.readdir(arg)).sort())
        if (isWorkbook(entry)) found.add(path.resolve(arg, entry));
    } else found.add(path.resolve(arg));
  }
  if (found.size === 0) throw new CliError(CLI_TEXT.noInputFiles);
  return [...found];
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Reads one received file into a submission; the file's time stands in when the workbook records none. */
export async function readFileSubmission(file: string): Promise<Submission> {
  const name = path.basename(file);
  const stat = await fs.stat(file);
  try {
    checkFileSize(stat.size, name);
  } catch (error) {
    if (error instanceof FileError) return { source: { name, sha256: "" }, unreadable: error.text };
    throw error;
  }
  const bytes = await fs.readFile(file);
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileTime = stat.mtime.toISOString();
  return readSubmission(data, { name, sha256: sha256(data), modifiedAt: fileTime, receivedAt: fileTime });
}

/** Reads a small text file the user names (the units list), refusing an oversized one before reading it. */
export async function readTextFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => {
    throw new CliError(fill(CLI_TEXT.fileNotFound, { path: file }));
  });
  checkFileSize(stat.size, path.basename(file));
  return fs.readFile(file, "utf8");
}

/** Writes through a temporary file and a rename, so a failure never leaves half a file or loses the old one. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } finally {
    await fs.rm(temp, { force: true });
  }
}
