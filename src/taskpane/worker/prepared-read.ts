import { failedRead, type ReadOutcome, type ReadPurpose } from "../../pipeline";
import type { AheadCodec } from "./ahead-codec";
import { inflateAhead, type InflatedPart } from "./inflate-ahead";
import type { FilePayload } from "./protocol";
import { fetchPayload, readFetched, type FetchedPayload } from "./read-payload";
import type { ReadBytes } from "./read-together";

/**
 * A file as the job's thread hands it to a reader: fetched (its bytes and digest, or its outcome when it
 * was refused unread) and its parts inflated, so that the reader's thread, which the roll-up waits on,
 * only reads; the job's thread does the rest meanwhile, for the next file.
 */
export interface PreparedRead {
  readonly purpose: ReadPurpose;
  readonly fetched: FetchedPayload;
  readonly parts: readonly InflatedPart[];
}

/**
 * Never fails: a file that could not be fetched for a reason nobody foresaw is handed over as failed, in
 * its turn, rather than held back until its time runs out; one not inflated ahead is inflated by the reader.
 */
export async function prepareRead(
  file: FilePayload,
  purpose: ReadPurpose,
  read?: ReadBytes,
): Promise<PreparedRead> {
  let fetched: FetchedPayload;
  try {
    fetched = await fetchPayload(file, purpose, read);
  } catch {
    return {
      purpose,
      fetched: { outcome: failedRead({ name: file.name, sha256: "" }, purpose, "crash") },
      parts: [],
    };
  }
  const parts = "bytes" in fetched ? await inflateAhead(fetched.bytes, file.name).catch(() => []) : [];
  return { purpose, fetched, parts };
}

/** What a prepared read hands over rather than copies: its file's bytes and its parts. */
export const transferred = ({ fetched, parts }: PreparedRead): Transferable[] => [
  ...new Set([
    ...("bytes" in fetched ? [fetched.bytes.buffer as ArrayBuffer] : []),
    ...parts.map((part) => part.data.buffer as ArrayBuffer),
  ]),
];

/** A prepared file through the pipeline, with the parts inflated for it. */
export const readPrepared = ({ fetched, parts, purpose }: PreparedRead, codec: AheadCodec): ReadOutcome =>
  "bytes" in fetched
    ? codec.reading(fetched.bytes, parts, () => readFetched(fetched, purpose, codec))
    : readFetched(fetched, purpose);
