import { fill, type SourceFile, type Text } from "../../core";
import { reduceSubmission, type ReadOutcome, type ReadPurpose } from "../../pipeline";
import { readReceived } from "../../pipeline/read-received";
import { FileError } from "../../xlsx/errors";
import { checkFileSize } from "../../xlsx/limits";
import type { ZipCodec } from "../../xlsx/zip/zip-codec";
import type { FilePayload } from "./protocol";
import { readAlone, type ReadBytes } from "./read-together";
import { WORDS } from "../../core/vocabulary";

/** A problem the user can act on, raised inside a worker. */
export class JobError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new JobError(WORDS.worker.insecurePage);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A picked file fetched for reading: its bytes and their digest, or its outcome when refused by its size. */
export type FetchedPayload =
  | { readonly outcome: ReadOutcome }
  | { readonly bytes: Uint8Array; readonly source: SourceFile };

const refused = (file: FilePayload, why: Text, purpose: ReadPurpose): FetchedPayload => ({
  outcome: reduceSubmission({ source: { name: file.name, sha256: "" }, unreadable: why }, purpose),
});

/**
 * A picked file's bytes and digest (the waits of reading it); an oversized one is refused unread, and one
 * the browser can no longer read (deleted, moved or changed since it was picked) is refused as such.
 */
export async function fetchPayload(
  file: FilePayload,
  purpose: ReadPurpose,
  read: ReadBytes = readAlone,
): Promise<FetchedPayload> {
  try {
    checkFileSize(file.file.size, file.name);
  } catch (error) {
    if (error instanceof FileError) return refused(file, error.text, purpose);
    throw error;
  }
  const modifiedAt = new Date(file.file.lastModified).toISOString();
  let bytes: ArrayBuffer;
  try {
    bytes = await read(file.file);
  } catch {
    return refused(file, fill(WORDS.worker.fileGone, { file: file.name }), purpose);
  }
  const source = { name: file.name, sha256: await sha256(bytes), modifiedAt, receivedAt: modifiedAt };
  return { bytes: new Uint8Array(bytes), source };
}

/** A fetched file through the pipeline: the reading itself, which keeps the thread busy. */
export const readFetched = (fetched: FetchedPayload, purpose: ReadPurpose, codec?: ZipCodec): ReadOutcome =>
  "outcome" in fetched ? fetched.outcome : readReceived(fetched.bytes, fetched.source, purpose, codec);

/** One picked file through the pipeline; an oversized one is refused by its size, its bytes unread. */
export const readPayload = async (file: FilePayload, purpose: ReadPurpose): Promise<ReadOutcome> =>
  readFetched(await fetchPayload(file, purpose), purpose);
