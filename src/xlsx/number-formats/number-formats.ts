import { shownNumberWith } from "../../core/number-formats/number-formats";
import { MAX_FORMAT_LENGTH } from "../limits";
import { loadSheetJs } from "./sheetjs-library";

/** A number format longer than Excel allows, met in a part: the reader refuses the file with its reason. */
export class LongFormatError extends Error {
  constructor(readonly length: number) {
    super(`number format of ${length} characters`);
    this.name = "LongFormatError";
  }
}

/** A number format as a part gives it, refused if longer than Excel allows. */
export function checkedFormat(code: string): string {
  if (code.length > MAX_FORMAT_LENGTH) throw new LongFormatError(code.length);
  return code;
}

/**
 * What a spreadsheet program shows for a number in a format (`shownNumberWith`), rendered by SheetJS's
 * formatter, loaded on first use.
 */
export const shownNumber = (code: string, value: number): string | undefined =>
  shownNumberWith(code, value, (canonical, figure) => String(loadSheetJs().SSF.format(canonical, figure)));
