import type { SourceFile } from "../core/rollup/types";
import { fill, type Text } from "../core/text/text";
import { FILE_MEMORY_LIMIT_MB, FILE_TIME_LIMIT_MS, READER_START_LIMIT_MS } from "./read-limits";
import type { WorkerFailure } from "./pool";
import { reduceSubmission, type ReadOutcome, type ReadPurpose } from "./reduce-submission";
import { WORDS } from "../core/vocabulary";

const FAILURES: Record<WorkerFailure, Text> = {
  timeout: WORDS.file.readTimeout,
  memory: WORDS.file.readMemory,
  crash: WORDS.file.readCrash,
  start: WORDS.file.readerNotStarted,
};

/** The outcome that stands for a file whose reader was stopped, or never started: a refusal with its reason. */
export function failedRead(source: SourceFile, purpose: ReadPurpose, why: WorkerFailure): ReadOutcome {
  const reason = fill(FAILURES[why], {
    file: source.name,
    seconds: (why === "start" ? READER_START_LIMIT_MS : FILE_TIME_LIMIT_MS) / 1000,
    mb: FILE_MEMORY_LIMIT_MB,
  });
  return reduceSubmission({ source, unreadable: reason }, purpose);
}
