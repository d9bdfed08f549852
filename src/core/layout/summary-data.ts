import { formDef } from "../catalog";
import { formCells, valueAt } from "../form/form";
import { DATA_COLUMNS, DATA_SHEET } from "../rollup/previous-figures";
import type { Summary } from "../rollup/types";
import { NUMBER_FORMATS, type SheetPlan } from "./plan";
import { printable } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { summaryAbout } from "./summary-common";
import { WORDS } from "../vocabulary";

/**
 * Every unit's figures under the cells' defined names, hidden: what the next period's roll-up reads
 * (previousFromGrid) to show each unit's change and warn on jumps.
 */
export function dataSheet(summary: Summary): SheetPlan {
  const cells = summary.templates.flatMap((id) =>
    formCells(formDef(id, summary.indicators, summary.subRows)),
  );
  const sheet = new SheetBuilder(DATA_SHEET, WORDS.summary.dataSheet);
  sheet.putRow(0, 0, [...DATA_COLUMNS, ...cells.map((c) => c.name)], { numFmt: NUMBER_FORMATS.text });
  summary.units.forEach((row, i) => {
    const r = i + 1;
    // Text-formatted so a code like "007" stays the code it is.
    sheet.putRow(r, 0, [row.unit.code, row.unit.name, row.report.period.id], { numFmt: NUMBER_FORMATS.text });
    cells.forEach((cell, j) => {
      const values = row.report.forms[cell.template];
      const value = values ? valueAt(values, cell.row.key, cell.col.key) : null;
      if (value !== null) sheet.put(r, DATA_COLUMNS.length + j, { value });
    });
  });
  const plan = sheet.build({ visibility: "hidden", columnWidths: [14, 36, 12], protect: false });
  // Hidden, but a user who shows it may print it: one page wide, like every other list.
  return printable(plan, { about: summaryAbout(summary), repeatRows: { top: 0, bottom: 0 } });
}
