import { toA1, type Area } from "../../../core/grid/a1";
import { storedFormula } from "./future-functions";
import { movedFormula } from "../../../core/grid/cell-references";
import type { PlanConditionalFormat, SheetPlan } from "../../../core/layout/plan";
import type { StyleSheet } from "./style-sheet";
import { xmlText } from "./xml-text";

const areaRef = (a: Area) =>
  a.top === a.bottom && a.left === a.right
    ? toA1(a.top, a.left)
    : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;

/**
 * A rule's formula is written for one cell of its areas, and readers disagree on which when there are
 * several: the top-left corner of them all, the first area's, or (LibreOffice) the first area corner in
 * its own order of cells. All agree when the first area holds the top-left corner, so the areas go in
 * groups that each start with their own corner: usually one.
 */
function anchoredGroups(areas: readonly Area[]): Area[][] {
  const groups: Area[][] = [];
  for (const area of areas) {
    const group = groups.find(([first]) => first!.top <= area.top && first!.left <= area.left);
    if (group) group.push(area);
    else groups.push([area]);
  }
  return groups;
}

/**
 * A plan's format as rules: each group with the formula moved to its first cell. Groups whose formula
 * reads the same are one rule again: the same text for two corners means it has no relative reference
 * along the way they differ, so it holds whichever corner a program takes.
 */
function rulesOf(format: PlanConditionalFormat): { areas: Area[]; formula: string }[] {
  const [first] = format.areas;
  if (!first) return [];
  const byFormula = new Map<string, Area[]>();
  for (const group of anchoredGroups(format.areas)) {
    const corner = group[0]!;
    const formula = movedFormula(format.formula, corner.top - first.top, corner.left - first.left);
    byFormula.set(formula, [...(byFormula.get(formula) ?? []), ...group]);
  }
  return [...byFormula].map(([formula, areas]) => ({ areas, formula }));
}

/**
 * The sheet's conditional formats, each an expression rule in its look's differential style. Priorities
 * follow the plan: where two looks apply to one cell, the one declared first wins. Rules over the same
 * areas share one element, as Excel writes them: Gnumeric keeps only the last element over a cell.
 */
export function conditionalFormattingXml(sheet: SheetPlan, styles: StyleSheet): string {
  const bySqref = new Map<string, string[]>();
  let priority = 0;
  for (const format of sheet.conditionalFormats ?? []) {
    const rules = rulesOf(format);
    if (rules.length === 0) continue;
    const dxf = styles.dxf(format.look);
    for (const { areas, formula } of rules) {
      const sqref = areas.map(areaRef).join(" ");
      const rule = `<cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><formula>${xmlText(storedFormula(formula))}</formula></cfRule>`;
      bySqref.set(sqref, [...(bySqref.get(sqref) ?? []), rule]);
    }
  }
  return [...bySqref]
    .map(
      ([sqref, rules]) => `<conditionalFormatting sqref="${sqref}">${rules.join("")}</conditionalFormatting>`,
    )
    .join("");
}
