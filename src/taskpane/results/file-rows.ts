import type { CheckedFile } from "../../core";

/** A checked file's verdict: worst first. */
export type FileState = "unusable" | "errors" | "ready";

export const FILE_STATES: readonly FileState[] = ["unusable", "errors", "ready"];

export const stateOf = (file: CheckedFile): FileState =>
  file.unusable ? "unusable" : file.ready ? "ready" : "errors";

/** How many files are in each state, for the headline. */
export function countStates(files: readonly CheckedFile[]): Record<FileState, number> {
  const counts: Record<FileState, number> = { unusable: 0, errors: 0, ready: 0 };
  for (const f of files) counts[stateOf(f)] += 1;
  return counts;
}

/** A file's identity in lists: two files may share a name, never name and content. */
export const fileKey = (file: CheckedFile) => `${file.name}\u0000${file.sha256}`;
