import { formDef } from "../catalog";
import { unitWarnings } from "../check/finding-groups";
import { cellLabel, getCell } from "../form/form";
import type { ExpectedUnitStatus, Summary } from "../rollup/types";
import { bilingual as both, fill, type Text } from "../text/text";
import { unitKey, unitKindLabel } from "../model/units";
import { NUMBER_FORMATS, type SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import type { StyleKey } from "./styles";
import { printable } from "./print";
import { wrappedLines } from "./row-heights";
import {
  dateSerial,
  fileNames,
  gapsText,
  HEADER_ROW,
  summaryAbout,
  title,
  UNIT_KIND_STYLE,
  UNIT_KIND_WIDTH,
  BLOC_STYLE,
  namesWidth,
} from "./summary-common";
import { formsLeftOut } from "../rollup/unreported";
import { WORDS } from "../vocabulary";

type Value = string | number | null;
/** A value, or one in a style of its own (the status, green or red). */
type Entry = Value | { readonly value: Value; readonly style: StyleKey };

/** A column of one of the sheet's tables; long texts span several of the sheet's columns. */
interface Column {
  readonly header: Text;
  readonly span?: number;
  readonly style?: StyleKey;
  readonly numFmt?: string;
}

const date = { numFmt: NUMBER_FORMATS.date } as const;
const wrapped = { style: "rowLabel" } as const;

const EXPECTED: Column[] = [
  { header: WORDS.summary.no },
  { header: WORDS.summary.unitCode },
  { header: WORDS.summary.unitName, ...wrapped },
  { header: WORDS.summary.status },
  { header: WORDS.summary.due, ...date },
  { header: WORDS.summary.received, ...date },
  { header: WORDS.summary.daysLate },
  { header: WORDS.summary.gaps, ...wrapped },
  { header: WORDS.summary.sourceFile, ...wrapped },
  { header: WORDS.summary.unitKind, style: UNIT_KIND_STYLE },
  { header: WORDS.summary.bloc, style: BLOC_STYLE },
];
const DUPLICATES: Column[] = [
  { header: WORDS.summary.no },
  { header: WORDS.summary.unitCode },
  { header: WORDS.summary.kept, ...wrapped },
  // The period's name, as Từng đợt gives it: its code ("2025-D2") is said nowhere else in the workbook.
  { header: WORDS.summary.period, ...wrapped },
  { header: WORDS.summary.dropped, span: 4, ...wrapped },
];
const UNREPORTED: Column[] = [
  { header: WORDS.summary.no },
  { header: WORDS.summary.template },
  { header: WORDS.summary.indicator, ...wrapped },
  { header: WORDS.summary.unitCode, span: 6, ...wrapped },
];
/**
 * The sheet's columns but the last two (the unit's kind and bloc). The kind's room taken from the codes'
 * column (a code prints in 14 on Tổng hợp; a rejected file's name wraps there): the sheet prints one page
 * wide, so 11 characters more printed its figures under 7 pt, and the kind wrapped in 20 printed 1,000
 * units on 42 pages, not 21.
 */
const WIDTHS = [6, 19, 36, 16, 12, 12, 10, 24, 24];
/** The width the codes of the units that left a figure blank wrap in: the six columns from the fourth. */
const CODES_WIDTH = WIDTHS.slice(3, 9).reduce((sum, width) => sum + width, 0);
/**
 * Lines of codes a row holds at most: Excel shows and prints no row over 409 points (27 lines), so the codes of
 * 500 units in one row, 36 lines, showed 378 of them.
 */
const CODES_LINES = 20;

/** `codes` in rows of at most CODES_LINES lines each, in order. */
function codeRows(codes: readonly string[]): string[] {
  const rows: string[] = [];
  for (let from = 0; from < codes.length; ) {
    // The most codes from `from` that fit: at least one, however long.
    let fits = 1;
    let over = codes.length - from + 1;
    while (over - fits > 1) {
      const mid = (fits + over) >> 1;
      if (wrappedLines(codes.slice(from, from + mid).join(", "), CODES_WIDTH) <= CODES_LINES) fits = mid;
      else over = mid;
    }
    rows.push(codes.slice(from, from + fits).join(", "));
    from += fits;
  }
  return rows;
}

/** The received units stand for the expected ones when the province gave no list. */
function statuses(summary: Summary): readonly ExpectedUnitStatus[] {
  return (
    summary.expected ??
    summary.units.map((u) => ({
      unit: u.unit,
      status: "received" as const,
      // The date the unit's lateness was measured against: its kind's or its own where the campaign sets one.
      due: u.due ?? summary.period.due ?? null,
      received: u.received,
      daysLate: u.daysLate,
    }))
  );
}

/**
 * "Tình trạng nộp": how many files were refused and how many warnings the units' files gave (listed on
 * Tệp bị loại and Cảnh báo: rejectedSheet, warningsSheet), duplicates and figures units left blank; then the list of units: each one's status, due date, day
 * received, days late and the part of the period it did not report (a year's rounds one by one: Từng đợt,
 * roundsSheet).
 */
export function statusSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder(WORDS.summary.statusSheet.vi, WORDS.summary.statusSheet);
  title(sheet, summary, 8);
  let r = HEADER_ROW;
  const put = (columns: readonly Column[], entries: readonly Entry[], style: StyleKey) => {
    let c = 0;
    columns.forEach((column, i) => {
      const last = c + (column.span ?? 1) - 1;
      const entry = entries[i] ?? null;
      const [value, own] =
        entry !== null && typeof entry === "object"
          ? [entry.value, entry.style]
          : [entry, style === "header" ? style : (column.style ?? style)];
      const numFmt = style !== "header" && column.numFmt ? { numFmt: column.numFmt } : {};
      sheet.put(r, c, { value, style: own, ...numFmt }).merge(r, c, r, last);
      c = last + 1;
    });
    r++;
  };
  /** A section's title, set apart from the one before by a blank row. */
  const sectionTitle = (text: Text) => {
    if (r > top) r++;
    sheet.put(r++, 0, { value: both(text), style: "section" });
  };
  /** A table's title and column headings; returns the headings' row. */
  const section = (text: Text, columns: readonly Column[], empty: boolean) => {
    sectionTitle(text);
    const headings = r;
    put(
      columns,
      columns.map((c) => both(c.header)),
      "header",
    );
    if (empty) sheet.put(r++, 0, { value: both(WORDS.summary.none), style: "info" });
    return headings;
  };

  // Wrapped across the sheet: on one line, its 343 characters printed cut at the page's edge, "… Pick the
  // campaign workbook (its TD_Unit".
  if (!summary.expected)
    sheet
      .put(r, 0, { value: both(WORDS.summary.noList), style: "note" })
      .merge(r, 0, r++, EXPECTED.length - 1);
  // Sections after the first are set apart by a blank row.
  const top = r;
  // The refused files and the units' warnings on sheets of their own (rejectedSheet, warningsSheet), said
  // here where they were listed before.
  const elsewhere = (heading: Text, said: Text) => {
    sectionTitle(heading);
    sheet.put(r++, 0, { value: both(said), style: "info" });
  };
  elsewhere(
    WORDS.summary.rejectedTitle,
    summary.rejected.length === 0
      ? WORDS.summary.none
      : fill(WORDS.summary.rejectedElsewhere, {
          count: summary.rejected.length,
          sheet: WORDS.summary.rejectedSheet,
        }),
  );
  const warnings = unitWarnings(summary.units);
  elsewhere(
    WORDS.summary.warningsTitle,
    warnings.length === 0
      ? WORDS.summary.none
      : fill(WORDS.summary.warningsElsewhere, {
          count: warnings.length,
          units: new Set(warnings.map((w) => unitKey(w.unit.code))).size,
          sheet: WORDS.summary.warningsSheet,
        }),
  );
  section(WORDS.summary.duplicatesTitle, DUPLICATES, summary.duplicates.length === 0);
  summary.duplicates.forEach((d, i) =>
    put(DUPLICATES, [i + 1, d.unitCode, fileNames([d.kept]), d.periodLabel.vi, fileNames(d.dropped)], "text"),
  );
  section(WORDS.summary.unreportedTitle, UNREPORTED, summary.unreported.length === 0);
  // A unit that sent a form with none of its figures is listed once for the form, not on each figure:
  // 500 units without Biểu 01 took a row of 500 codes for each of its 21 figures.
  const leftOut = formsLeftOut(summary);
  let listed = 0;
  const list = (sheetName: string, label: string, codes: readonly string[]) =>
    codeRows(codes).forEach((row, k) =>
      put(UNREPORTED, k === 0 ? [++listed, sheetName, label, row] : [null, null, null, row], "text"),
    );
  summary.unreported.forEach((u, i) => {
    const def = formDef(u.template, summary.indicators, summary.subRows);
    const whole = leftOut.get(u.template);
    if (whole && summary.unreported[i - 1]?.template !== u.template)
      list(def.sheetName, WORDS.summary.everyFigure.vi, [...whole]);
    const others = whole ? u.units.filter((code) => !whole.has(code)) : u.units;
    if (others.length > 0) list(def.sheetName, cellLabel(def, getCell(def, u.row, u.col)).vi, others);
  });
  // The list of units comes last, its headings printed again at the top of every page it runs onto: a
  // sheet repeats one block of rows, on the pages after it, so a table below the list would print under
  // the list's headings (its 1,000 units took 14 pages, headed on the first alone).
  const rows = statuses(summary);
  const headings = section(WORDS.summary.expectedTitle, EXPECTED, rows.length === 0);
  const byCode = new Map(summary.units.map((u) => [unitKey(u.unit.code), u]));
  const statusStyle: Record<ExpectedUnitStatus["status"], StyleKey> = {
    received: "met",
    missing: "notMet",
    rejected: "notMet",
  };
  const blocOf = (s: ExpectedUnitStatus) => byCode.get(unitKey(s.unit.code))?.bloc ?? s.unit.bloc ?? null;
  rows.forEach((s, i) => {
    const row = byCode.get(unitKey(s.unit.code));
    put(
      EXPECTED,
      [
        i + 1,
        s.unit.code,
        s.unit.name,
        { value: WORDS.submissionStatus[s.status].vi, style: statusStyle[s.status] },
        s.due ? dateSerial(s.due) : null,
        s.received ? dateSerial(s.received) : null,
        s.daysLate,
        row && row.gaps.length > 0 ? gapsText(row.gaps) : null,
        row ? fileNames(row.sources) : null,
        s.unit.kind ? unitKindLabel(s.unit.kind, summary.period.end).vi : null,
        blocOf(s),
      ],
      "text",
    );
  });

  // A bloc's name up to 21 characters on one line: at 22 the sheet's figures print about 3 % smaller (7.1 pt).
  const plan = sheet.build({
    columnWidths: [...WIDTHS, UNIT_KIND_WIDTH, namesWidth(rows.map(blocOf), 16, 22)],
    protect: false,
  });
  return printable(plan, { about: summaryAbout(summary), repeatRows: { top: headings, bottom: headings } });
}
