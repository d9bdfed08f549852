import type { Area } from "../../core/grid/a1";
import type { PlanCell } from "../../core/layout/plan";
import type { CellStyle } from "../../core/layout/styles";
import { rectanglesOf } from "./areas";
import { cellMatrix, numberFormatAreas, type CellMatrix } from "./cell-matrix";
import { styleBlocks, verdictFormats, type VerdictFormat } from "./sheet-styles";

/**
 * A sheet's cells as Excel takes them: the number formats, contents, looks, verdict colours and unlocked
 * inputs over rectangles and rows. Working this out passes over every cell several times (about 1.7 s for
 * a 3,400-unit summary's largest sheet), so a roll-up does it in its worker, and the pane only queues it.
 */
export interface PreparedSheet {
  readonly numberFormats: readonly { readonly format: string; readonly areas: readonly Area[] }[];
  readonly matrix: CellMatrix | null;
  readonly styles: readonly { readonly style: CellStyle; readonly areas: readonly Area[] }[];
  readonly verdicts: readonly VerdictFormat[];
  readonly unlocked: readonly Area[];
}

export function prepareSheet(cells: readonly PlanCell[]): PreparedSheet {
  return {
    numberFormats: numberFormatAreas(cells),
    matrix: cellMatrix(cells),
    styles: styleBlocks(cells).map((block) => ({ style: block.style, areas: rectanglesOf(block.cells) })),
    verdicts: verdictFormats(cells),
    unlocked: rectanglesOf(cells.filter((c) => c.unlocked)),
  };
}
