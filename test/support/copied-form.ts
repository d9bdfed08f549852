import {
  columnLetters,
  formCells,
  fromA1,
  getTemplate,
  type Area,
  type PlanCell,
  type TemplateId,
  type WorkbookPlan,
} from "../../src/core";

/** Every A1 reference of a same-sheet formula moved by `rows` and `cols`, as a copy and paste moves it. */
function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z_\d.!])([A-Z]{1,3})(\d+)(?![\d(A-Za-z_])/g, (ref: string) => {
            const at = fromA1(ref)!;
            return `${columnLetters(at.col + cols)}${at.row + 1 + rows}`;
          }),
    )
    .join("");
}

/**
 * The report with a copy of one form's sheet contents pasted further right (`down` false) or further
 * down, past everything the sheet holds, and every defined name of the form's cells moved onto the copy:
 * the trick of a report that shows one figure under the form's own headings and rolls up another. The
 * form's own inputs keep showing `shown` (by name); the copy's are left for the caller to fill by name.
 */
export function copiedForm<Plan extends WorkbookPlan>(
  plan: Plan,
  id: TemplateId,
  down: boolean,
  shown: Readonly<Record<string, number>>,
): { plan: Plan; moved: ReadonlyMap<string, { row: number; col: number }> } {
  const def = getTemplate(id);
  const sheet = plan.sheets.find((s) => s.name === def.sheetName)!;
  const rows = down ? Math.max(...sheet.cells.map((c) => c.row)) + 2 : 0;
  const cols = down ? 0 : Math.max(...sheet.cells.map((c) => c.col)) + 2;
  const formNames = new Set(formCells(def).map((cell) => cell.name));
  const original = new Map(
    plan.names.filter((n) => formNames.has(n.name)).map((n) => [`${n.row}:${n.col}`, n.name]),
  );
  const copy = (cell: PlanCell): PlanCell => ({
    ...cell,
    row: cell.row + rows,
    col: cell.col + cols,
    ...(cell.formula ? { formula: shiftFormula(cell.formula, rows, cols) } : {}),
  });
  const own = (cell: PlanCell): PlanCell => {
    const name = original.get(`${cell.row}:${cell.col}`);
    return name !== undefined && name in shown ? { ...cell, value: shown[name]! } : cell;
  };
  const shiftArea = (a: Area): Area => ({
    top: a.top + rows,
    bottom: a.bottom + rows,
    left: a.left + cols,
    right: a.right + cols,
  });
  const moved = new Map<string, { row: number; col: number }>();
  const names = plan.names.map((n) => {
    if (!formNames.has(n.name)) return n;
    moved.set(n.name, { row: n.row + rows, col: n.col + cols });
    return { ...n, row: n.row + rows, col: n.col + cols };
  });
  return {
    plan: {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s === sheet
          ? {
              ...s,
              cells: [...s.cells.map(own), ...s.cells.map(copy)],
              merges: [...s.merges, ...s.merges.map(shiftArea)],
            }
          : s,
      ),
      names,
    },
    moved,
  };
}
