import { unitWarnings } from "../check/finding-groups";
import type { ExpectedUnitStatus, Summary } from "../rollup/types";
import { bilingual as both, fill, type Text } from "../text/text";
import { unitKey, unitKindLabel } from "../model/units";
import { NUMBER_FORMATS, type SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import type { StyleKey } from "./styles";
import { printable } from "./print";
import {
  dateSerial,
  fileNames,
  shortfall,
  HEADER_ROW,
  summaryAbout,
  title,
  UNIT_KIND_STYLE,
  UNIT_KIND_WIDTH,
  BLOC_STYLE,
  namesWidth,
} from "./summary-common";
import { WORDS } from "../vocabulary";

type Value = string | number | null;
/** A value, or one in a style of its own (the status, green or red). */
type Entry = Value | { readonly value: Value; readonly style: StyleKey };

/** A column of the list of units. */
interface Column {
  readonly header: Text;
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
/**
 * The sheet's columns but the last two (the unit's kind and bloc). The kind's room taken from the codes'
 * column (a code prints in 14 on Tổng hợp; a rejected file's name wraps there): the sheet prints one page
 * wide, so 11 characters more printed its figures under 7 pt, and the kind wrapped in 20 printed 1,000
 * units on 42 pages, not 21.
 */
const WIDTHS = [6, 19, 36, 16, 12, 12, 10, 24, 24];

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
 * "Tình trạng nộp": how many files were refused, how many warnings the units' files gave, how many units
 * sent twice and how many figures units left blank (each listed on a sheet of its own: rejectedSheet,
 * warningsSheet, duplicatesSheet, blanksSheet); then the list of units: each one's status, due date, day
 * received, days late and the part of the period it did not report (a year's rounds one by one: Từng đợt,
 * roundsSheet).
 */
export function statusSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder(WORDS.summary.statusSheet.vi, WORDS.summary.statusSheet);
  title(sheet, summary, 8);
  let r = HEADER_ROW;
  const put = (entries: readonly Entry[], style: StyleKey) => {
    EXPECTED.forEach((column, c) => {
      const entry = entries[c] ?? null;
      const [value, own] =
        entry !== null && typeof entry === "object"
          ? [entry.value, entry.style]
          : [entry, style === "header" ? style : (column.style ?? style)];
      const numFmt = style !== "header" && column.numFmt ? { numFmt: column.numFmt } : {};
      sheet.put(r, c, { value, style: own, ...numFmt });
    });
    r++;
  };
  /** A section's title, set apart from the one before by a blank row. */
  const sectionTitle = (text: Text) => {
    if (r > top) r++;
    sheet.put(r++, 0, { value: both(text), style: "section" });
  };

  // Wrapped across the sheet: on one line, its 343 characters printed cut at the page's edge, "… Pick the
  // campaign workbook (its TD_Unit".
  if (!summary.expected)
    sheet
      .put(r, 0, { value: both(WORDS.summary.noList), style: "note" })
      .merge(r, 0, r++, EXPECTED.length - 1);
  // Sections after the first are set apart by a blank row.
  const top = r;
  // The refused files, the units' warnings, the duplicates and the figures left blank on sheets of their
  // own (rejectedSheet, warningsSheet, duplicatesSheet, blanksSheet), said here where they were listed before.
  const elsewhere = (heading: Text, said: Text) => {
    sectionTitle(heading);
    sheet.put(r++, 0, { value: both(said), style: "info" });
  };
  const warnings = unitWarnings(summary.units);
  const unitsOf = (codes: readonly string[]) => new Set(codes.map(unitKey)).size;
  const lists: [heading: Text, count: number, said: Text, sheet: Text, units?: number][] = [
    [
      WORDS.summary.rejectedTitle,
      summary.rejected.length,
      WORDS.summary.rejectedElsewhere,
      WORDS.summary.rejectedSheet,
    ],
    [
      WORDS.summary.warningsTitle,
      warnings.length,
      WORDS.summary.warningsElsewhere,
      WORDS.summary.warningsSheet,
      unitsOf(warnings.map((w) => w.unit.code)),
    ],
    [
      WORDS.summary.duplicatesTitle,
      summary.duplicates.length,
      WORDS.summary.duplicatesElsewhere,
      WORDS.summary.duplicatesSheet,
    ],
    [
      WORDS.summary.unreportedTitle,
      summary.unreported.length,
      WORDS.summary.blanksElsewhere,
      WORDS.summary.blanksSheet,
      unitsOf(summary.unreported.flatMap((u) => u.units)),
    ],
  ];
  for (const [heading, count, said, where, units] of lists)
    elsewhere(
      heading,
      count === 0
        ? WORDS.summary.none
        : fill(said, { count, sheet: where, ...(units === undefined ? {} : { units }) }),
    );
  // The list of units comes last, its headings printed again at the top of every page it runs onto: a
  // sheet repeats one block of rows, on the pages after it, so a table below the list would print under
  // the list's headings (its 1,000 units took 14 pages, headed on the first alone).
  const rows = statuses(summary);
  sectionTitle(WORDS.summary.expectedTitle);
  const headings = r;
  put(
    EXPECTED.map((c) => both(c.header)),
    "header",
  );
  if (rows.length === 0) sheet.put(r++, 0, { value: both(WORDS.summary.none), style: "info" });
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
      [
        i + 1,
        s.unit.code,
        s.unit.name,
        { value: WORDS.submissionStatus[s.status].vi, style: statusStyle[s.status] },
        s.due ? dateSerial(s.due) : null,
        s.received ? dateSerial(s.received) : null,
        s.daysLate,
        row ? shortfall(row, (gaps) => ({ vi: gaps, en: gaps }), "; ") : null,
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
