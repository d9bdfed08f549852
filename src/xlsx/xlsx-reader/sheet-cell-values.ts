import type { GridValue } from "../../core/grid/grid";
import type { StringItems } from "./shared-strings";
import { decodeExcelEscapes, XML_NUMBER } from "../xml/xml-text";
import { corrupt } from "./sheet-attributes";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_LEAP_DAY = Date.UTC(1900, 2, 1);
/** Day 0 of the 1904 date system, which a workbook may choose (`workbookPr date1904`). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** A date as `t="d"` cells hold one: ISO 8601, with or without a time and a zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An ISO date's time, a date-time without a zone taken as UTC (as it is a date, whatever zone the
 * reading machine is in); anything else, which JavaScript would guess at, is NaN — a day the calendar
 * lacks too: JavaScript rolls 1900-04-31 over to 1 May, LibreOffice shows the text and #VALUE! in every
 * formula that counts it.
 */
function isoTime(text: string): number {
  const match = ISO_DATE.exec(text);
  if (!match) return NaN;
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN;
  return Date.parse(match[1] && !match[4] ? `${text}Z` : text);
}

/** A shared string's index, XML's white space around it allowed and no other (as `XML_NUMBER`). */
const STRING_INDEX = /^[ \t\r\n]*\d+[ \t\r\n]*$/;
const stringAt = (strings: readonly string[], v: string) =>
  STRING_INDEX.test(v) ? strings[parseInt(v, 10)] : undefined;
/** XML's white space at either end. */
const XML_SPACE_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const DAY = 86_400_000;

/** A `c` element as read: its type (`t`), its `v` and its inline string. */
export interface ReadCell {
  readonly type: string | undefined;
  readonly value?: string;
  readonly inline?: StringItems;
}

// What no spreadsheet program stores as a number ("NaN", "1500abc", "1e400") is a damaged file, not a
// figure to check: programs would show it differently, if at all.
const finite = (text: string, value: number, file: string) =>
  Number.isFinite(value) ? value : corrupt(file, `number ${text.slice(0, 40)}`);

/**
 * A cell's value, typed as SheetJS types it; a date as the serial of the workbook's date system, which
 * is what Excel and LibreOffice show in a count's format (1904-01-24 is 23 in the 1904 system).
 */
export function valueOf(
  c: ReadCell,
  strings: readonly string[],
  file: string,
  date1904 = false,
): GridValue | undefined {
  const v = c.value;
  switch (c.type ?? "n") {
    case "n":
      return v === undefined
        ? undefined
        : { type: "number", value: finite(v, XML_NUMBER.test(v) ? parseFloat(v) : NaN, file) };
    case "s": {
      if (v === undefined) return undefined;
      const text = stringAt(strings, v);
      return text === undefined ? corrupt(file, `shared string ${v}`) : { type: "string", value: text };
    }
    case "str":
      return { type: "string", value: decodeExcelEscapes(v ?? "") };
    case "inlineStr":
      // Without its string (openpyxl's and pandas' "" for no value) LibreOffice and Gnumeric show an empty
      // cell, which the form's formulas add as 0 (red team, round 42): no value. `<is><t/></is>` is a text.
      return c.inline ? { type: "string", value: c.inline.take() } : undefined;
    case "b":
      return { type: "boolean", value: v === "1" || v === "true" };
    case "e":
      return { type: "error", value: v !== undefined && ERRORS.has(v) ? v : "#ERROR" };
    case "d": {
      const time = v === undefined ? NaN : isoTime(v.replace(XML_SPACE_ENDS, ""));
      // Before 1 March 1900 Excel counts the 29 February 1900 that never was, LibreOffice does not:
      // the two show the day as serials one apart (1900-01-07 is 7 in Excel, 8 in LibreOffice). Before
      // 1904 in the 1904 system, a negative serial: programs show it apart, if at all.
      if (time < (date1904 ? EPOCH_1904 : EXCEL_LEAP_DAY)) corrupt(file, `date ${(v ?? "").slice(0, 40)}`);
      const serial = (time - (date1904 ? EPOCH_1904 : EXCEL_EPOCH)) / DAY;
      return { type: "number", value: finite(v ?? "", serial, file) };
    }
    default:
      return undefined;
  }
}

/** Whether `valueOf` would give a value, without making one: most cells are counted, never kept. */
export function holdsValue(c: ReadCell, strings: readonly string[], file: string): boolean {
  const v = c.value;
  switch (c.type ?? "n") {
    case "n":
      return v !== undefined;
    case "s":
      if (v === undefined) return false;
      return stringAt(strings, v) !== undefined || corrupt(file, `shared string ${v}`);
    case "inlineStr":
      return c.inline !== undefined;
    case "str":
    case "b":
    case "e":
    case "d":
      return true;
    default:
      return false;
  }
}
