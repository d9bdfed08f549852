import { displayed } from "../../core/text/text";
import type { FilePayload } from "./protocol";

/**
 * Picked or dropped files as a worker takes them: handles, read there (an oversized one never is). The
 * page reads a file by its handle and never needs its name again, so the name it shows everywhere (file
 * lists, messages, progress, the summary's cells) is the displayed one: a U+202E or a line break in a
 * name cannot draw "U0034xslx.docx" or a second file on the page.
 */
export const toPayloads = (files: readonly File[]): FilePayload[] =>
  files.map((file) => ({ name: displayed(file.name), file }));
