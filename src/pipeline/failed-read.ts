import { fill, type SourceFile, type Text } from "../core";
import { FILE_MEMORY_LIMIT_MB, FILE_TIME_LIMIT_MS } from "./read-limits";
import type { WorkerFailure } from "./pool";
import { reduceSubmission, type ReadOutcome, type ReadPurpose } from "./read-received";

const FAILURES: Record<WorkerFailure, Text> = {
  timeout: {
    vi: 'Tệp "{file}" đọc quá {seconds} giây nên bị dừng; tệp hỏng hoặc có thể độc hại.',
    en: 'Reading file "{file}" took over {seconds} seconds and was stopped; it is corrupt or may be malicious.',
  },
  memory: {
    vi: 'Tệp "{file}" cần hơn {mb} MB bộ nhớ để đọc nên bị dừng; tệp hỏng hoặc có thể độc hại.',
    en: 'Reading file "{file}" needed over {mb} MB of memory and was stopped; it is corrupt or may be malicious.',
  },
  crash: {
    vi: 'Không đọc được tệp "{file}": trình đọc dừng bất thường; tệp hỏng hoặc có thể độc hại.',
    en: 'File "{file}" could not be read: the reader stopped unexpectedly; it is corrupt or may be malicious.',
  },
};

/** The outcome that stands for a file whose reader was stopped: a refusal with its reason. */
export function failedRead(source: SourceFile, purpose: ReadPurpose, why: WorkerFailure): ReadOutcome {
  const reason = fill(FAILURES[why], {
    file: source.name,
    seconds: FILE_TIME_LIMIT_MS / 1000,
    mb: FILE_MEMORY_LIMIT_MB,
  });
  return reduceSubmission({ source, unreadable: reason }, purpose);
}
