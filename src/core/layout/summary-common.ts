import { daysBetween } from "../model/period";
import { UNIT_KINDS } from "../model/units";
import type { Summary, UnitRow } from "../rollup/types";
import { shortfallTexts } from "../rollup/short-units";
import { bilingual as both, fileNameCell, fill, joinTexts, type Text } from "../text/text";
import { printable, printedAbout, type PrintOptions } from "./print";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import type { StyleKey } from "./styles";
import { WORDS } from "../vocabulary";

/** The first header row of the summary's tables, below the title block. */
export const HEADER_ROW = 6;

/** Spreadsheet day number of an ISO date, so due and received dates sort and subtract as dates. */
export const dateSerial = (iso: string) => daysBetween("1899-12-30", iso);

/**
 * Received files' names as a summary cell holds them: the one display rule, and an apostrophe before a
 * name that starts like a formula (see fileNameCell). A name cannot be refused as a unit's can.
 */
export const fileNames = (files: readonly { readonly name: string }[]) =>
  files.map((f) => fileNameCell(f.name)).join("; ");

/** Whose summary it is and of which period, for the footer of every printed page. */
export const summaryAbout = (summary: Summary) => printedAbout(summary.parent, summary.period);

/** The title block: period in both languages, the summary unit and, when asked, the counts. */
export function title(sheet: SheetBuilder, summary: Summary, lastCol: number, counts = true): void {
  const t = fill(WORDS.summary.title, { period: summary.period.label });
  sheet.put(0, 0, { value: t.vi, style: "title" }).merge(0, 0, 0, lastCol);
  sheet.put(1, 0, { value: t.en, style: "subtitle" }).merge(1, 0, 1, lastCol);
  const parent = fill(WORDS.summary.parent, { name: summary.parent.name, code: summary.parent.code });
  sheet.put(2, 0, { value: parent.vi, style: "info" });
  if (!counts) return;
  const c = fill(WORDS.summary.counts, {
    received: summary.units.length,
    missing: summary.expected ? summary.missing.length : WORDS.summary.missingUnknown,
    duplicates: summary.duplicates.length,
    rejected: summary.rejected.length,
  });
  sheet.put(3, 0, { value: c.vi, style: "info" });
  sheet.put(4, 0, { value: c.en, style: "subtitle" });
}

/**
 * A sheet that holds one list: the title block, the list's title across its columns and its column headings,
 * whose row it returns (the rows a printed page repeats).
 */
export function listHeading(
  sheet: SheetBuilder,
  summary: Summary,
  heading: Text,
  headers: readonly Text[],
): number {
  const last = headers.length - 1;
  title(sheet, summary, last);
  sheet
    .put(HEADER_ROW, 0, { value: both(heading), style: "sectionWrapped" })
    .merge(HEADER_ROW, 0, HEADER_ROW, last);
  sheet.putRow(HEADER_ROW + 1, 0, headers.map(both), { style: "header" });
  return HEADER_ROW + 1;
}

/** A list that has a sheet of its own: the sheet's name, the list's title, its column headings and widths. */
export interface ListSheet {
  readonly name: Text;
  readonly heading: Text;
  readonly headers: readonly Text[];
  readonly columnWidths: readonly number[];
}

/**
 * A sheet holding one list (`listHeading`), its column headings printed at the top of every page it runs
 * onto: a sheet repeats one block of rows, so a list under another table printed headed on its first page
 * alone. `rows` puts the list's rows from row `first` on.
 */
export function listSheet(
  summary: Summary,
  list: ListSheet,
  rows: (sheet: SheetBuilder, first: number) => void,
): SheetPlan {
  const sheet = new SheetBuilder(list.name.vi, list.name);
  const headings = listHeading(sheet, summary, list.heading, list.headers);
  rows(sheet, headings + 1);
  const plan = sheet.build({ columnWidths: list.columnWidths, protect: false });
  return printable(plan, { about: summaryAbout(summary), repeatRows: { top: headings, bottom: headings } });
}

/** A bilingual header over a table's two header rows. */
export function tallHeader(sheet: SheetBuilder, col: number, text: Text, row = HEADER_ROW): void {
  sheet.put(row, col, { value: both(text), style: "header" }).merge(row, col, row + 1, col);
}

/** The style of a unit's name in a list: wrapped, so a long name prints whole rather than cut at its column's edge. */
export const UNIT_NAME_STYLE: StyleKey = "rowLabel";

/**
 * The note beside a unit that did not report the whole period, saying which part it left out; its name
 * stays its name, as the province's list writes it.
 */
export function unitNote(row: UnitRow): string | null {
  if (row.status !== "partial") return null;
  return shortfall(row, (gaps) => fill(WORDS.summary.partial, { gaps }), " ");
}

/**
 * What a partial unit left out (see shortfallTexts), in Vietnamese as a summary's cell holds it; null for a
 * unit that left nothing out.
 */
export function shortfall(row: UnitRow, spans: (gaps: string) => Text, separator: string): string | null {
  const parts = shortfallTexts(row, spans);
  return parts.length > 0 ? joinTexts(parts, separator).vi : null;
}

/** The column of those notes, wrapped so a long list of gaps prints whole. */
export const NOTE_STYLE: StyleKey = "rowLabel";

/**
 * The style of a unit's kind in a list: wrapped, so a kind longer than its column prints whole on two lines,
 * its row grown to hold them (on one line, every commune's printed "Công đoàn xã, phường, đặc kh", cut by
 * the column beside it).
 */
export const UNIT_KIND_STYLE: StyleKey = "rowLabel";

/**
 * A column wide enough for the longest kind's name on one line, and the cell's padding: where a table
 * prints in strips at a set scale, width costs no figure its size, while a second line on every commune's
 * row prints half as many pages again (48 units: 12 pages of Tổng hợp, not 8).
 */
export const UNIT_KIND_WIDTH = Math.max(...UNIT_KINDS.map((k) => k.label.vi.length)) + 1;

/**
 * The style of a unit's bloc in a list: wrapped, so a name longer than its column prints whole on more lines
 * rather than cut by the column beside it (a campaign names its blocs freely: the demo's "Cụm 1 – Phường,
 * ngành" printed "Cụm 1 – Phường," in 16).
 */
export const BLOC_STYLE: StyleKey = "rowLabel";

/**
 * A column of names (blocs, units) as wide as the longest of `names` on one line and the cell's padding,
 * within `least` (its heading's room) and `most`: a second line on every row prints its rows' pages twice
 * over, and where a table prints one page wide each character more prints every figure smaller.
 */
export function namesWidth(names: readonly (string | null)[], least: number, most: number): number {
  const longest = Math.max(0, ...names.map((name) => name?.length ?? 0));
  return Math.min(most, Math.max(least, longest + 1));
}

/** The widest bloc column of a table printed in strips at a set scale, where width costs no figure its size. */
export const BLOC_MOST = 40;

/** The columns unitCells writes, which name a table's rows: frozen on screen, on every page on paper. */
export const UNIT_COLUMNS = { left: 0, right: 2 } as const;

/**
 * A summary's table of units made ready for paper (see printable): its two heading rows from `headerRow`
 * and its unit columns printed on every page, the summary's unit and period at the head of each; printed
 * in strips, its title block and notes wrapped within the unit columns, which are wide enough to read
 * them on every strip.
 */
export const printableUnitTable = (
  plan: SheetPlan,
  summary: Summary,
  headerRow = HEADER_ROW,
  options: Pick<PrintOptions, "area" | "tableTop"> = {},
): SheetPlan =>
  printable(plan, {
    about: summaryAbout(summary),
    repeatRows: { top: headerRow, bottom: headerRow + 1 },
    repeatColumns: UNIT_COLUMNS,
    textsInRepeatedColumns: true,
    ...options,
  });

/** Number, code and name of a unit, or of the summary unit on the total row (`row` null). */
export function unitCells(
  sheet: SheetBuilder,
  r: number,
  index: number | null,
  row: UnitRow | null,
  summary: Summary,
): void {
  const style: StyleKey = row ? "text" : "total";
  sheet.put(r, 0, { value: index, style });
  sheet.put(r, 1, { value: row ? row.unit.code : WORDS.summary.total.vi, style });
  sheet.put(r, 2, { value: row ? row.unit.name : summary.parent.name, style: row ? UNIT_NAME_STYLE : style });
}

/**
 * Below a total row, its notes (see totalNotes), Vietnamese then English. Returns the first row after
 * the notes (`row` itself when there is nothing to say).
 */
export function noteRows(sheet: SheetBuilder, notes: readonly Text[], row: number): number {
  let r = row;
  for (const note of notes) {
    sheet.put(r++, 0, { value: note.vi, style: "info" });
    sheet.put(r++, 0, { value: note.en, style: "subtitle" });
  }
  return r;
}
