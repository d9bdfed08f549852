import {
  NOMINATION_COLUMNS,
  NOMINATION_SHEET,
  NOMINATION_SUBJECTS,
  NOMINATION_TITLE,
  nominationLineCount,
  nominationName,
  type Nomination,
  type NominationAward,
  type NominationKind,
} from "../catalog";
import { MAX_FIGURE } from "../form/form";
import { columnLetters, quoteSheet } from "../grid/a1";
import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { putUnitLines } from "./unit-lines";
import { bilingual } from "../text/text";
import { WORDS } from "../vocabulary";
import { NUMBER_FORMATS, type PlanName, type SheetPlan } from "./plan";
import { printable, printedAbout } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { signatureBlock } from "./signature-block";

/** The help line, the Vietnamese headings and their English, then the lines. */
export const NOMINATION_HEADER_ROW = 5;
export const NOMINATION_FIRST_ROW = NOMINATION_HEADER_ROW + 2;
/** The line number's column, then the definition's columns. */
export const NOMINATION_FIRST_COL = 1;
/** The drop-down lists, right of the printed list past one blank column. */
const LISTS_COL = NOMINATION_FIRST_COL + NOMINATION_COLUMNS.length + 1;

/** The words a subject is written with on the sheet: Cá nhân, "Công trình, sáng kiến". */
export const subjectWord = (subject: (typeof NOMINATION_SUBJECTS)[number]) => WORDS.nominations[subject];

/** What a proposal's cell holds, written as a clerk would type it. */
function typedValue(n: Nomination, key: string): string | number | null {
  const yesNo = n.directWorker ? WORDS.campaignSheets.yes : WORDS.campaignSheets.no;
  const values: Record<string, string | number | null> = {
    subject: subjectWord(n.subject).vi,
    name: n.name,
    position: n.position,
    achievement: n.achievement,
    value: n.value,
    award: n.award,
    direct_worker: yesNo.vi,
  };
  return values[key] ?? null;
}

/**
 * A unit's "Đề nghị khen thưởng" sheet: a list of NOMINATION_LINES blank lines, one a person or work,
 * headings locked, drop-downs for the subject, the award (the campaign's awards to people and works) and
 * direct worker; A4 with the signature block, as the forms print. A summary's report to the level above
 * has the same sheet with the proposals it passes on already written, as many lines as they need.
 */
export function layoutNominationSheet(input: {
  unit: ReportingUnit;
  period: Period;
  awards: readonly NominationAward[];
  proposed?: readonly Nomination[];
}): { sheet: SheetPlan; names: PlanName[] } {
  const sheet = new SheetBuilder(NOMINATION_SHEET, NOMINATION_TITLE);
  const last = NOMINATION_FIRST_COL + NOMINATION_COLUMNS.length - 1;
  sheet.put(0, 0, { value: NOMINATION_TITLE.vi, style: "title" }).merge(0, 0, 0, last);
  sheet.put(1, 0, { value: NOMINATION_TITLE.en, style: "subtitle" }).merge(1, 0, 1, last);
  const widths = [6, ...NOMINATION_COLUMNS.map((c) => c.width)];
  putUnitLines(sheet, input.unit, input.period, widths);
  sheet.put(4, 0, { value: WORDS.nominations.help.vi, style: "note" }).merge(4, 0, 4, last);
  sheet.rowHeight(4, 45);

  const header = NOMINATION_HEADER_ROW;
  sheet.put(header, 0, { value: WORDS.nominations.lineNo.vi, style: "header" });
  sheet.put(header + 1, 0, { value: WORDS.nominations.lineNo.en, style: "headerEn" });
  NOMINATION_COLUMNS.forEach((column, i) => {
    sheet.put(header, NOMINATION_FIRST_COL + i, { value: column.label.vi, style: "header" });
    sheet.put(header + 1, NOMINATION_FIRST_COL + i, { value: column.label.en, style: "headerEn" });
  });

  const lists = listRanges(sheet, input.awards);
  const proposed = input.proposed ?? [];
  const lines = nominationLineCount(proposed.length);
  for (let line = 1; line <= lines; line++) {
    const row = NOMINATION_FIRST_ROW + line - 1;
    const nomination = proposed[line - 1];
    sheet.put(row, 0, { value: line, style: "text" });
    NOMINATION_COLUMNS.forEach((column, i) => {
      const col = NOMINATION_FIRST_COL + i;
      const numFmt = column.kind === "money" ? NUMBER_FORMATS.money : NUMBER_FORMATS.text;
      const value = nomination ? typedValue(nomination, column.key) : null;
      sheet.put(row, col, { value, style: "input", numFmt, unlocked: true });
      sheet.defineName(nominationName(line, column.key), row, col);
    });
  }
  const lastLine = NOMINATION_FIRST_ROW + lines - 1;
  // Each column's lines, for the drop-down or the whole-number check its kind takes.
  const areas = (kind: NominationKind) =>
    NOMINATION_COLUMNS.flatMap((c, i) =>
      c.kind === kind
        ? [
            {
              top: NOMINATION_FIRST_ROW,
              left: NOMINATION_FIRST_COL + i,
              bottom: lastLine,
              right: NOMINATION_FIRST_COL + i,
            },
          ]
        : [],
    );
  for (const kind of ["subject", "award", "yesno"] as const)
    sheet.validate({
      areas: areas(kind),
      list: lists[kind],
      warnOnly: false,
      title: WORDS.nominations.listTitle.vi,
      message: bilingual(WORDS.nominations.listHelp),
    });
  sheet.validate({
    areas: areas("money"),
    min: 0,
    max: MAX_FIGURE,
    title: WORDS.nominations.moneyTitle.vi,
    message: bilingual(WORDS.nominations.moneyHelp),
  });

  blanksMarked(sheet, lastLine);

  const end = signatureBlock(sheet, lastLine + 2, widths);
  const built = sheet.build({
    columnWidths: [...widths, 3, 24, 24, 10],
    freeze: { rows: NOMINATION_FIRST_ROW, cols: 0 },
    protect: true,
  });
  return {
    sheet: printable(built, {
      about: printedAbout(input.unit, input.period),
      repeatRows: { top: header, bottom: header + 1 },
      area: { top: 0, left: 0, bottom: end, right: last },
    }),
    names: sheet.names,
  };
}

/**
 * The drop-downs' values, in three columns right of what prints: a list validation takes a range (an
 * inline list holds 255 characters, fewer than a campaign's award names may).
 */
function listRanges(
  sheet: SheetBuilder,
  awards: readonly NominationAward[],
): Record<"subject" | "award" | "yesno", string> {
  const columns = {
    subject: NOMINATION_SUBJECTS.map((s) => subjectWord(s).vi),
    award: awards.map((a) => a.award),
    yesno: [WORDS.campaignSheets.yes.vi, WORDS.campaignSheets.no.vi],
  };
  sheet.put(NOMINATION_HEADER_ROW - 1, LISTS_COL, {
    value: WORDS.nominations.listsHeading.vi,
    style: "section",
  });
  const ranges = {} as Record<keyof typeof columns, string>;
  (Object.keys(columns) as (keyof typeof columns)[]).forEach((key, i) => {
    const col = LISTS_COL + i;
    const values = columns[key];
    const heading = NOMINATION_COLUMNS.find((c) => c.kind === key)!.label.vi;
    sheet.put(NOMINATION_HEADER_ROW, col, { value: heading, style: "header" });
    values.forEach((value, n) => sheet.put(NOMINATION_HEADER_ROW + 1 + n, col, { value, style: "text" }));
    const letters = columnLetters(col);
    const [top, bottom] = [NOMINATION_HEADER_ROW + 2, NOMINATION_HEADER_ROW + 1 + Math.max(values.length, 1)];
    ranges[key] = `${quoteSheet(NOMINATION_SHEET)}!$${letters}$${top}:$${letters}$${bottom}`;
  });
  return ranges;
}

/**
 * Red on what the roll-up refuses a line for, as the clerk types: a line with content but no name, and a
 * named line's blank award or direct worker (the drop-downs refuse any other value).
 */
function blanksMarked(sheet: SheetBuilder, lastLine: number): void {
  const col = (key: string) => NOMINATION_FIRST_COL + NOMINATION_COLUMNS.findIndex((c) => c.key === key);
  const letters = (key: string) => columnLetters(col(key));
  const first = NOMINATION_FIRST_ROW + 1;
  const line = `$${columnLetters(NOMINATION_FIRST_COL)}${first}:$${columnLetters(col("direct_worker"))}${first}`;
  const area = (key: string) => ({
    top: NOMINATION_FIRST_ROW,
    left: col(key),
    bottom: lastLine,
    right: col(key),
  });
  sheet.conditionalFormat({
    areas: [area("name")],
    formula: `AND(${letters("name")}${first}="",COUNTA(${line})>0)`,
    look: "error",
  });
  for (const key of ["award", "direct_worker"])
    sheet.conditionalFormat({
      areas: [area(key)],
      formula: `AND($${letters("name")}${first}<>"",${letters(key)}${first}="")`,
      look: "error",
    });
}
