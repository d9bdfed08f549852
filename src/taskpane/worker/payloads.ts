import type { FilePayload } from "./protocol";

/** Picked or dropped files as a worker takes them: handles, read there (an oversized one never is). */
export const toPayloads = (files: readonly File[]): FilePayload[] =>
  files.map((file) => ({ name: file.name, file }));
