import { FileError } from "../errors";
import type { ReadLimits } from "../limits";
import { WORDS } from "../../core/vocabulary";

/** The part of an .ods that holds every sheet. */
export const ODS_CONTENT = "content.xml";

const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

const ROW_OR_CELL = /<(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell)\b([^>]*)>/g;
const REPEAT = /number-(rows|columns)-repeated\s*=\s*["']\s*(\d+)/;

/**
 * An .ods says "this cell, 10⁹ times" in a few bytes, and the parser writes out every copy: refuse a
 * repeat past a sheet's edge, or a cell with content repeated over more cells than a file may hold,
 * before the parser sees it. Programs write empty cells repeated to the sheet's edge; those are free.
 */
export function checkOdsRepeats(xml: string, file: string, limits: ReadLimits): void {
  let rows = 1;
  for (const [tag, kind, attributes] of xml.matchAll(ROW_OR_CELL)) {
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
