import { createHash } from "node:crypto";

/** What tells a file itself apart from the paths that reach it. */
export interface Identified {
  readonly dev: number;
  readonly ino: number;
}

/** A file itself, whichever path reaches it: its device and inode. */
export const identityOf = (stat: Identified) => `${stat.dev}:${stat.ino}`;

/** A file's content, by which a received file is known whatever its name. */
export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
