import path from "node:path";
import type { Submission } from "../core";
import { fill } from "../core/text/text";
import { FileError } from "../xlsx/errors";
import { readSubmission } from "../xlsx/submission";
import { sha256 } from "./file-identity";
import { readRegularFile } from "./files";
import { codeOf, fsDetail, fsReason } from "./fs-reason";
import { NATIVE_ZIP_CODEC } from "./native-zip-codec";
import { WORDS } from "../core/vocabulary";

// Apart from files.ts: the read pool's threads read the files, and only they load the readers.

/**
 * Why a file cannot be read. A name that is not UTF-8 (a zip made on Windows, unpacked here) reaches
 * us with "\uFFFD" in place of its bytes, a name no file has: it cannot be opened until renamed.
 */
const reasonFor = (name: string, error: unknown) =>
  codeOf(error) === "ENOENT" && name.includes("\uFFFD") ? WORDS.cli.badNameReason : fsReason(error);

/**
 * Reads one received file into a submission; the file's time stands in when the workbook records none.
 * A file that cannot be read (gone, a broken link, no permission, too large) becomes a submission with
 * its reason, so one bad file never stops the others.
 */
export function readFileSubmission(file: string, name = path.basename(file)): Submission {
  let bytes: Buffer;
  let modified: Date;
  try {
    ({ bytes, modified } = readRegularFile(file));
  } catch (error) {
    const source = { name, sha256: "" };
    if (error instanceof FileError) return { source, unreadable: error.text };
    const unreadable = fill(WORDS.cli.fileUnreadable, { file: name, reason: reasonFor(name, error) });
    return { source, unreadable, detail: fsDetail(error) };
  }
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileTime = modified.toISOString();
  return readSubmission(
    data,
    { name, sha256: sha256(data), modifiedAt: fileTime, receivedAt: fileTime },
    NATIVE_ZIP_CODEC,
  );
}
