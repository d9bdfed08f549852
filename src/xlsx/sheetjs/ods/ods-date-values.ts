import { OFFICE_NS, TABLE_NS } from "./odf-units";
import type { XmlAttributes } from "../../xml/xml-stream";
import { cellKey as key, RepeatedCells } from "./ods-repeated-cells";

const DAY = 86_400_000;
/** The day LibreOffice counts dates from where the document names none (`table:null-date`). */
const DEFAULT_NULL_DATE = Date.UTC(1899, 11, 30);

/** An ODF date or date and time (`office:date-value`): xsd:date or xsd:dateTime, without a zone. */
const DATE_VALUE = /^\s*(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?\s*$/;
/** An ODF duration (`office:time-value`) in days, hours, minutes and seconds, as LibreOffice writes one. */
const TIME_VALUE =
  /^\s*(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?\s*$/;

/**
 * A date in milliseconds from 1970, the Gregorian calendar reckoned back as LibreOffice does; NaN where
 * LibreOffice reads none: a year before 1 or after 9999, a day the month lacks, an hour past 24:00:00, a
 * minute or second past 59. 24:00:00 is the next day's start, as LibreOffice counts it.
 */
function dateOf(value: string): number {
  const [, y, m, d, h = "0", mi = "0", s = "0"] = DATE_VALUE.exec(value) ?? [];
  if (y === undefined) return NaN;
  const [year, month, day, hours, minutes, seconds] = [y, m, d, h, mi, s].map(Number) as number[];
  if (year! < 1 || year! > 9999 || month! < 1 || month! > 12 || day! < 1 || day! > 31) return NaN;
  if (minutes! > 59 || seconds! >= 60 || hours! > 24 || (hours === 24 && (minutes! > 0 || seconds! > 0)))
    return NaN;
  // Date.UTC takes years 0 to 99 for 1900 to 1999: the year is set apart.
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year!, month! - 1, day);
  // A day the month lacks (31 April) rolls over into the next: it is no date.
  if (date.getUTCDate() !== day) return NaN;
  return date.getTime() + ((hours! * 60 + minutes!) * 60 + seconds!) * 1000;
}

/** A duration in days; NaN where it is not one LibreOffice writes (years and months have no length). */
function daysOf(value: string): number {
  const found = TIME_VALUE.exec(value);
  if (!found || !/\d/.test(value)) return NaN;
  const [, minus, d = "0", h = "0", mi = "0", s = "0"] = found;
  const days = Number(d) + Number(h) / 24 + Number(mi) / 1440 + Number(s) / 86_400;
  return minus ? -days : days;
}

/** A cell's date (milliseconds from 1970) or time (days). */
interface Written {
  readonly kind: "date" | "time";
  readonly at: number;
}

/**
 * The figures an .ods's date and time cells show in a number's format, as LibreOffice computes them: a
 * date as the days from the document's own day 0 (`table:null-date`, 30 December 1899 unless it names
 * another), in a calendar without Excel's 29 February 1900; a time as its length in days. SheetJS counts
 * from Excel's day 0 whatever the document says (red team, round 20: a document counting from 20
 * December 1899 showed 16 where 5 was rolled up, and 5 January 1900 shows 6 in LibreOffice, 5 in Excel).
 */
export class OdsDateValues {
  private nullDate = DEFAULT_NULL_DATE;
  private readonly single = new Map<string, Written>();
  private readonly repeated = new RepeatedCells<Written>();

  /**
   * The document's `table:null-date`, met in its calculation settings: its day, as LibreOffice keeps
   * only the year, month and day of it (round 20 review: a day 0 at noon read every date half a day off).
   */
  readNullDate(attributes: XmlAttributes): void {
    const raw = attributes.get("date-value", TABLE_NS);
    if (raw === undefined) return;
    const at = dateOf(raw);
    if (Number.isNaN(at)) throw new Error(`null date "${raw.slice(0, 40)}"`);
    this.nullDate = Math.floor(at / DAY) * DAY;
  }

  /** A cell opening (row and column from 0), repeated over `rows` rows and `cols` columns. */
  cell(sheet: string, row: number, col: number, attributes: XmlAttributes, rows: number, cols: number): void {
    const kind = attributes.get("value-type", OFFICE_NS);
    if (kind !== "date" && kind !== "time") return;
    const raw = attributes.get(kind === "date" ? "date-value" : "time-value", OFFICE_NS) ?? "";
    const at = kind === "date" ? dateOf(raw) : daysOf(raw);
    // No program shows such a value as written: the file is refused rather than read at SheetJS's figure.
    if (Number.isNaN(at)) throw new Error(`${kind} value "${raw.slice(0, 40)}"`);
    if (rows === 1 && cols === 1) return void this.single.set(key(sheet, row, col), { kind, at });
    this.repeated.add(sheet, row, col, rows, cols, { kind, at });
  }

  /** The figure LibreOffice shows for a date or time cell in a number's format; undefined for any other. */
  numberAt(sheet: string, row: number, col: number): number | undefined {
    const cell = this.single.get(key(sheet, row, col)) ?? this.repeated.at(sheet, row, col);
    if (!cell) return undefined;
    return cell.kind === "date" ? (cell.at - this.nullDate) / DAY : cell.at;
  }
}
