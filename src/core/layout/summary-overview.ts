import type { Summary, TargetResult } from "../rollup/types";
import { targetsOf } from "../model/targets";
import { bilingual as both, fill } from "../text/text";
import { unitKindLabel } from "../model/units";
import { MET_TEXT, NOT_MET_TEXT } from "./form-layout";
import type { SheetPlan } from "./plan";
import { resultFormat } from "./result-format";
import { SheetBuilder } from "./sheet-builder";
import type { StyleKey } from "./styles";
import { usedArea } from "./print";
import {
  fileNames,
  HEADER_ROW,
  noteRows,
  NOTE_STYLE,
  printableUnitTable,
  tallHeader,
  title,
  unitCells,
  unitNote,
  UNIT_COLUMNS,
  UNIT_KIND_STYLE,
  UNIT_KIND_WIDTH,
  BLOC_STYLE,
  BLOC_MOST,
  namesWidth,
} from "./summary-common";
import { endedNotes, totalNotes } from "./summary-text";
import { WORDS } from "../vocabulary";

const SCORE_FORMAT = "0.00";

function metText(met: boolean | null): string | null {
  return met === null ? null : met ? MET_TEXT.vi : NOT_MET_TEXT.vi;
}

const metStyle = (met: boolean | null): StyleKey => (met === null ? "text" : met ? "met" : "notMet");

const change = (r: TargetResult) =>
  r.result === null || r.previous === undefined || r.previous === null ? null : r.result - r.previous;

/**
 * Per unit: every target with its result and assessment (and, against a previous period, the previous
 * result and the change), then score, grade, ranks, bloc, a note on a unit's missing rounds and source files (the charts have a sheet of their own).
 */
export function overviewSheet(summary: Summary): SheetPlan {
  const targets = targetsOf(summary.templates, summary.indicators);
  const span = summary.previous ? 5 : 3;
  const firstTarget = 4;
  const after = firstTarget + targets.length * span;
  const sheet = new SheetBuilder(WORDS.summary.overviewSheet.vi, WORDS.summary.overviewSheet);
  title(sheet, summary, Math.max(after + 7, 8));
  if (summary.previous)
    sheet.put(5, 0, {
      value: fill(WORDS.summary.comparedWith, { period: summary.previous.periodLabel }).vi,
      style: "info",
    });

  [WORDS.summary.no, WORDS.summary.unitCode, WORDS.summary.unitName, WORDS.summary.unitKind].forEach((h, i) =>
    tallHeader(sheet, i, h),
  );
  const perTarget = [
    WORDS.summary.target,
    WORDS.summary.result,
    WORDS.summary.assessment,
    ...(summary.previous ? [WORDS.summary.previousResult, WORDS.summary.change] : []),
  ];
  targets.forEach((target, i) => {
    const c = firstTarget + i * span;
    sheet
      .put(HEADER_ROW, c, { value: `${target.label.vi} (${target.template})`, style: "header" })
      .merge(HEADER_ROW, c, HEADER_ROW, c + span - 1);
    sheet.putRow(HEADER_ROW + 1, c, perTarget.map(both), { style: "headerEn" });
  });
  [
    WORDS.summary.score,
    WORDS.summary.grade,
    WORDS.summary.blocRank,
    WORDS.summary.rank,
    WORDS.summary.bloc,
    WORDS.summary.note,
    WORDS.summary.sourceFile,
    WORDS.summary.sha256,
  ].forEach((h, i) => tallHeader(sheet, after + i, h));

  const writeResults = (r: number, results: readonly TargetResult[]) =>
    results.forEach((result) => {
      const c = firstTarget + targets.findIndex((t) => t.key === result.key) * span;
      const numFmt = resultFormat(result.kind, result.result, result.target);
      sheet.put(r, c, { value: result.target, style: "number", numFmt });
      sheet.put(r, c + 1, { value: result.result, style: "number", numFmt });
      sheet.put(r, c + 2, { value: metText(result.met), style: metStyle(result.met) });
      if (!summary.previous) return;
      sheet.put(r, c + 3, { value: result.previous ?? null, style: "number", numFmt });
      sheet.put(r, c + 4, { value: change(result), style: "number", numFmt });
    });

  summary.units.forEach((row, i) => {
    const r = HEADER_ROW + 2 + i;
    unitCells(sheet, r, i + 1, row, summary);
    sheet.put(r, 3, {
      value: row.unit.kind ? unitKindLabel(row.unit.kind, summary.period.end).vi : null,
      style: UNIT_KIND_STYLE,
    });
    writeResults(r, row.attainment);
    sheet.put(r, after, { value: row.score, style: "number", numFmt: SCORE_FORMAT });
    sheet.putRow(r, after + 1, [row.grade, row.blocRank, row.rank], { style: "text" });
    sheet.put(r, after + 4, { value: row.bloc, style: BLOC_STYLE });
    sheet.put(r, after + 5, { value: unitNote(row), style: NOTE_STYLE });
    sheet.put(r, after + 6, { value: fileNames(row.sources), style: "text" });
    sheet.put(r, after + 7, { value: row.sources.map((s) => s.sha256).join("; "), style: "text" });
  });
  const totalRow = HEADER_ROW + 2 + summary.units.length;
  unitCells(sheet, totalRow, null, null, summary);
  writeResults(totalRow, summary.totalAttainment);
  noteRows(sheet, [...totalNotes(summary), ...endedNotes(summary)], totalRow + 1);
  const plan = sheet.build({
    columnWidths: [
      6,
      14,
      36,
      UNIT_KIND_WIDTH,
      ...targets.flatMap(() => Array<number>(span).fill(11)),
      10,
      12,
      10,
      10,
      namesWidth(summary.blocs, 16, BLOC_MOST),
      30,
      36,
      66,
    ],
    freeze: { rows: HEADER_ROW + 2, cols: UNIT_COLUMNS.right + 1 },
    protect: false,
  });
  return printableUnitTable(plan, summary, HEADER_ROW, {
    // A SHA-256 is for programs to compare files: the paper stops at the files' names.
    area: { ...usedArea(plan), right: after + 6 },
  });
}
