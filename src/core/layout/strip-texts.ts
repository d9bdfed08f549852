import type { Area } from "../grid/a1";
import { placeKey, type PlanCell, type SheetPlan } from "./plan";
import type { StyleKey } from "./styles";

/** The wrapping look of each style a title block or a note is written in. */
const WRAPPED: Partial<Record<StyleKey, StyleKey>> = {
  title: "titleWrapped",
  subtitle: "subtitleWrapped",
  info: "note",
  section: "sectionWrapped",
};

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
  // Passes over every cell of a summary's sheets, twice a sheet: a loop and numbers for places, and the
  // columns' bounds tested first, since nearly every cell lies outside them.
  const { cells } = plan;
  const within = (cell: PlanCell) => cell.col <= columns.right && cell.col >= columns.left;
  const texts: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (
      within(cell) &&
      typeof cell.value === "string" &&
      cell.value !== "" &&
      cell.style !== undefined &&
      WRAPPED[cell.style] !== undefined &&
      !printedOnce(cell.row)
    )
      texts.push(i);
  }
  if (texts.length === 0) return plan;
  const rows = new Set(texts.map((i) => cells[i]!.row));
  const filled = new Set<number>();
  for (const cell of cells)
    if (within(cell) && rows.has(cell.row) && cell.value !== null && cell.value !== "")
      filled.add(placeKey(cell.row, cell.col));
  const alone = (cell: PlanCell) => {
    for (let col = cell.col + 1; col <= columns.right; col++)
      if (filled.has(placeKey(cell.row, col))) return false;
    return true;
  };
  const kept = texts.filter((i) => alone(cells[i]!));
  if (kept.length === 0) return plan;
  const at = (area: Area) => placeKey(area.top, area.left);
  const keptAt = new Set(kept.map((i) => placeKey(cells[i]!.row, cells[i]!.col)));
  const merges = plan.merges.map((area) =>
    keptAt.has(at(area)) && area.right > columns.right ? { ...area, right: columns.right } : area,
  );
  const merged = new Set(merges.map(at));
  const wrapped = cells.slice();
  for (const i of kept) {
    const cell = cells[i]!;
    if (!merged.has(placeKey(cell.row, cell.col)) && cell.col < columns.right)
      merges.push({ top: cell.row, left: cell.col, bottom: cell.row, right: columns.right });
    wrapped[i] = { ...cell, style: WRAPPED[cell.style!] };
  }
  return { ...plan, cells: wrapped, merges };
}
