import { FileError } from "../errors";
import type { ReadLimits } from "../limits";
import { WORDS } from "../../core/vocabulary";

const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

const ROW_OR_CELL = /<(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell|table-column)\b([^>]*)>/g;
const REPEAT = /number-(rows|columns)-repeated\s*=\s*["']\s*(\d+)/;

/** Every count of repeats or of spanned cells a row, column or cell writes. */
const COUNT = /number-(?:matrix-)?(?:rows|columns)-(?:repeated|spanned)\s*=\s*(["'])(.*?)\1/g;

/**
 * Whether a count is written as a whole number of at least one. LibreOffice reads "2x" as 2 and "0" as 1,
 * SheetJS "2x" as 1 and "0" as a step back: every cell after it stood elsewhere for each (red team, round
 * 48: a merge over 99 read as 99 while LibreOffice showed the 3 it covered).
 */
const isCount = (written: string) => /^\d+$/.test(written) && Number(written) >= 1;

/**
 * An .ods says "this cell, 10⁹ times" in a few bytes, and the parser writes out every copy: refuse a
 * repeat past a sheet's edge, or a cell with content repeated over more cells than a file may hold,
 * before the parser sees it. Programs write empty cells repeated to the sheet's edge; those are free.
 */
export function checkOdsRepeats(xml: string, file: string, limits: ReadLimits): void {
  let rows = 1;
  for (const [tag, kind, attributes] of xml.matchAll(ROW_OR_CELL)) {
    for (const [, , written] of attributes!.matchAll(COUNT))
      if (!isCount(written!)) throw new FileError(WORDS.file.repeatUnreadable, file, { written: written! });
    if (kind === "table-column") continue;
    const repeat = REPEAT.exec(attributes!);
    const times = repeat ? Number(repeat[2]) : 1;
    if (kind === "table-row") {
      if (times > MAX_ROWS) throw new FileError(WORDS.file.repeatTooLarge, file);
      rows = times;
      continue;
    }
    if (times > MAX_COLUMNS) throw new FileError(WORDS.file.repeatTooLarge, file);
    const empty = tag.endsWith("/>") && !/value-type|formula/.test(attributes!);
    if (!empty && rows * times > limits.maxCells) throw new FileError(WORDS.file.repeatTooLarge, file);
  }
}
