import type { Finding, Summary } from "../../src/core";

/** Twelve cells of one row, as a form left blank would name them. */
export const BLANK_CELLS = ["C9", "D9", "E9", "F9", "G9", "H9", "I9", "J9", "K9", "L9", "M9", "N9"];

/** A warning that a cell of Biểu 02 is blank, with a message short enough to compare whole. */
export const blankCell = (cell: string): Finding => ({
  severity: "warning",
  rule: "cell.blank",
  template: "B02",
  sheet: "Biểu 02",
  cell,
  message_vi: `${cell}: ô để trống`,
  message_en: `${cell}: blank`,
});

/**
 * The summary with a unit's file warning of blank cells first: the validator's own blank rules may change,
 * while each display's grouping must hold for any rule.
 */
export function withBlankCells(summary: Summary, code: string, cells = BLANK_CELLS): Summary {
  const units = summary.units.map((u) =>
    u.unit.code === code ? { ...u, warnings: [...cells.map(blankCell), ...u.warnings] } : u,
  );
  return { ...summary, units };
}
