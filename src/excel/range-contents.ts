/** What a range holds once loaded: the same properties Excel returns for it. */
export interface RangeContents {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  /** What Excel shows in each cell, whatever its column's width. */
  readonly text?: readonly (readonly string[])[];
  /** Each cell's number format, in English ("General", "#,##0"), where its text was loaded. */
  readonly numberFormats?: readonly (readonly unknown[])[];
  /** The addresses of the cells not on a hidden row or column (RangeView.cellAddresses). */
  readonly visible?: readonly (readonly string[])[];
  /**
   * Each cell's font colour, font size, fill and text layout, as Excel draws them (getDisplayedCellProperties:
   * conditional formats' fills and fonts where they hold) or, below ExcelApi 1.19, as set (getCellProperties).
   */
  readonly looks?: readonly (readonly Excel.CellProperties[])[];
  /** Each row's height in points, top to bottom (getRowProperties). */
  readonly rowHeights?: readonly (number | undefined)[];
  /** Each column's width in points, left to right (getColumnProperties). */
  readonly columnWidths?: readonly (number | undefined)[];
  /** The sheet's merged areas ("'Biểu 01'!B10:C10") that may cover a cell of the range. */
  readonly merged?: readonly string[];
}
