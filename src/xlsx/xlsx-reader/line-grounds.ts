import { MAX_COLUMNS, type KeptPositions } from "../sheet-geometry/sheet-areas";
import type { GridCell } from "../../core/grid/grid";
import { indentOf, relativeFontSize } from "../../core/report/column-room";
import { lineRun, ranOn, ruleDrawings } from "../../core/report/run-over";
import type { CellStyles } from "./cell-styles";
import type { RuleStyle } from "./sheet-conditional-formats";
import type { StyledRun } from "./shared-strings";
import type { SheetVisibility } from "./sheet-visibility";
import { MetPositions } from "./met-positions";

/** What else a line is drawn in: the runs of a text written in some, the conditional styles over a cell. */
export interface LineLooks {
  readonly runsAt: ReadonlyMap<string, readonly StyledRun[]>;
  readonly conditional: (row: number, col: number) => readonly RuleStyle[];
}

/**
 * The cells a sheet's texts may run on over, told as the sheet streams by: which positions hold
 * something, and the style of each empty cell that gives one. Once the sheet is read, each kept text
 * too long for its column is given the inks it is drawn in over the empty cells it runs on over, their
 * fills under its font (red team, round 55: the unit and period line in a narrowed column A vanished
 * over black cells beside it, while its own cell was white), and where a cell holding something cuts it
 * there, that cell's column.
 */
export class LineGrounds {
  private readonly emptyStyles = new Map<number, string>();
  /** The cells that hold something, by position: a sheet gives them in order, kept at 8 bytes each. */
  private readonly holding = new MetPositions();

  /** A cell that holds nothing, in `style` if it gives one. */
  empty(row: number, col: number, style: string | undefined): void {
    if (style !== undefined) this.emptyStyles.set(row * MAX_COLUMNS + col, style);
  }

  /** A cell that holds something, where a line running on is cut. */
  holds(row: number, col: number): void {
    this.holding.add(row * MAX_COLUMNS + col);
  }

  apply(
    cells: Map<string, GridCell>,
    kept: KeptPositions,
    visibility: SheetVisibility,
    styles: CellStyles,
    { runsAt, conditional }: LineLooks,
  ): void {
    const texts = kept.all.filter(({ address }) => {
      const cell = cells.get(address)!;
      return cell.value?.type === "string" && !cell.hidden;
    });
    if (texts.length === 0) return;
    const room = visibility.lineRoom(new Set(texts.map(({ row }) => row)));
    for (const { address, row, col, style, rowState } of texts) {
      const horizontal = styles.lineAlignments(style);
      if (horizontal.length === 0 || room.merged(row, col)) continue;
      const cell = cells.get(address)!;
      const size = styles.fontSize(style);
      const fontSize = relativeFontSize(size, styles.defaultFontSize);
      const layout = styles.textLayout(style);
      const indent = indentOf(layout);
      const runs = runsAt.get(address);
      const pieces = runs?.map(({ text, size: own }) => ({
        text,
        ...((own ?? size) !== undefined
          ? { fontSize: relativeFontSize(own ?? size, styles.defaultFontSize) }
          : {}),
      }));
      const { over, cutBy, passing } = lineRun(
        String(cell.value!.value),
        {
          horizontal,
          indent,
          ...(fontSize ? { fontSize } : {}),
          ...(pieces ? { pieces } : {}),
          ...(styles.bold(style) ? { bold: true } : {}),
        },
        col,
        {
          width: room.width,
          holds: (c) => this.holding.has(row * MAX_COLUMNS + c) || room.merged(row, c),
        },
      );
      const passed = runs && passing.map((index) => runs[index]!);
      const overLine = conditional(row, col);
      const inks = over.flatMap((c) => {
        const ground = this.emptyStyles.get(row * MAX_COLUMNS + c) ?? visibility.impliedStyle(rowState, c);
        return ruleDrawings(overLine, conditional(row, c), (rule) => rule.byRow === true).flatMap(
          ({ line, under }) =>
            styles.textInksOn(style, ground, {
              ...(passed ? { runs: passed } : {}),
              ...(line ? { line: line.dxf } : {}),
              ...(under ? { under: under.dxf } : {}),
            }),
        );
      });
      const ran = ranOn(cell, inks, cutBy, () => layout);
      if (ran) cells.set(address, ran);
    }
  }
}
