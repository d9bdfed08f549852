import type { Text } from "../core";
import { WORDS } from "../core/vocabulary";

/** The code given to a path that is no regular file (a pipe, a device, a socket): no system has one. */
export const NOT_REGULAR = "THIDUA_NOT_REGULAR";

const REASONS: Readonly<Record<string, Text>> = {
  [NOT_REGULAR]: WORDS.cli.specialFileReason,
  // What opening a socket says.
  ENXIO: WORDS.cli.specialFileReason,
  ENOENT: WORDS.cli.goneReason,
  ELOOP: WORDS.cli.goneReason,
  ENOTDIR: WORDS.cli.notFolderReason,
  // What creating a folder says when a file already stands where the folder should go.
  EEXIST: WORDS.cli.notFolderReason,
  EACCES: WORDS.cli.deniedReason,
  EPERM: WORDS.cli.deniedReason,
  EISDIR: WORDS.cli.folderReason,
  ENOSPC: WORDS.cli.fullReason,
};

/** Duck-typed: errors from Node's own modules need not be instances of this realm's Error. */
const field = (error: unknown, key: "code" | "message") =>
  typeof error === "object" && error !== null && key in error
    ? String((error as Record<string, unknown>)[key])
    : "";

/** The system's code for a file-system error ("ENOENT"), or "". */
export const codeOf = (error: unknown) => field(error, "code");

/** Why the file system refused, in the user's words. */
export const fsReason = (error: unknown): Text => REASONS[codeOf(error)] ?? WORDS.cli.systemReason;

/** What the system said, for --verbose. */
export const fsDetail = (error: unknown): string => field(error, "message") || String(error);
