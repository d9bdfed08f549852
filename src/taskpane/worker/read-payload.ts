import type { Text } from "../../core";
import { reduceSubmission, readReceived, type ReadOutcome, type ReadPurpose } from "../../pipeline";
import { FileError } from "../../xlsx/errors";
import { checkFileSize } from "../../xlsx/limits";
import type { FilePayload } from "./protocol";
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

/** One picked file through the pipeline; an oversized one is refused by its size, its bytes unread. */
export async function readPayload(file: FilePayload, purpose: ReadPurpose): Promise<ReadOutcome> {
  try {
    checkFileSize(file.file.size, file.name);
  } catch (error) {
    if (error instanceof FileError)
      return reduceSubmission({ source: { name: file.name, sha256: "" }, unreadable: error.text }, purpose);
    throw error;
  }
  const modifiedAt = new Date(file.file.lastModified).toISOString();
  const bytes = await file.file.arrayBuffer();
  const source = { name: file.name, sha256: await sha256(bytes), modifiedAt, receivedAt: modifiedAt };
  return readReceived(new Uint8Array(bytes), source, purpose);
}
