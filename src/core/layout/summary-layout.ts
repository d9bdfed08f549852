import { getTemplate, type TemplateDef } from "../catalog";
import { cellLabel, formCells, getCell, valueAt } from "../form";
import type { Report } from "../report";
import { targetsMet } from "../rollup/attainment";
import type { Summary, TargetResult, UnitRow } from "../rollup/types";
import { targetsOf } from "../targets";
import { bilingual as both, fill, type Text } from "../text";
import { unitKey, unitKindLabel } from "../units";
import { MET_TEXT, NOT_MET_TEXT } from "./form-layout";
import { NUMBER_FORMATS, type WorkbookPlan } from "./plan";
import { layoutReport } from "./report-layout";
import { SheetBuilder } from "./sheet-builder";
import type { StyleKey } from "./styles";
import { STATUS_TEXT, SUMMARY_TEXT as T } from "./summary-text";

const HEADER_ROW = 6;

function title(sheet: SheetBuilder, summary: Summary, lastCol: number, counts = true): void {
  const t = fill(T.title, { period: "{p}" });
  sheet
    .put(0, 0, { value: t.vi.replace("{p}", summary.period.label.vi), style: "title" })
    .merge(0, 0, 0, lastCol);
  sheet
    .put(1, 0, { value: t.en.replace("{p}", summary.period.label.en), style: "subtitle" })
    .merge(1, 0, 1, lastCol);
  const parent = fill(T.parent, { name: summary.parent.name, code: summary.parent.code });
  sheet.put(2, 0, { value: parent.vi, style: "info" });
  if (!counts) return;
  const c = fill(T.counts, {
    received: summary.units.length,
    missing: summary.expected ? summary.missing.length : "—",
    duplicates: summary.duplicates.length,
    rejected: summary.rejected.length,
  });
  sheet.put(3, 0, { value: c.vi, style: "info" });
  sheet.put(4, 0, { value: c.en, style: "subtitle" });
}

function metText(met: boolean | null): string | null {
  return met === null ? null : met ? MET_TEXT.vi : NOT_MET_TEXT.vi;
}

const metStyle = (met: boolean | null): StyleKey => (met === null ? "text" : met ? "met" : "notMet");

function unitCells(
  sheet: SheetBuilder,
  r: number,
  index: number | null,
  row: UnitRow | null,
  summary: Summary,
) {
  const unit = row?.unit ?? summary.parent;
  const style: StyleKey = row ? "text" : "total";
  sheet.put(r, 0, { value: index, style });
  sheet.put(r, 1, { value: row ? unit.code : T.total.vi, style });
  sheet.put(r, 2, {
    value: row ? unit.name + (row.status === "partial" ? T.partial.vi : "") : unit.name,
    style,
  });
}

/** Per unit: every target with its result and assessment, the number met, the ranking and the source file. */
function overviewSheet(summary: Summary) {
  const targets = targetsOf(summary.templates);
  const firstTarget = 4;
  const after = firstTarget + targets.length * 3;
  const sheet = new SheetBuilder(T.overviewSheet.vi, T.overviewSheet);
  title(sheet, summary, Math.max(after + 3, 8));

  const headers = [T.no, T.unitCode, T.unitName, T.unitKind];
  headers.forEach((h, i) =>
    sheet.put(HEADER_ROW, i, { value: both(h), style: "header" }).merge(HEADER_ROW, i, HEADER_ROW + 1, i),
  );
  targets.forEach((target, i) => {
    const c = firstTarget + i * 3;
    sheet
      .put(HEADER_ROW, c, { value: `${target.label.vi} (${target.template})`, style: "header" })
      .merge(HEADER_ROW, c, HEADER_ROW, c + 2);
    sheet.putRow(HEADER_ROW + 1, c, [both(T.target), both(T.result), both(T.assessment)], {
      style: "headerEn",
    });
  });
  [T.score, T.rank, T.sourceFile, T.sha256].forEach((h, i) =>
    sheet
      .put(HEADER_ROW, after + i, { value: both(h), style: "header" })
      .merge(HEADER_ROW, after + i, HEADER_ROW + 1, after + i),
  );

  const writeResults = (r: number, results: readonly TargetResult[]) =>
    results.forEach((result) => {
      const c = firstTarget + targets.findIndex((t) => t.key === result.key) * 3;
      const numFmt = NUMBER_FORMATS[result.kind];
      sheet.put(r, c, { value: result.target, style: "number", numFmt });
      sheet.put(r, c + 1, { value: result.result, style: "number", numFmt });
      sheet.put(r, c + 2, { value: metText(result.met), style: metStyle(result.met) });
    });

  summary.units.forEach((row, i) => {
    const r = HEADER_ROW + 2 + i;
    unitCells(sheet, r, i + 1, row, summary);
    sheet.put(r, 3, { value: row.unit.kind ? unitKindLabel(row.unit.kind).vi : null, style: "text" });
    writeResults(r, row.attainment);
    sheet.put(r, after, { value: row.score, style: "number" });
    sheet.put(r, after + 1, { value: row.rank, style: "number" });
    sheet.put(r, after + 2, { value: row.sources.map((s) => s.name).join("; "), style: "text" });
    sheet.put(r, after + 3, { value: row.sources.map((s) => s.sha256).join("; "), style: "text" });
  });
  const totalRow = HEADER_ROW + 2 + summary.units.length;
  unitCells(sheet, totalRow, null, null, summary);
  writeResults(totalRow, summary.totalAttainment);
  sheet.put(totalRow, after, { value: targetsMet(summary.totalAttainment), style: "total" });

  const firstUnitRow = HEADER_ROW + 2;
  const charts =
    summary.units.length > 0
      ? [
          {
            title: T.chartTitle,
            categories: { top: firstUnitRow, left: 2, bottom: totalRow - 1, right: 2 },
            values: { top: firstUnitRow, left: after, bottom: totalRow - 1, right: after },
            seriesName: T.score.vi,
            anchor: { row: totalRow + 2, col: 2 },
          },
        ]
      : [];
  return sheet.build({
    columnWidths: [6, 14, 36, 24, ...targets.flatMap(() => [11, 11, 11]), 10, 10, 36, 66],
    freeze: { rows: HEADER_ROW + 2, cols: 3 },
    protect: false,
    charts,
  });
}

/** Per unit, every figure of one template (flattened row by column), and the total row. */
function templateSheet(summary: Summary, def: TemplateDef) {
  const cells = formCells(def);
  const name = `${T.templateSheetPrefix}${def.sheetName}`;
  const sheet = new SheetBuilder(name, def.title);
  const first = 3;
  title(sheet, summary, first + cells.length - 1, false);
  sheet.put(3, 0, { value: def.title.vi, style: "section" });
  [T.no, T.unitCode, T.unitName].forEach((h, i) =>
    sheet.put(HEADER_ROW, i, { value: both(h), style: "header" }).merge(HEADER_ROW, i, HEADER_ROW + 1, i),
  );
  const single = def.columns.length === 1;
  def.rows.forEach((row, ri) => {
    const c = first + ri * def.columns.length;
    sheet
      .put(HEADER_ROW, c, { value: row.label.vi, style: "header" })
      .merge(HEADER_ROW, c, HEADER_ROW, c + def.columns.length - 1);
    def.columns.forEach((col, ci) =>
      sheet.put(HEADER_ROW + 1, c + ci, { value: single ? row.label.en : col.label.vi, style: "headerEn" }),
    );
  });
  const write = (r: number, report: Report | undefined, style: StyleKey) => {
    const values = report?.forms[def.id];
    cells.forEach((cell, i) =>
      sheet.put(r, first + i, {
        value: values ? valueAt(values, cell.row.key, cell.col.key) : null,
        style,
        numFmt: NUMBER_FORMATS[cell.kind],
      }),
    );
  };
  summary.units.forEach((row, i) => {
    unitCells(sheet, HEADER_ROW + 2 + i, i + 1, row, summary);
    write(HEADER_ROW + 2 + i, row.report, "number");
  });
  const totalRow = HEADER_ROW + 2 + summary.units.length;
  unitCells(sheet, totalRow, null, null, summary);
  write(totalRow, summary.total, "total");
  return sheet.build({
    columnWidths: [6, 14, 36, ...cells.map(() => 13)],
    freeze: { rows: HEADER_ROW + 2, cols: 3 },
    protect: false,
  });
}

/** Completeness: expected units and their status, rejected files with reasons, duplicates. */
function statusSheet(summary: Summary) {
  const sheet = new SheetBuilder(T.statusSheet.vi, T.statusSheet);
  title(sheet, summary, 5);
  let r = HEADER_ROW;
  const section = (text: Text, headers: Text[]) => {
    sheet.put(r, 0, { value: both(text), style: "section" });
    sheet.putRow(r + 1, 0, headers.map(both), { style: "header" });
    r += 2;
  };
  const none = () => sheet.put(r++, 0, { value: both(T.none), style: "info" });

  section(T.expectedTitle, [T.no, T.unitCode, T.unitName, T.unitKind, T.status, T.sourceFile]);
  if (!summary.expected) sheet.put(r++, 0, { value: both(T.noList), style: "info" });
  else {
    const byCode = new Map(summary.units.map((u) => [unitKey(u.unit.code), u]));
    summary.expected.forEach(({ unit, status }, i) => {
      const received = byCode.get(unitKey(unit.code));
      const style: StyleKey = status === "received" ? "met" : "notMet";
      sheet.putRow(r, 0, [i + 1, unit.code, unit.name, unit.kind ? unitKindLabel(unit.kind).vi : null], {
        style: "text",
      });
      sheet.put(r, 4, { value: STATUS_TEXT[status].vi, style });
      sheet.put(r++, 5, {
        value: received ? received.sources.map((s) => s.name).join("; ") : null,
        style: "text",
      });
    });
  }
  r++;
  section(T.rejectedTitle, [T.no, T.sourceFile, T.unitCode, T.reason, T.reasonEn, T.sha256]);
  if (summary.rejected.length === 0) none();
  summary.rejected.forEach((rej, i) =>
    sheet.putRow(
      r++,
      0,
      [i + 1, rej.source.name, rej.unitCode ?? null, rej.reason.vi, rej.reason.en, rej.source.sha256],
      {
        style: "text",
      },
    ),
  );
  r++;
  section(T.duplicatesTitle, [T.no, T.unitCode, T.period, T.kept, T.dropped]);
  if (summary.duplicates.length === 0) none();
  summary.duplicates.forEach((d, i) =>
    sheet.putRow(
      r++,
      0,
      [i + 1, d.unitCode, d.periodId, d.kept.name, d.dropped.map((f) => f.name).join("; ")],
      {
        style: "text",
      },
    ),
  );
  r++;
  section(T.unreportedTitle, [T.no, T.template, T.indicator, T.unitCode]);
  if (summary.unreported.length === 0) none();
  summary.unreported.forEach((u, i) => {
    const def = getTemplate(u.template);
    const label = cellLabel(def, getCell(def, u.row, u.col)).vi;
    sheet.putRow(r++, 0, [i + 1, def.sheetName, label, u.units.join(", ")], { style: "text" });
  });
  return sheet.build({ columnWidths: [6, 30, 36, 60, 60, 66], protect: false });
}

/**
 * The summary workbook: the overview with attainment and ranking, one sheet of per-unit figures per
 * template, completeness, and the parent-level report in the standard templates so it can be rolled up.
 */
export function layoutSummary(summary: Summary): WorkbookPlan {
  const parentReport = layoutReport({
    unit: summary.parent,
    period: summary.period,
    templates: summary.templates,
    targets: summary.total.targets,
    forms: summary.total.forms,
  });
  return {
    sheets: [
      overviewSheet(summary),
      ...summary.templates.map((id) => templateSheet(summary, getTemplate(id))),
      statusSheet(summary),
      ...parentReport.sheets,
    ],
    names: parentReport.names,
  };
}
