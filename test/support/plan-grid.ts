import {
  toA1,
  type GridCell,
  type GridValue,
  type PlanCell,
  type WorkbookGrid,
  type WorkbookPlan,
} from "../../src/core";

/** What a reader would give for a cell we set by hand: a number, or text (e.g. a number stored as text). */
export type Fill = number | string | null;

function planValue(cell: PlanCell): GridValue | undefined {
  if (cell.value === null || cell.value === undefined) return undefined;
  return typeof cell.value === "number"
    ? { type: "number", value: cell.value }
    : { type: "string", value: cell.value };
}

/**
 * A workbook grid straight from a plan, as a perfect reader would see the written file; `fills` set
 * cells by defined name, `formulas` replace formulas by name (tampering), and cached values of formulas
 * are dropped when `stripCached` (a file saved by a program that does not calculate). A grid filled by
 * name holds no cached result for a formula, figure or text, as a file filled by a program that does not
 * calculate (openpyxl) holds none, unless `staleCached` keeps the blank template's (a program that keeps them).
 */
export function gridFromPlan(
  plan: WorkbookPlan,
  options: {
    fills?: Record<string, Fill>;
    formulas?: Record<string, string | null>;
    stripCached?: boolean;
    staleCached?: boolean;
  } = {},
): WorkbookGrid {
  const filled = options.fills !== undefined && !options.staleCached;
  const sheets = plan.sheets.map((sheet) => {
    const cells = new Map<string, GridCell>();
    for (const cell of sheet.cells) {
      const cached = planValue(cell);
      // A program that fills and saves the file keeps no cell holding an empty text (see fill-by-name).
      const dropped = filled && cached?.type === "string" && cached.value === "";
      const value = (cell.formula && (options.stripCached || filled)) || dropped ? undefined : cached;
      cells.set(toA1(cell.row, cell.col), {
        ...(value ? { value } : {}),
        ...(cell.formula ? { formula: cell.formula } : {}),
      });
    }
    return { name: sheet.name, visibility: sheet.visibility, cells };
  });
  const names = plan.names.map((n) => ({ name: n.name, sheet: n.sheet, address: toA1(n.row, n.col) }));
  const byName = new Map(names.map((n) => [n.name, n]));
  const at = (name: string) => {
    const target = byName.get(name);
    if (!target) throw new Error(`no defined name ${name}`);
    return { cells: sheets.find((s) => s.name === target.sheet)!.cells, address: target.address };
  };
  for (const [name, fill] of Object.entries(options.fills ?? {})) {
    const { cells, address } = at(name);
    const value: GridValue | undefined =
      fill === null
        ? undefined
        : typeof fill === "number"
          ? { type: "number", value: fill }
          : { type: "string", value: fill };
    cells.set(address, value ? { value } : {});
  }
  for (const [name, formula] of Object.entries(options.formulas ?? {})) {
    const { cells, address } = at(name);
    const previous = cells.get(address) ?? {};
    cells.set(address, formula === null ? { value: { type: "number", value: 1 } } : { ...previous, formula });
  }
  return { sheets, names };
}
