import { fromA1, quoteSheet } from "../../../src/core";
import { excelError } from "./excel-error";
import { FakePageLayout, fakePageBreaks } from "./fake-page-layout";
import { Proxy, requireApi, type SyncHost } from "./fake-proxy";
import {
  cellAddress,
  cellsIn,
  fixedCells,
  formatWith,
  mapRuleFormulas,
  parseRect,
  rectA1,
  type CellValidation,
  type ChartState,
  type ConditionalFormatState,
  type ShapeState,
  type PivotState,
  type SeriesState,
  type FakeCell,
  type FormatKey,
  unshared,
  type NameState,
  type Rect,
  type SheetState,
  type WorkbookState,
} from "./fake-state";

/**
 * Proxies shaped like the part of Excel's object model the host uses. Writes apply at once; reads
 * throw unless the property was loaded and a sync happened since, as Office.js's do. Excel's own
 * refusals the host must respect are enforced: sheet-name rules, protected sheets and workbook
 * structure, sheet passwords, very hidden sheets, duplicate names, data-validation text lengths, the
 * 255-character address of getRanges.
 */

/** A collection whose items are read as of the last sync that followed a load. */
abstract class FakeCollection<T extends Proxy> extends Proxy {
  private snapshot?: T[];
  private itemProperties: string[] = [];

  override load(properties = ""): this {
    this.itemProperties = properties
      .split(",")
      .map((s) => s.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    return super.load(properties.includes("items") ? "items" : properties);
  }
  override settle(): void {
    super.settle();
    this.snapshot = this.current().map((item) => {
      item.markLoaded(this.itemProperties);
      return item;
    });
  }
  protected abstract current(): T[];
  get items(): T[] {
    return this.read("items", () => this.snapshot!);
  }
  /** The items' loaded properties are what the answer carries. */
  override responseBytes(): number {
    const items = this.snapshot ?? [];
    return super.responseBytes() + items.reduce((n, item) => n + item.weigh(this.itemProperties) + 3, 0);
  }
}

/** Adding, deleting, renaming, hiding or showing a sheet changes the workbook's structure. */
function structural(book: WorkbookState): void {
  if (book.structureProtected)
    throw excelError("AccessDenied: the workbook's structure is protected; unprotect it to change sheets");
}

function writable(sheet: SheetState): SheetState {
  if (sheet.deleted) throw excelError(`ItemNotFound: sheet ${sheet.name} was deleted`);
  if (sheet.protection.protected)
    throw excelError(`AccessDenied: the sheet ${sheet.name} is protected; unprotect it to change it`);
  return sheet;
}

/** A RangeFormat whose setters apply to every cell of the range's areas. */
function fakeFormat(range: FakeRange) {
  const each = (value: unknown, key: FormatKey) => {
    range.queue(value);
    range.reformat(key, value);
  };
  return {
    font: {
      set bold(v: boolean) {
        each(v, "bold");
      },
      set italic(v: boolean) {
        each(v, "italic");
      },
      set size(v: number) {
        each(v, "size");
      },
      set color(v: string) {
        each(v, "color");
      },
    },
    fill: {
      set color(v: string) {
        each(v, "fill");
      },
    },
    protection: {
      set locked(v: boolean) {
        each(v, "locked");
      },
    },
    borders: {
      getItem: (edge: string) => ({
        set style(v: string) {
          each(v, `borders/${edge}`);
        },
        set weight(v: string) {
          each(v, `borders/${edge}Weight`);
        },
      }),
    },
    set wrapText(v: boolean) {
      each(v, "wrap");
    },
    set horizontalAlignment(v: string) {
      each(v, "align");
    },
    /** Heights touch no cell: a range's rows take the height whole. */
    set rowHeight(points: number) {
      range.queue(points);
      for (const rect of range.rects)
        for (let r = rect.top; r <= rect.bottom; r++) writable(range.sheet).rowHeights.set(r, points);
    },
    /** Widths touch no cell: the host sizes whole columns only. */
    set columnWidth(points: number) {
      range.queue(points);
      for (const rect of range.rects)
        for (let c = rect.left; c <= rect.right; c++) range.sheet.columnWidths.set(c, points);
    },
  };
}

/** What DataValidation.type says of a rule (Excel.DataValidationType): the kind of criteria it holds. */
const VALIDATION_TYPES: Record<string, Excel.DataValidationType> = {
  wholeNumber: "WholeNumber" as Excel.DataValidationType,
  decimal: "Decimal" as Excel.DataValidationType,
  list: "List" as Excel.DataValidationType,
  date: "Date" as Excel.DataValidationType,
  time: "Time" as Excel.DataValidationType,
  textLength: "TextLength" as Excel.DataValidationType,
  custom: "Custom" as Excel.DataValidationType,
};

/**
 * A range's data validation. A rule's formulas (a list's source, a custom formula) are references, as
 * Excel keeps them: a sheet the workbook lacks is #REF!, and they follow renames (WorkbookState). Read,
 * it is the rule of every cell of the range, or "Inconsistent" where they differ, "MixedCriteria" where
 * some cells have none.
 */
class FakeDataValidation extends Proxy {
  constructor(
    host: SyncHost,
    private readonly range: FakeRange,
  ) {
    super(host);
  }
  private each(apply: (v: CellValidation) => void, value: unknown) {
    this.range.queue(value);
    this.range.forEachCell((cell) => apply((cell.validation ??= {})));
    this.range.givenReferences();
  }
  /** The rule each cell of the range holds (undefined for none), by its JSON. */
  private rules(): { rules: Map<string, Excel.DataValidationRule>; without: boolean } {
    const rules = new Map<string, Excel.DataValidationRule>();
    let found = 0;
    for (const rect of this.range.rects)
      for (const [address, cell] of this.range.sheet.cells) {
        const rule = cell.validation?.rule;
        if (!rule || !within(rect, address)) continue;
        found++;
        rules.set(JSON.stringify(rule), rule);
      }
    const size = this.range.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    return { rules, without: found < size };
  }
  get type(): Excel.DataValidationType {
    return this.read("type", () => {
      const { rules, without } = this.rules();
      if (rules.size === 0) return "None" as Excel.DataValidationType;
      if (without) return "MixedCriteria" as Excel.DataValidationType;
      if (rules.size > 1) return "Inconsistent" as Excel.DataValidationType;
      return VALIDATION_TYPES[Object.keys([...rules.values()][0]!)[0]!]!;
    });
  }
  get rule(): Excel.DataValidationRule {
    return this.read("rule", () => {
      const { rules, without } = this.rules();
      return rules.size === 1 && !without ? [...rules.values()][0]! : {};
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    const resolved = mapRuleFormulas(rule, (formula) => this.host.book.resolveSheets(formula));
    this.each((v) => (v.rule = resolved), rule);
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    if ((alert.title ?? "").length > 32)
      throw excelError(`InvalidArgument: error title over 32: ${alert.title}`);
    if ((alert.message ?? "").length > 225) throw excelError("InvalidArgument: error message over 225");
    this.each((v) => (v.errorAlert = alert), alert);
  }
  set ignoreBlanks(ignore: boolean) {
    this.each((v) => (v.ignoreBlanks = ignore), ignore);
  }
}

/** Whether the cell at an A1 address lies in a rectangle. */
function within(rect: Rect, address: string): boolean {
  const { row, col } = fromA1(address)!;
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/**
 * The fewest rectangles, roughly, covering cells (row and column from 0): each column's runs of rows,
 * side-by-side runs over the same rows joined; as Excel gives special cells, in areas.
 */
function rectanglesOver(cells: readonly { row: number; col: number }[]): Rect[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) byColumn.set(col, [...(byColumn.get(col) ?? []), row]);
  const runs: Rect[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = byColumn.get(col)!.sort((a, b) => a - b);
    let start = rows[0]!;
    rows.forEach((row, i) => {
      if (rows[i + 1] === row + 1) return;
      const previous = runs.find((r) => r.top === start && r.bottom === row && r.right === col - 1);
      if (previous) previous.right = col;
      else runs.push({ top: start, bottom: row, left: col, right: col });
      start = rows[i + 1]!;
    });
  }
  return runs;
}

class FakeRule extends Proxy {
  constructor(
    host: SyncHost,
    private readonly state: ConditionalFormatState,
  ) {
    super(host);
  }
  /**
   * Excel gives a rule set in R1C1 notation back in A1 too; the fake keeps the text it was given, which
   * is all clearing marks needs to tell ours from others.
   */
  get formula(): string {
    return this.read("formula", () => this.state.formula ?? this.state.formulaR1C1 ?? "");
  }
  /** A formula naming another sheet is a reference, as a cell's (see WorkbookState.renameReferences). */
  set formula(v: string) {
    this.state.formula = this.host.book.resolveSheets(v);
  }
  set formulaR1C1(v: string) {
    this.state.formulaR1C1 = this.host.book.resolveSheets(v);
  }
}

/** A cell-value conditional format: its rule's formulas are references too. */
class FakeCellValueFormat extends Proxy {
  constructor(
    host: SyncHost,
    private readonly state: ConditionalFormatState,
    readonly format: ReturnType<typeof colours>,
  ) {
    super(host);
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this.read("rule", () => this.state.rule!);
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    const resolve = (f: string | undefined) => (f === undefined ? f : this.host.book.resolveSheets(f));
    this.state.rule = {
      ...rule,
      formula1: resolve(rule.formula1)!,
      ...(rule.formula2 === undefined ? {} : { formula2: resolve(rule.formula2) }),
    };
  }
}

/** The colours, weight and number format a conditional format gives. */
function colours(state: ConditionalFormatState) {
  return {
    /** ConditionalRangeFormat.numberFormat (ExcelApi 1.6): the format a cell shows its figure in where the rule holds. */
    set numberFormat(v: Excel.ConditionalRangeFormat["numberFormat"]) {
      state.numberFormat = v;
    },
    fill: {
      set color(v: string) {
        state.fill = v;
      },
    },
    font: {
      set color(v: string) {
        state.fontColor = v;
      },
      set bold(v: boolean) {
        state.bold = v;
      },
    },
  };
}

class FakeConditionalFormat extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly state: ConditionalFormatState,
  ) {
    super(host);
  }
  get type(): string {
    return this.read("type", () => this.state.type);
  }
  /** ConditionalFormat.id (ExcelApi 1.6): the same for the format in every collection that lists it. */
  get id(): Excel.ConditionalFormat["id"] {
    return this.read("id", () => String(this.state.id));
  }
  /** Excel refuses the custom properties of another type of conditional format (office-js#2180). */
  get custom() {
    if (this.state.type !== "Custom") throw excelError("InvalidOperation: not a custom conditional format");
    return { rule: new FakeRule(this.host, this.state), format: this.colours() };
  }
  get cellValue(): FakeCellValueFormat {
    if (this.state.type !== "CellValue") throw excelError("InvalidOperation: not a cell-value format");
    return new FakeCellValueFormat(this.host, this.state, colours(this.state));
  }
  private colours() {
    return colours(this.state);
  }
  /** The `*OrNullObject` properties of each kind (ExcelApi 1.6): a null object on a format of another kind. */
  get customOrNullObject() {
    return this.ofKind("Custom", "customOrNullObject");
  }
  get cellValueOrNullObject() {
    return this.ofKind("CellValue", "cellValueOrNullObject");
  }
  get textComparisonOrNullObject() {
    return this.ofKind("ContainsText", "textComparisonOrNullObject");
  }
  get topBottomOrNullObject() {
    return this.ofKind("TopBottom", "topBottomOrNullObject");
  }
  get presetOrNullObject() {
    return this.ofKind("PresetCriteria", "presetOrNullObject");
  }
  /**
   * A kind's properties, as loaded through `property`: its format's number format (null where it sets
   * none) and its rule, a cell-value or preset rule as set, a custom rule's formula. Excel gives nothing
   * of a null object's.
   */
  private ofKind(
    type: string,
    property: string,
  ): {
    readonly isNullObject: boolean;
    readonly format: Pick<Excel.ConditionalRangeFormat, "numberFormat">;
    readonly rule: Excel.ConditionalCellValueRule &
      Excel.ConditionalPresetCriteriaRule &
      Pick<Excel.ConditionalFormatRule, "formula">;
  } {
    const { state } = this;
    const isNullObject = state.type !== type;
    const read = <T>(path: string, get: () => T): T => {
      if (isNullObject) throw excelError(`InvalidOperation: ${property} is a null object`);
      return this.read(`${property}/${path}`, get);
    };
    return {
      isNullObject,
      format: {
        get numberFormat() {
          return read("format/numberFormat", () => state.numberFormat ?? null);
        },
      },
      get rule() {
        if (type === "Custom")
          return { formula: read("rule/formula", () => state.formula ?? state.formulaR1C1 ?? "") } as never;
        return read("rule", () => state.rule ?? state.preset) as never;
      },
    };
  }
  /** ConditionalFormat.getRanges (ExcelApi 1.9): the areas it applies to. */
  getRanges(): FakeRange {
    return new FakeRange(this.host, this.sheet, this.state.areas);
  }
  delete(): void {
    writable(this.sheet).conditionalFormats = this.sheet.conditionalFormats.filter((cf) => cf !== this.state);
    this.host.book.log(`cf-delete ${this.sheet.name}`);
  }
}

/** The conditional formats that intersect a range (Range.conditionalFormats). */
class FakeConditionalFormats extends FakeCollection<FakeConditionalFormat> {
  constructor(
    host: SyncHost,
    private readonly range: FakeRange,
  ) {
    super(host);
  }
  protected current(): FakeConditionalFormat[] {
    const sheet = this.range.sheet;
    return sheet.conditionalFormats
      .filter((cf) => this.range.rects.some((r) => sheet.conditionalFormatsOn(r).includes(cf)))
      .map((state) => new FakeConditionalFormat(this.host, sheet, state));
  }
  add(type: string): FakeConditionalFormat {
    const sheet = writable(this.range.sheet);
    return new FakeConditionalFormat(this.host, sheet, sheet.addConditionalFormat(type, this.range.rects));
  }
}

type Matrix = readonly (readonly unknown[])[];
/** One value for every cell of a range. */
type Single = string | number | boolean;

class FakeRange extends Proxy {
  constructor(
    host: SyncHost,
    readonly sheet: SheetState,
    readonly rects: readonly Rect[],
    private readonly nullObject = false,
  ) {
    super(host);
  }

  override get isNullObject(): boolean {
    return super.isNullObject || this.nullObject;
  }

  /** Logs which cells' contents were loaded, so tests can see what a read would cost. */
  override load(properties = ""): this {
    if (/values|formulas|valueTypes/.test(properties) && !this.nullObject)
      for (const rect of this.rects) this.host.book.reads.push(`${this.sheet.name}!${rectA1(rect)}`);
    return super.load(properties);
  }

  /**
   * The range's cells, looked up once (a style sets a dozen properties on the same areas), their formats
   * and validations made their own where shared with the workbook they were copied from (unshared).
   */
  declare private cellList?: FakeCell[];
  /** The sheet's cells the list was taken from: taken again where a copy has fixed them since (sharingCopyOf). */
  declare private cellListOf?: ReadonlyMap<string, FakeCell>;

  /** Its cells were given a validation, whose rule a sheet's rename may change (SheetState.mentions). */
  givenReferences(): void {
    for (const rect of this.rects) for (const address of cellsIn(rect)) this.sheet.mentioned(address);
  }

  forEachCell(apply: (cell: FakeCell) => void): void {
    for (const cell of this.ownCells()) apply(cell);
  }

  /**
   * Each of the range's cells given its format with `key` set to `value` (formatWith): the cells formatted
   * alike share one format, each worked out once for the cells that had the same.
   */
  reformat(key: FormatKey, value: unknown): void {
    let [before, after] = [
      undefined as FakeCell["format"] | undefined,
      undefined as FakeCell["format"] | undefined,
    ];
    for (const cell of this.ownCells()) {
      if (cell.format !== before) [before, after] = [cell.format, formatWith(cell.format, key, value)];
      cell.format = after!;
    }
  }

  private ownCells(): FakeCell[] {
    writable(this.sheet);
    if (!this.cellList || this.cellListOf !== this.sheet.cells || fixedCells(this.sheet.cells)) {
      this.cellList = this.rects.flatMap((rect) =>
        cellsIn(rect).map((address) => unshared(this.sheet.cellToWrite(address))),
      );
      this.cellListOf = this.sheet.cells;
    }
    return this.cellList;
  }

  private only(): Rect {
    if (this.rects.length !== 1) throw excelError("InvalidOperation: one area expected");
    return this.rects[0]!;
  }

  /** Where the range lies from A1 and its size, in points (ExcelApi 1.10: older Excel has none). */
  private geometry(property: "left" | "top" | "width" | "height"): number {
    requireApi(this.host, "1.10", `Range.${property}`);
    return this.read(property, () => this.sheet.geometry(this.only())[property]);
  }
  get left(): number {
    return this.geometry("left");
  }
  get top(): number {
    return this.geometry("top");
  }
  get width(): number {
    return this.geometry("width");
  }
  get height(): number {
    return this.geometry("height");
  }

  /** Queues a command whose argument is `value`, for the request's measured size. */
  queue(value: unknown): void {
    this.host.queue(value);
  }

  /**
   * A matrix of the range's shape, one value per cell (another shape is refused, as Excel refuses it), or
   * a single value, which Excel applies to every cell ("Update all cells in a range", Microsoft's Excel
   * performance guide).
   */
  private writeMatrix(matrix: Matrix | Single, apply: (address: string, v: unknown) => void): void {
    this.queue(matrix);
    const rect = this.only();
    writable(this.sheet);
    const [rows, cols] = [rect.bottom - rect.top + 1, rect.right - rect.left + 1];
    if (Array.isArray(matrix) && (matrix.length !== rows || matrix.some((row) => row.length !== cols)))
      throw excelError(`InvalidArgument: a ${matrix.length}-row matrix for ${rows}x${cols} cells`);
    // Row by row, as cellsIn lists them, without the list: the cut tests write millions of cells.
    for (let r = 0; r < rows; r++) {
      const row = Array.isArray(matrix) ? matrix[r]! : undefined;
      for (let c = 0; c < cols; c++) apply(cellAddress(rect.top + r, rect.left + c), row ? row[c] : matrix);
    }
  }

  /** Loaded matrices, built once per sync as Office.js holds them, so reading cell by cell stays cheap. */
  declare private matrices?: Map<string, unknown[][]>;

  override settle(): void {
    super.settle();
    this.matrices?.clear();
  }

  private readMatrix<T>(property: string, get: (cell: FakeCell | undefined) => T): T[][] {
    return this.read(property, () => {
      const loaded = this.matrices?.get(property);
      if (loaded) return loaded as T[][];
      const rect = this.only();
      const rows: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(get(this.sheet.cells.get(cellAddress(r, c))));
        rows.push(row);
      }
      (this.matrices ??= new Map()).set(property, rows);
      return rows;
    });
  }

  set formulas(matrix: Matrix | Single) {
    this.writeMatrix(matrix, (address, v) => this.sheet.enter(address, v));
  }
  set values(matrix: Matrix | Single) {
    this.writeMatrix(matrix, (address, v) => this.sheet.enter(address, v));
  }
  set numberFormat(matrix: Matrix | Single) {
    this.writeMatrix(matrix, (address, v) => {
      const cell = this.sheet.cellToWrite(address);
      [cell.numberFormat, cell.numberFormatWritten] = [String(v), true];
    });
  }

  get address(): string {
    return this.read("address", () => this.rects.map((r) => this.sheet.address(r)).join(","));
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.rects[0]!.left);
  }
  get cellCount(): number {
    return this.read("cellCount", () =>
      this.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0),
    );
  }
  get values(): unknown[][] {
    return this.readMatrix("values", (c) => c?.error ?? c?.value ?? "");
  }
  get formulas(): unknown[][] {
    return this.readMatrix("formulas", (c) =>
      c?.formula !== undefined ? `=${c.formula}` : (c?.error ?? c?.value ?? ""),
    );
  }
  get valueTypes(): string[][] {
    return this.readMatrix("valueTypes", (c) => {
      if (c?.error !== undefined) return "Error";
      const v = c?.value;
      return v === undefined
        ? "Empty"
        : typeof v === "number"
          ? "Double"
          : typeof v === "boolean"
            ? "Boolean"
            : "String";
    });
  }

  /** Each cell's number format, as Excel names it in English ("General" where none was set). */
  get numberFormat(): string[][] {
    return this.readMatrix("numberFormat", (c) => c?.numberFormat ?? "General");
  }
  get text(): string[][] {
    return this.readMatrix("text", (c) =>
      c?.shown !== undefined ? c.shown : (c?.error ?? (c?.value === undefined ? "" : String(c.value))),
    );
  }
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.host, this.sheet, this.only());
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeCellProperties {
    return this.cellProperties(options, false);
  }
  /** The same, as Excel draws each cell: with the fill and font colour of a conditional format that holds. */
  getDisplayedCellProperties(options: Excel.CellPropertiesLoadOptions): FakeCellProperties {
    requireApi(this.host, "1.19", "getDisplayedCellProperties");
    if (this.host.drawnLooksFail === "call")
      throw excelError("ApiNotFound: getDisplayedCellProperties is not there after all");
    return this.cellProperties(options, true);
  }
  private cellProperties(options: Excel.CellPropertiesLoadOptions, displayed: boolean): FakeCellProperties {
    const { font, fill, borders, ...layout } = options.format ?? {};
    const unsupported = [
      ...Object.keys(options).filter((key) => key !== "format"),
      ...Object.keys(layout).filter((key) => !LAYOUT_PROPERTIES.has(key)),
      ...Object.keys(font ?? {}).filter(
        (key) =>
          !["color", "size", "strikethrough", "superscript", "subscript", "name", "bold"].includes(key),
      ),
      ...Object.keys(fill ?? {}).filter((key) => key !== "color" && key !== "pattern"),
      ...Object.keys(borders ?? {}).filter((key) => key !== "style"),
    ];
    if (!font?.color || !fill?.color || !fill.pattern || unsupported.length > 0)
      throw excelError(
        "InvalidArgument: the fake reports font colour and size, fill colour and pattern, text layout and border styles only",
      );
    return new FakeCellProperties(this.host, this.sheet, this.only(), options.format!, displayed);
  }
  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeLineProperties<Excel.RowProperties> {
    if (!options.format?.rowHeight) throw excelError("InvalidArgument: the fake reports row heights only");
    const { top, bottom } = this.only();
    return new FakeLineProperties(this.host, top, bottom, (r) => ({
      format: { rowHeight: this.sheet.hiddenRows.has(r) ? 0 : (this.sheet.rowHeights.get(r) ?? 15) },
    }));
  }
  getColumnProperties(
    options: Excel.ColumnPropertiesLoadOptions,
  ): FakeLineProperties<Excel.ColumnProperties> {
    if (!options.format?.columnWidth)
      throw excelError("InvalidArgument: the fake reports column widths only");
    const { left, right } = this.only();
    return new FakeLineProperties(this.host, left, right, (c) => ({
      format: {
        columnWidth: this.sheet.hiddenColumns.has(c) ? 0 : (this.sheet.columnWidths.get(c) ?? 48),
      },
    }));
  }

  get format() {
    return fakeFormat(this);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.host, this);
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9): the fake finds the cells with data validation
   * (DataValidations) or a formula (Formulas), in areas; a null object where there are none.
   */
  getSpecialCellsOrNullObject(cellType: "DataValidations" | "Formulas"): FakeRange {
    const found = this.rects.flatMap((rect) =>
      [...this.sheet.cells]
        .filter(([address, cell]) =>
          (cellType === "DataValidations" ? cell.validation?.rule : cell.formula) === undefined
            ? false
            : within(rect, address),
        )
        .map(([address]) => fromA1(address)!),
    );
    const rects = rectanglesOver(found);
    return new FakeRange(
      this.host,
      this.sheet,
      rects.length > 0 ? rects : [this.rects[0]!],
      rects.length === 0,
    );
  }

  /** RangeAreas.areaCount (ExcelApi 1.9): how many areas. */
  get areaCount(): number {
    return this.read("areaCount", () => this.rects.length);
  }

  /** RangeAreas.areas (ExcelApi 1.9): each area, its address loaded as "areas/items/address". */
  get areas(): { items: { address: string }[] } {
    return this.read("areas/items/address", () => ({
      items: this.rects.map((r) => ({ address: this.sheet.address(r) })),
    }));
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.host, this);
  }

  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the cells in use within the range, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("the host reads values only");
    const rect = this.sheet.usedRect(this.only());
    return new FakeRange(this.host, this.sheet, [rect ?? { top: 0, left: 0, bottom: 0, right: 0 }], !rect);
  }

  getMergedAreasOrNullObject(): FakeMergedAreas {
    requireApi(this.host, "1.13", "getMergedAreasOrNullObject");
    const rect = this.only();
    const starting = this.sheet.merges
      .map(parseRect)
      .filter(
        (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
      );
    return new FakeMergedAreas(this.host, this.sheet, starting);
  }

  merge(across: boolean): void {
    if (across) throw new Error("the host merges whole areas");
    writable(this.sheet).merges.push(rectA1(this.only()));
  }

  select(): void {
    if (this.host.book.active !== this.sheet.name)
      throw excelError("InvalidOperation: select on an inactive sheet");
    this.host.book.selection = { sheet: this.sheet.name, address: rectA1(this.only()) };
  }
}

/**
 * getMergedAreasOrNullObject's result: the merged areas whose top-left cell lies in the range (as
 * Excel's does), a null object when there are none; a sync fails when there are more than 512.
 */
class FakeMergedAreas extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly merges: readonly Rect[],
  ) {
    super(host);
  }
  override get isNullObject(): boolean {
    return super.isNullObject || this.merges.length === 0;
  }
  override settle(): void {
    if (this.merges.length > 512)
      throw excelError("GeneralException: more than 512 merged areas in the range");
    super.settle();
  }
  get areas(): { items: { address: string }[] } {
    return this.read("areas/items/address", () => ({
      items: this.merges.map((m) => ({ address: this.sheet.address(m) })),
    }));
  }
}

/** A sheet's print area, a RangeAreas of one area as the host sets it (PageLayout.getPrintAreaOrNullObject). */
export class FakePrintArea extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
  ) {
    super(host);
  }
  override get isNullObject(): boolean {
    return super.isNullObject || this.sheet.page.printArea === undefined;
  }
  get address(): string {
    return this.read("address", () => this.sheet.address(parseRect(this.sheet.page.printArea!)));
  }
  /** Its one area: where it lies and its size in points (ExcelApi 1.10), as a range of the sheet. */
  get areas(): { items: Pick<Excel.Range, "address" | "left" | "top" | "width" | "height">[] } {
    const rect = () => parseRect(this.sheet.page.printArea!);
    const size = (property: "left" | "top" | "width" | "height") => {
      requireApi(this.host, "1.10", `Range.${property}`);
      return this.read(`areas/items/${property}`, () => this.sheet.geometry(rect())[property]);
    };
    const address = this.read("areas/items/address", () => this.sheet.address(rect()));
    return {
      items: [
        { address, left: size("left"), top: size("top"), width: size("width"), height: size("height") },
      ],
    };
  }
}

/** The cells of a range on rows and columns that are not hidden, as Excel's RangeView lists them. */
class FakeRangeView extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly rect: Rect,
  ) {
    super(host);
  }
  get cellAddresses(): string[][] {
    return this.read("cellAddresses", () => {
      const { top, bottom, left, right } = this.rect;
      const rows: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        if (this.sheet.hiddenRows.has(r)) continue;
        const row: string[] = [];
        for (let c = left; c <= right; c++)
          if (!this.sheet.hiddenColumns.has(c))
            row.push(this.sheet.address({ top: r, left: c, bottom: r, right: c }));
        rows.push(row);
      }
      return rows;
    });
  }
}

/** The text layout getCellProperties' format can report besides font and fill. */
const LAYOUT_PROPERTIES = new Set([
  "horizontalAlignment",
  "indentLevel",
  "readingOrder",
  "textOrientation",
  "shrinkToFit",
  "wrapText",
]);

/** getCellProperties' borders by the edges `format.borders.getItem` names (Excel.BorderIndex): None unless set. */
const BORDER_EDGES: Record<keyof Excel.CellBorderCollection, string> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  horizontal: "InsideHorizontal",
  vertical: "InsideVertical",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
};
const bordersOf = (styles: Record<string, string>): Excel.CellBorderCollection =>
  Object.fromEntries(
    Object.entries(BORDER_EDGES).map(([key, edge]) => [key, { style: styles[edge] ?? "None" }]),
  ) as Excel.CellBorderCollection;

/**
 * getCellProperties' result: each cell's font colour and fill, and where asked its font's size (11
 * unless set), weight (bold where set), horizontal alignment (General unless set), indent level, reading order (Context), text
 * orientation (0), wrapping and border styles,
 * readable after the next sync.
 */
class FakeCellProperties extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly rect: Rect,
    private readonly asked: Excel.CellPropertiesFormatLoadOptions,
    private readonly displayed: boolean,
  ) {
    super(host);
    this.load("value");
  }
  override settle(): void {
    if (this.displayed && this.host.drawnLooksFail === "sync")
      throw excelError("GeneralException: the fake failed getDisplayedCellProperties");
    super.settle();
  }
  get value(): Excel.CellProperties[][] {
    return this.read("value", () => {
      const asked = this.asked;
      const rows: Excel.CellProperties[][] = [];
      for (let r = this.rect.top; r <= this.rect.bottom; r++) {
        const row: Excel.CellProperties[] = [];
        for (let c = this.rect.left; c <= this.rect.right; c++) {
          const own = this.sheet.cells.get(cellAddress(r, c))?.format;
          const held = this.displayed
            ? this.sheet
                .conditionalFormatsOn({ top: r, bottom: r, left: c, right: c })
                .filter((cf) => cf.holds)
            : [];
          const format = held.length > 0 ? { ...own } : own;
          for (const cf of held) {
            if (cf.fill !== undefined) format!.fill = cf.fill;
            if (cf.fontColor !== undefined) format!.color = cf.fontColor;
          }
          row.push({
            format: {
              font: {
                color: format?.color ?? "#000000",
                ...(asked.font?.size ? { size: format?.size ?? 11 } : {}),
                ...(asked.font?.strikethrough ? { strikethrough: format?.strike ?? false } : {}),
                ...(asked.font?.superscript ? { superscript: format?.script === "superscript" } : {}),
                ...(asked.font?.subscript ? { subscript: format?.script === "subscript" } : {}),
                ...(asked.font?.name ? { name: format?.font ?? "Calibri" } : {}),
                ...(asked.font?.bold ? { bold: format?.bold ?? false } : {}),
              },
              fill: { color: format?.fill ?? "#FFFFFF", pattern: format?.fill ? "Solid" : "None" },
              ...(asked.horizontalAlignment
                ? { horizontalAlignment: (format?.align ?? "General") as Excel.HorizontalAlignment }
                : {}),
              ...(asked.indentLevel ? { indentLevel: format?.indent ?? 0 } : {}),
              ...(asked.readingOrder
                ? { readingOrder: (format?.readingOrder ?? "Context") as Excel.ReadingOrder }
                : {}),
              ...(asked.textOrientation ? { textOrientation: format?.orientation ?? 0 } : {}),
              ...(asked.shrinkToFit ? { shrinkToFit: format?.shrink ?? false } : {}),
              ...(asked.wrapText ? { wrapText: format?.wrap ?? false } : {}),
              ...(asked.borders?.style ? { borders: bordersOf(format?.borders ?? {}) } : {}),
            },
          });
        }
        rows.push(row);
      }
      return rows;
    });
  }
}

/**
 * getRowProperties' or getColumnProperties' result: each row's height or column's width in points (0
 * when hidden, as Excel gives them), readable after the next sync.
 */
class FakeLineProperties<T> extends Proxy {
  constructor(
    host: SyncHost,
    private readonly first: number,
    private readonly last: number,
    private readonly of: (index: number) => T,
  ) {
    super(host);
    this.load("value");
  }
  get value(): T[] {
    return this.read("value", () => {
      const out: T[] = [];
      for (let i = this.first; i <= this.last; i++) out.push(this.of(i));
      return out;
    });
  }
}

class FakeProtection {
  constructor(private readonly sheet: FakeWorksheet) {}
  get protected(): boolean {
    return this.sheet.readProtection("protection/protected", (p) => p.protected);
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.sheet.readProtection("protection/options", (p) => ({ ...p.options }));
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const state = this.sheet.state;
    if (state.protection.protected) throw excelError(`InvalidOperation: ${state.name} is already protected`);
    state.protection = { protected: true, options: { ...options }, ...(password ? { password } : {}) };
    this.sheet.book.log(`protect ${state.name}`);
  }
  unprotect(password?: string): void {
    const state = this.sheet.state;
    if (state.protection.password !== undefined && state.protection.password !== password)
      throw excelError(`InvalidArgument: the password to unprotect ${state.name} is wrong`);
    state.protection = { protected: false };
    this.sheet.book.log(`unprotect ${state.name}`);
  }
}

/** A result Office.js fills at the next sync (OfficeExtension.ClientResult): its `value` then. */
class FakeClientResult<T> extends Proxy {
  constructor(
    host: SyncHost,
    private readonly get: () => T,
  ) {
    super(host);
    this.load("value");
  }
  get value(): T {
    return this.read("value", this.get);
  }
}

/** A chart series: its name, and where its values and categories come from (references, see SeriesState). */
class FakeChartSeries extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly state: SeriesState,
  ) {
    super(host);
  }
  get name(): string {
    return this.read("name", () => this.state.name ?? "");
  }
  set name(v: string) {
    this.host.act();
    this.state.name = v;
  }
  setXAxisValues(range: FakeRange): void {
    this.host.act();
    this.state.categories = `${quoteSheet(range.sheet.name)}!${rectA1(range.rects[0]!)}`;
  }
  /**
   * ChartSeries.getDimensionDataSourceString (ExcelApi 1.15): the reference a dimension reads, as Excel
   * gives it ("=Sheet1!$B$2:$B$5" style; the fake gives it as it keeps it, with "=").
   */
  getDimensionDataSourceString(dimension: Excel.ChartSeriesDimension): FakeClientResult<string> {
    requireApi(this.host, "1.15", "ChartSeries.getDimensionDataSourceString");
    const state = this.state;
    return new FakeClientResult(this.host, () => {
      const source = dimension === "Values" ? state.values : state.categories;
      return source === undefined ? "" : `=${source}`;
    });
  }
  get sheetName(): string {
    return this.sheet.name;
  }
}

class FakeChartSeriesCollection extends FakeCollection<FakeChartSeries> {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly chart: ChartState,
  ) {
    super(host);
  }
  protected current(): FakeChartSeries[] {
    return this.chart.series.map((s) => new FakeChartSeries(this.host, this.sheet, s));
  }
  getItemAt(index: number): FakeChartSeries {
    const state = this.chart.series[index];
    if (!state) throw excelError(`ItemNotFound: the chart has no series ${index}`);
    return new FakeChartSeries(this.host, this.sheet, state);
  }
}

class FakeChart extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly state: ChartState,
  ) {
    super(host);
  }
  /** Excel names a chart "Chart n" in the order added. */
  get name(): string {
    return this.read("name", () => `Chart ${this.sheet.charts.indexOf(this.state) + 1}`);
  }
  get chartType(): string {
    return this.read("chartType", () => this.state.type);
  }
  /** Where it lies from the sheet's top-left corner, and its size, in points (ExcelApi 1.1). */
  get left(): number {
    return this.read("left", () => this.sheet.chartPlace(this.state).left);
  }
  get top(): number {
    return this.read("top", () => this.sheet.chartPlace(this.state).top);
  }
  get width(): number {
    return this.read("width", () => this.sheet.chartPlace(this.state).width);
  }
  get height(): number {
    return this.read("height", () => this.sheet.chartPlace(this.state).height);
  }
  get title() {
    const state = this.state;
    return {
      set text(v: string) {
        state.title = v;
      },
    };
  }
  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this.host, this.sheet, this.state);
  }
  get axes() {
    const state = this.state;
    return {
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          state.categoriesReversed = v;
        },
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.state.position = start;
    if (end !== undefined) this.state.end = end;
  }
}

/** A sheet's charts. One added over one column of figures has one series reading them. */
class FakeCharts extends FakeCollection<FakeChart> {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
  ) {
    super(host);
  }
  protected current(): FakeChart[] {
    return this.sheet.charts.map((c) => new FakeChart(this.host, this.sheet, c));
  }
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    this.host.act();
    const state: ChartState = {
      type,
      ...(seriesBy ? { seriesBy } : {}),
      series: [{ values: `${quoteSheet(source.sheet.name)}!${rectA1(source.rects[0]!)}` }],
    };
    writable(this.sheet).charts.push(state);
    return new FakeChart(this.host, this.sheet, state);
  }
}

/** A shape of a sheet (ExcelApi 1.9): its type, and where it lies in points. */
class FakeShape extends Proxy {
  constructor(
    host: SyncHost,
    private readonly state: ShapeState,
  ) {
    super(host);
  }
  get type(): Excel.Shape["type"] {
    return this.read("type", () => this.state.type);
  }
  get left(): number {
    return this.read("left", () => this.state.left);
  }
  get top(): number {
    return this.read("top", () => this.state.top);
  }
  get width(): number {
    return this.read("width", () => this.state.width);
  }
  get height(): number {
    return this.read("height", () => this.state.height);
  }
}

/** A sheet's shapes (Worksheet.shapes, ExcelApi 1.9), as a clerk drew them. */
class FakeShapes extends FakeCollection<FakeShape> {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
  ) {
    super(host);
    requireApi(host, "1.9", "Worksheet.shapes");
  }
  protected current(): FakeShape[] {
    return this.sheet.shapes.map((shape) => new FakeShape(this.host, shape));
  }
}

/**
 * Excel's active window on Windows and Mac (ExcelApiDesktop 1.1): how it shows its active sheet (the
 * sheet last activated, else the first visible one).
 */
export class FakeWindow extends Proxy {
  private get sheet(): SheetState {
    const book = this.host.book;
    return book.sheet(book.active ?? book.sheets.find((s) => s.visibility === "Visible")!.name);
  }
  get showFormulas(): boolean {
    return this.read("showFormulas", () => this.sheet.showFormulas);
  }
  get showZeros(): boolean {
    return this.read("showZeros", () => this.sheet.showZeros);
  }
  get activeWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.host, this.sheet);
  }
  /** The cells the window shows of its sheet: 30 rows and 12 columns from where it is scrolled to. */
  get visibleRange(): FakeRange {
    const { row, col } = this.sheet.scrolledTo;
    return new FakeRange(this.host, this.sheet, [{ top: row, left: col, bottom: row + 29, right: col + 11 }]);
  }
}

/** A PivotTable (ExcelApi 1.8): its name, its sheet, and its source (getDataSourceString, ExcelApi 1.15). */
class FakePivotTable extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly state: PivotState,
  ) {
    super(host);
  }
  get name(): string {
    return this.read("name", () => this.state.name);
  }
  get worksheet(): { name: string } {
    const sheet = this.sheet;
    return this.read("worksheet/name", () => ({ name: sheet.name }));
  }
  getDataSourceString(): FakeClientResult<string> {
    requireApi(this.host, "1.15", "PivotTable.getDataSourceString");
    return new FakeClientResult(this.host, () => this.state.source);
  }
}

/** Every PivotTable of the workbook, as `workbook.pivotTables` lists them. */
export class FakePivotTables extends FakeCollection<FakePivotTable> {
  protected current(): FakePivotTable[] {
    return this.host.book.sheets.flatMap((s) => s.pivots.map((p) => new FakePivotTable(this.host, s, p)));
  }
}

export class FakeWorksheet extends Proxy {
  /** Made when asked for, as it holds nothing: most worksheet proxies are never asked. */
  get protection(): FakeProtection {
    return new FakeProtection(this);
  }

  constructor(
    host: SyncHost,
    readonly state: SheetState,
  ) {
    super(host);
  }

  get book(): WorkbookState {
    return this.host.book;
  }

  /** A sheet deleted since this proxy was made is no longer there to change. */
  private alive(): void {
    if (this.state.deleted) throw excelError(`ItemNotFound: sheet ${this.state.name} was deleted`);
  }

  readProtection<T>(property: string, get: (p: SheetState["protection"]) => T): T {
    return this.read(property, () => get(this.state.protection));
  }

  protected override live(property: string): unknown {
    return property === "name"
      ? this.state.name
      : property === "visibility"
        ? this.state.visibility
        : undefined;
  }

  get name(): string {
    return this.read("name", () => this.state.name);
  }
  set name(name: string) {
    this.host.act();
    this.alive();
    const book = this.host.book;
    structural(book);
    if (book.sheets.some((s) => s !== this.state && s.name.toUpperCase() === name.toUpperCase()))
      throw excelError(`InvalidArgument: a sheet named ${name} exists`);
    checkSheetName(name);
    if (book.active === this.state.name) book.active = name;
    book.renameReferences(this.state.name, name);
    this.state.name = name;
    this.keep("name", name);
  }
  get visibility(): string {
    return this.read("visibility", () => this.state.visibility);
  }
  set visibility(v: SheetState["visibility"]) {
    this.host.act();
    this.alive();
    structural(this.host.book);
    if (
      v !== "Visible" &&
      this.host.book.sheets.filter((s) => s.visibility === "Visible" && s !== this.state).length === 0
    )
      throw excelError("InvalidOperation: a workbook keeps one visible sheet");
    this.state.visibility = v;
    this.keep("visibility", v);
  }

  get freezePanes() {
    const sheet = this.state;
    const host = this.host;
    return {
      /** The frozen pane's cells (ExcelApi 1.7), a null object where none are frozen. */
      getLocationOrNullObject(): FakeRange {
        const rect = sheet.frozenRect();
        return new FakeRange(host, sheet, [rect ?? { top: 0, left: 0, bottom: 0, right: 0 }], !rect);
      },
      freezeAt(range: string) {
        const rect = parseRect(range);
        if (rect.top !== 0 || rect.left !== 0) throw new Error("the host freezes from A1");
        sheet.freeze = { rows: rect.bottom + 1, cols: rect.right + 1 };
      },
      freezeRows(rows: number) {
        sheet.freeze = { rows, cols: 0 };
      },
      freezeColumns(cols: number) {
        sheet.freeze = { rows: 0, cols };
      },
    };
  }

  get tables() {
    const sheet = this.state;
    const book = this.host.book;
    const host = this.host;
    const named = (state: SheetState["tables"][number]) => ({
      set name(value: string) {
        host.act();
        renameTable(book, state, value);
      },
    });
    return {
      /** As Excel documents: an address without its sheet names a range of the active sheet. */
      add(source: string | FakeRange, hasHeaders: boolean) {
        host.act();
        const [target, address] =
          typeof source === "string"
            ? [source.includes("!") ? sheet : book.sheet(book.active ?? sheet.name), source]
            : [source.sheet, rectA1(source.rects[0]!)];
        const state = { address, hasHeaders };
        writable(target).tables.push(state);
        return named(state);
      },
      getItem(name: string) {
        const state = sheet.tables.find((t) => t.name?.toUpperCase() === name.toUpperCase());
        if (!state) throw excelError(`ItemNotFound: no table ${name} on ${sheet.name}`);
        return named(state);
      },
    };
  }

  get charts(): FakeCharts {
    return new FakeCharts(this.host, this.state);
  }
  get shapes(): FakeShapes {
    return new FakeShapes(this.host, this.state);
  }

  /** Names scoped to this sheet (ExcelApi 1.4), deleted with it. */
  get names(): FakeNames {
    return new FakeNames(this.host, this.state);
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.host, this.state);
  }
  get horizontalPageBreaks() {
    return fakePageBreaks(this.host, this.state, "rows");
  }
  get verticalPageBreaks() {
    return fakePageBreaks(this.host, this.state, "columns");
  }

  getRange(address?: string): FakeRange {
    const rect = address ? parseRect(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    return new FakeRange(this.host, this.state, [rect]);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.host.queue([row, col, rows, cols]);
    return new FakeRange(this.host, this.state, [
      { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 },
    ]);
  }
  getRanges(address: string): FakeRange {
    if (address.length > 255) throw excelError(`InvalidArgument: address of ${address.length} characters`);
    this.host.queue(address);
    return new FakeRange(this.host, this.state, address.split(",").map(parseRect));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("the host reads values only");
    const rect = this.state.usedRect();
    return new FakeRange(this.host, this.state, [rect ?? { top: 0, left: 0, bottom: 0, right: 0 }], !rect);
  }

  activate(): void {
    this.host.act();
    if (this.state.visibility !== "Visible") throw excelError("InvalidOperation: activate a hidden sheet");
    this.host.book.active = this.state.name;
  }

  delete(): void {
    this.host.act();
    const book = this.host.book;
    this.alive();
    structural(book);
    if (this.state.visibility === "VeryHidden")
      throw excelError("InvalidOperation: delete a very hidden sheet");
    if (
      this.state.visibility === "Visible" &&
      book.sheets.filter((s) => s.visibility === "Visible").length === 1
    )
      throw excelError("InvalidOperation: delete the last visible sheet");
    book.sheets.splice(book.sheets.indexOf(this.state), 1);
    this.state.deleted = true;
    // The sheet's own names go with it.
    for (const name of book.names.filter((n) => n.scope === this.state))
      book.names.splice(book.names.indexOf(name), 1);
    book.renameReferences(this.state.name, null);
  }
}

/** Table names are the workbook's: a name another table holds is refused. */
function renameTable(book: WorkbookState, state: SheetState["tables"][number], value: string): void {
  const taken = book.sheets.some((s) =>
    s.tables.some((t) => t !== state && t.name?.toUpperCase() === value.toUpperCase()),
  );
  if (taken) throw excelError(`InvalidArgument: a table named ${value} exists`);
  state.name = value;
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
    throw excelError(`InvalidArgument: sheet name ${name}`);
}

export class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  protected current(): FakeWorksheet[] {
    return this.host.book.sheets.map((s) => new FakeWorksheet(this.host, s));
  }
  add(name: string): FakeWorksheet {
    this.host.act();
    const book = this.host.book;
    structural(book);
    checkSheetName(name);
    if (book.hasSheet(name)) throw excelError(`InvalidArgument: a sheet named ${name} exists`);
    return new FakeWorksheet(this.host, book.addSheet(name));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, this.host.book.sheet(name));
  }
}

/** The host names text constants only, so those are all the fake computes. */
function textConstant(formula: string): string {
  if (!/^="(?:[^"]|"")*"(?:&"(?:[^"]|"")*")*$/.test(formula))
    throw new Error(`the fake computes text constants only: ${formula}`);
  return formula;
}

class FakeNamedItem extends Proxy {
  constructor(
    host: SyncHost,
    private readonly state: NameState,
  ) {
    super(host);
  }
  get name(): string {
    return this.read("name", () => this.state.name);
  }
  get type(): string {
    return this.read("type", () => ("type" in this.state.target ? this.state.target.type : "Range"));
  }
  protected override live(property: string): unknown {
    if (property === "name") return this.state.name;
    return property === "formula" ? this.host.book.nameFormula(this.state) : undefined;
  }
  get formula(): string {
    return this.read("formula", () => this.host.book.nameFormula(this.state));
  }
  get visible(): boolean {
    return this.read("visible", () => !this.state.hidden);
  }
  set visible(visible: boolean) {
    this.host.act();
    this.state.hidden = !visible;
    this.keep("visible", visible);
  }
  /** NamedItem.formula is writable (ExcelApi 1.7): one command, so a journal changes in one step. */
  set formula(formula: string) {
    this.host.act();
    this.state.target = { formula: textConstant(formula), type: "String" };
    this.keep("formula", formula);
  }
  delete(): void {
    this.host.act();
    const names = this.host.book.names;
    if (!names.includes(this.state))
      throw excelError(`ItemNotFound: the name ${this.state.name} was deleted`);
    names.splice(names.indexOf(this.state), 1);
  }
}

class FakeTable extends Proxy {
  constructor(
    host: SyncHost,
    private readonly sheet: SheetState,
    private readonly table: SheetState["tables"][number],
  ) {
    super(host);
  }
  get name(): string {
    return this.read("name", () => this.table.name ?? "");
  }
  protected override live(property: string): unknown {
    return property === "name" ? (this.table.name ?? "") : undefined;
  }
  set name(value: string) {
    this.host.act();
    renameTable(this.host.book, this.table, value);
    this.keep("name", value);
  }
  get worksheet(): { name: string } {
    const sheet = this.sheet;
    return this.read("worksheet/name", () => ({ name: sheet.name }));
  }
}

/** Every table of the workbook, as `workbook.tables` lists them. */
export class FakeTables extends FakeCollection<FakeTable> {
  protected current(): FakeTable[] {
    return this.host.book.sheets.flatMap((s) => s.tables.map((t) => new FakeTable(this.host, s, t)));
  }
}

/** Workbook protection: the structure (sheets added, deleted, renamed, hidden) is what it guards. */
export class FakeWorkbookProtection extends Proxy {
  get protected(): boolean {
    return this.read("protected", () => this.host.book.structureProtected);
  }
}

/** A name's reference as Excel takes it in NamedItemCollection.add: a range, or a formula. */
function nameTarget(book: WorkbookState, reference: FakeRange | string): NameState["target"] {
  if (typeof reference !== "string") return { sheet: reference.sheet, rect: reference.rects[0]! };
  // A reference to a range ("=Sheet1!$A$1:$B$2") is a range name; anything else, a text constant.
  const range = /^='?((?:[^']|'')+?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(reference);
  if (!range) return { formula: textConstant(reference), type: "String" };
  const [, sheet, c1, r1, c2, r2] = range;
  const rect = parseRect(`${c1}${r1}${c2 ? `:${c2}${r2}` : ""}`);
  return { sheet: book.sheet(sheet!.replace(/''/g, "'")), rect };
}

/** Each name in capitals, as it was last upper-cased: a summary adds hundreds, each compared with all before it. */
const upperNames = new WeakMap<NameState, { name: string; upper: string }>();
function upperName(state: NameState): string {
  let known = upperNames.get(state);
  if (known?.name !== state.name)
    upperNames.set(state, (known = { name: state.name, upper: state.name.toUpperCase() }));
  return known.upper;
}

/** The workbook's names (workbook.names), or one sheet's (Worksheet.names, `scope`). */
export class FakeNames extends FakeCollection<FakeNamedItem> {
  constructor(
    host: SyncHost,
    private readonly scope?: SheetState,
  ) {
    super(host);
  }
  private mine(): NameState[] {
    return this.host.book.names.filter((n) => n.scope === this.scope);
  }
  protected current(): FakeNamedItem[] {
    return this.mine().map((n) => new FakeNamedItem(this.host, n));
  }
  /** A range, a reference to one, or a text constant: the fake computes nothing else. */
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.host.act();
    if (this.scope) writable(this.scope);
    const upper = name.toUpperCase();
    if (this.host.book.names.some((n) => n.scope === this.scope && upperName(n) === upper))
      throw excelError(`InvalidArgument: the name ${name} exists`);
    const state: NameState = {
      name,
      target: nameTarget(this.host.book, reference),
      ...(this.scope ? { scope: this.scope } : {}),
    };
    this.host.book.names.push(state);
    return new FakeNamedItem(this.host, state);
  }
  getItem(name: string): FakeNamedItem {
    const state = this.mine().find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (!state) throw excelError(`ItemNotFound: no name ${name}`);
    return new FakeNamedItem(this.host, state);
  }
}
