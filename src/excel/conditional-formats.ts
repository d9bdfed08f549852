import { r1c1Formula } from "../core/grid/cell-references";
import type { PlanConditionalFormat } from "../core/layout/plan";
import { CONDITIONAL_LOOKS, type CellStyle } from "../core/layout/styles";
import { addressLists, cellsOf, rectanglesOf } from "../host/excel-ready/areas";
import { commandBytes, type RequestBudget } from "./request-budget";

/**
 * Commands one rule costs: the ranges, the collection, add, custom, its rule and formula, the format
 * with its fill and font, and three properties.
 */
const RULE_COMMANDS = 12;

function applyLook(format: Excel.ConditionalRangeFormat, look: CellStyle): void {
  if (look.bold) format.font.bold = true;
  if (look.color) format.font.color = `#${look.color}`;
  if (look.fill) format.fill.color = `#${look.fill}`;
}

/**
 * Adds the plan's conditional formats as custom rules, one per address list (see addressLists). The
 * formula goes in R1C1 notation, where a relative reference is an offset from the cell evaluating it:
 * Excel then reads it alike over any split of the areas, whichever cell it takes a list's formula to be
 * written for. Excel adds each rule at the top, so they are added last first: where two looks apply to
 * one cell, the one declared first wins, as in the file.
 */
export async function writeConditionalFormats(
  sheet: Excel.Worksheet,
  budget: RequestBudget,
  formats: readonly PlanConditionalFormat[],
): Promise<void> {
  for (const format of [...formats].reverse()) {
    const [first] = format.areas;
    if (!first) continue;
    const formula = `=${r1c1Formula(format.formula, first.top, first.left)}`;
    for (const list of addressLists(rectanglesOf(format.areas.flatMap(cellsOf)))) {
      await budget.reserve(commandBytes(RULE_COMMANDS, [list, formula]));
      const custom = sheet.getRanges(list).conditionalFormats.add("Custom").custom;
      custom.rule.formulaR1C1 = formula;
      applyLook(custom.format, CONDITIONAL_LOOKS[format.look]);
    }
  }
}
