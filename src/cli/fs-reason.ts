import type { Text } from "../core";
import { CLI_TEXT } from "./i18n";

/** The code given to a path that is no regular file (a pipe, a device, a socket): no system has one. */
export const NOT_REGULAR = "THIDUA_NOT_REGULAR";

const REASONS: Readonly<Record<string, Text>> = {
  [NOT_REGULAR]: CLI_TEXT.specialFileReason,
  // What opening a socket says.
  ENXIO: CLI_TEXT.specialFileReason,
  ENOENT: CLI_TEXT.goneReason,
  ELOOP: CLI_TEXT.goneReason,
  ENOTDIR: CLI_TEXT.notFolderReason,
  // What creating a folder says when a file already stands where the folder should go.
  EEXIST: CLI_TEXT.notFolderReason,
  EACCES: CLI_TEXT.deniedReason,
  EPERM: CLI_TEXT.deniedReason,
  EISDIR: CLI_TEXT.folderReason,
  ENOSPC: CLI_TEXT.fullReason,
};

/** Duck-typed: errors from Node's own modules need not be instances of this realm's Error. */
const field = (error: unknown, key: "code" | "message") =>
  typeof error === "object" && error !== null && key in error
    ? String((error as Record<string, unknown>)[key])
    : "";

/** The system's code for a file-system error ("ENOENT"), or "". */
export const codeOf = (error: unknown) => field(error, "code");

/** Why the file system refused, in the user's words. */
export const fsReason = (error: unknown): Text => REASONS[codeOf(error)] ?? CLI_TEXT.systemReason;

/** What the system said, for --verbose. */
export const fsDetail = (error: unknown): string => field(error, "message") || String(error);
