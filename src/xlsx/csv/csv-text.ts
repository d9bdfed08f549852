import { FileError } from "../errors";
import { WORDS } from "../../core/vocabulary";

const FATAL = { fatal: true } as const;

/** The byte-order marks a list may begin with, and the text encoding each one names. */
const MARKS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
] as const;

/**
 * The text of a list saved as CSV: UTF-8, with or without its mark (Excel's "CSV UTF-8", LibreOffice),
 * or UTF-16 behind its mark (Excel 2010–2013's "Unicode Text", the only Unicode those versions save a
 * list in). Any other encoding is refused, not guessed: Excel's plain "CSV" writes the Windows code page,
 * 1258 on a Vietnamese system, 1252 (no đ, ơ or ư) on most others, and decoded as UTF-8 a unit's name
 * became "C�ng �o�n" on the summary the province signs.
 */
export function csvText(bytes: Uint8Array, file: string): { readonly text: string; readonly tabs: boolean } {
  const mark = MARKS.find((m) => m.bytes.every((byte, i) => bytes[i] === byte));
  const encoding = mark?.encoding ?? "utf-8";
  try {
    const text = new TextDecoder(encoding, FATAL).decode(bytes.subarray(mark?.bytes.length ?? 0));
    // UTF-16 is Excel's "Unicode Text", separated by tabs: a comma in a unit's name is no separator there.
    return { text, tabs: encoding !== "utf-8" };
  } catch {
    throw new FileError(WORDS.unitsList.notUnicode, file);
  }
}
