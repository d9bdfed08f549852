import type { Area } from "../grid/a1";
import type { PlanCell, SheetPlan } from "./plan";
import type { StyleKey } from "./styles";

/** The wrapping look of each style a title block or a note is written in. */
const WRAPPED: Partial<Record<StyleKey, StyleKey>> = {
  title: "titleWrapped",
  subtitle: "subtitleWrapped",
  info: "note",
  section: "sectionWrapped",
};

const placeAt = (row: number, col: number) => `${row},${col}`;
const placeOf = (cell: PlanCell) => placeAt(cell.row, cell.col);

/**
 * A sheet printed in strips with its texts outside the table (title block, notes) kept to the repeated
 * columns, merged across them and wrapped, so that every strip prints them whole. Each strip prints the
 * repeated columns of every row: a text merged or spilling past them was printed whole on the first strip
 * only and cut at their edge on the others (the title read "TỔNG HỢP KẾT QUẢ THI ĐUA — Đợt 1 năm 2025
 * (0").
 * A text beside another cell within those columns is a table's, and stays as it is. `printedOnce` rows
 * print on a page of their own, full width.
 */
export function keptToRepeatedColumns(
  plan: SheetPlan,
  columns: { readonly left: number; readonly right: number },
  printedOnce: (row: number) => boolean,
): SheetPlan {
  const within = (cell: PlanCell) => cell.col >= columns.left && cell.col <= columns.right;
  const texts = plan.cells.filter(
    (cell) =>
      within(cell) &&
      typeof cell.value === "string" &&
      cell.value !== "" &&
      cell.style !== undefined &&
      WRAPPED[cell.style] !== undefined &&
      !printedOnce(cell.row),
  );
  if (texts.length === 0) return plan;
  const rows = new Set(texts.map((cell) => cell.row));
  const filled = new Set(
    plan.cells
      .filter((cell) => rows.has(cell.row) && within(cell) && cell.value !== null && cell.value !== "")
      .map(placeOf),
  );
  const alone = (cell: PlanCell) => {
    for (let col = cell.col + 1; col <= columns.right; col++)
      if (filled.has(placeAt(cell.row, col))) return false;
    return true;
  };
  const kept = new Set(texts.filter(alone));
  if (kept.size === 0) return plan;
  const at = (area: Area) => placeAt(area.top, area.left);
  const keptAt = new Set([...kept].map(placeOf));
  const merges = plan.merges.map((area) =>
    keptAt.has(at(area)) && area.right > columns.right ? { ...area, right: columns.right } : area,
  );
  const merged = new Set(merges.map(at));
  for (const cell of kept)
    if (!merged.has(placeOf(cell)) && cell.col < columns.right)
      merges.push({ top: cell.row, left: cell.col, bottom: cell.row, right: columns.right });
  return {
    ...plan,
    cells: plan.cells.map((cell) => (kept.has(cell) ? { ...cell, style: WRAPPED[cell.style!] } : cell)),
    merges,
  };
}
