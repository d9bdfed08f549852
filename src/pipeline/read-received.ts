import type { SourceFile } from "../core";
import { readSubmission } from "../xlsx/submission";
import type { ZipCodec } from "../xlsx/zip/zip-codec";
import { reduceSubmission, type ReadOutcome, type ReadPurpose } from "./reduce-submission";

// Not in the pipeline's index: only the threads that read files load the readers it brings.

/**
 * Reads, guards, extracts and checks one received file: the one path every surface takes, with the zip
 * codec the surface has (Node's zlib in the CLI, fflate elsewhere).
 */
export function readReceived(
  bytes: Uint8Array,
  source: SourceFile,
  purpose: ReadPurpose,
  codec?: ZipCodec,
): ReadOutcome {
  return reduceSubmission(readSubmission(bytes, source, codec), purpose);
}
