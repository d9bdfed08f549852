import { fill, type Text } from "../core/text/text";
import { WORDS } from "../core/vocabulary";
import { wrapTo } from "./display-width";
import { terminalWidth } from "./terminal-width";

/**
 * Why this Node cannot run the command line, or null when it can. Every part of every file read is
 * checked with zlib's own CRC-32, which Node has had since 20.15 (and 22.2): an older Node would stop at the
 * first file with a message about a missing function, not about Node.
 */
export const nodeTooOld = (zlib: { readonly crc32?: unknown }, version: string): Text | null =>
  typeof zlib.crc32 === "function" ? null : fill(WORDS.cli.nodeTooOld, { version });

/** The refusal as printed: Vietnamese, then English, each broken at spaces to the terminal's width. */
export function nodeTooOldMessage(
  zlib: { readonly crc32?: unknown },
  version: string,
  width = terminalWidth(),
): string | null {
  const text = nodeTooOld(zlib, version);
  return text && [text.vi, text.en].flatMap((sentence) => wrapTo(sentence, width)).join("\n");
}
