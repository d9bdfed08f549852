import type { CellSizes, DrawnSizes, TextLayout } from "../../core/grid/grid";
import { relativeFontSize } from "../../core/report/column-room";
import { reportedFigureLayout, reportedLayout } from "../../core/report/judged-texts";
import type { CellStyles } from "./cell-styles";

/**
 * What any cell at one place of a sheet shows (a row's height, a style, a column's width): its sizes (as
 * given to the core) and its layout, and what only some cells ask for (a text's or a figure's layout as
 * reported, a figure's room, its sizes in General) made when first asked. A class with fields rather
 * than an object of closures: a report has a hundred and more places, each made as its sheet is read.
 */
export class PlaceLook {
  /** The room a figure there shows in, outside a merge across columns, made when first asked. */
  room?: CellSizes;
  /** Those sizes as the cells there are drawn in them, one object for them all; none where it has none. */
  readonly drawn: DrawnSizes | undefined;
  private text?: { layout: TextLayout | undefined };
  private figure?: { layout: TextLayout | undefined };
  private general?: { sizes: readonly CellSizes[] | undefined };

  constructor(
    readonly all: CellSizes,
    readonly layout: TextLayout,
    private readonly place: {
      readonly styles: CellStyles;
      readonly style: string | undefined;
      /** The width its column's `col` gives, none where none does. */
      readonly width: number | undefined;
      /** The height a turned text is judged against (see `SheetVisibility.placeLook`). */
      readonly rowHeight: number | undefined;
    },
  ) {
    const { rowHeight, columnWidth, fontSize } = all;
    this.drawn =
      rowHeight !== undefined || columnWidth !== undefined || fontSize !== undefined
        ? { styles: [all] }
        : undefined;
  }

  /** Its sizes as a figure in General is rounded to its column's own width, where the column sets one. */
  get generalSizes(): readonly CellSizes[] | undefined {
    const { width, styles } = this.place;
    // A column's width counts digits of the workbook's default font: a font that large takes one each.
    this.general ??= {
      sizes:
        width === undefined
          ? undefined
          : [
              {
                ...this.all,
                columnWidth: width,
                fontSize: relativeFontSize(this.all.fontSize, styles.defaultFontSize),
              },
            ],
    };
    return this.general.sizes;
  }

  textLayout(): TextLayout | undefined {
    return (this.text ??= { layout: reportedLayout(this.layout, () => this.sizesWithFont()) }).layout;
  }

  figureLayout(): TextLayout | undefined {
    return (this.figure ??= { layout: reportedFigureLayout(this.layout, () => this.sizesWithFont()) }).layout;
  }

  private sizesWithFont(): CellSizes {
    const { styles, style, rowHeight } = this.place;
    return { ...this.all, fontSize: styles.largestFontSize(style), rowHeight };
  }
}
