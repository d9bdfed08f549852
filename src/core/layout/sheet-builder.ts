import type { Area } from "../grid/a1";
import type { Text } from "../text/text";
import type {
  PlanCell,
  PlanConditionalFormat,
  PlanLink,
  PlanName,
  PlanTable,
  PlanValidation,
  SheetPlan,
} from "./plan";
import { widenedForFigures } from "./figure-widths";

type CellContent = Omit<PlanCell, "row" | "col">;

/** Excel refuses (or silently cuts) a cell holding more characters than this. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text from received files (a unit's name, a rejection's reason) can be any length; a cell cannot. Its
 * letters composed (NFC): a Mac names files with each accent apart (NFD), and staff searching a summary
 * for "Tân Phong" typed as keyboards type it found none of the warnings quoting that commune's files.
 */
function fitCell(value: CellContent["value"]): CellContent["value"] {
  if (typeof value !== "string") return value;
  const composed = value.normalize("NFC");
  return composed.length > MAX_CELL_TEXT
    ? `${composed.slice(0, MAX_CELL_TEXT - 1).replace(/[\uD800-\uDBFF]$/, "")}…`
    : composed;
}

/** Collects the cells of one sheet plan in the order they are laid out. */
export class SheetBuilder {
  private readonly cells: PlanCell[] = [];
  private readonly merges: Area[] = [];
  private readonly validations: PlanValidation[] = [];
  private readonly tables: PlanTable[] = [];
  private readonly conditionalFormats: PlanConditionalFormat[] = [];
  private readonly links: PlanLink[] = [];
  private readonly rowHeights = new Map<number, number>();
  readonly names: PlanName[] = [];

  constructor(
    readonly name: string,
    private readonly title: Text,
  ) {}

  put(row: number, col: number, content: CellContent): this {
    this.add(row, col, content.value, content);
    return this;
  }

  /** Writes a row of cells starting at `col`, all in one style. */
  putRow(
    row: number,
    col: number,
    values: readonly (string | number | null)[],
    content: CellContent = {},
  ): this {
    for (let i = 0; i < values.length; i++) this.add(row, col + i, values[i], content);
    return this;
  }

  /**
   * One object per cell, no temporary, every cell of one shape: a summary lays out a million of them, and
   * what reads them all (widths, print areas, the writer) then reads each field the one way.
   */
  private add(row: number, col: number, value: CellContent["value"], content: CellContent): void {
    this.cells.push({
      row,
      col,
      value: fitCell(value),
      formula: content.formula,
      style: content.style,
      numFmt: content.numFmt,
      unlocked: content.unlocked,
    });
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  defineName(name: string, row: number, col: number): this {
    this.names.push({ name, sheet: this.name, row, col });
    return this;
  }

  table(name: string, area: Area): this {
    this.tables.push({ name, area });
    return this;
  }

  validate(validation: PlanValidation): this {
    this.validations.push(validation);
    return this;
  }

  conditionalFormat(format: PlanConditionalFormat): this {
    this.conditionalFormats.push(format);
    return this;
  }

  /** Makes a cell a link to another cell of the workbook (see PlanLink). */
  link(row: number, col: number, target: string): this {
    this.links.push({ row, col, target });
    return this;
  }

  /** Asks for a row at least this tall, in points; the tallest asked for wins. */
  rowHeight(row: number, points: number): this {
    this.rowHeights.set(row, Math.max(points, this.rowHeights.get(row) ?? 0));
    return this;
  }

  build(options: {
    visibility?: SheetPlan["visibility"];
    columnWidths: readonly number[];
    freeze?: SheetPlan["freeze"];
    protect: boolean;
    charts?: SheetPlan["charts"];
    print?: SheetPlan["print"];
  }): SheetPlan {
    return {
      name: this.name,
      title: this.title,
      visibility: options.visibility ?? "visible",
      cells: this.cells,
      merges: this.merges,
      validations: this.validations,
      columnWidths: widenedForFigures(this.cells, options.columnWidths, this.merges),
      protect: options.protect,
      ...(options.freeze ? { freeze: options.freeze } : {}),
      ...(options.charts && options.charts.length > 0 ? { charts: options.charts } : {}),
      ...(this.tables.length > 0 ? { tables: this.tables } : {}),
      ...(this.conditionalFormats.length > 0 ? { conditionalFormats: this.conditionalFormats } : {}),
      ...(this.links.length > 0 ? { links: this.links } : {}),
      ...(this.rowHeights.size > 0
        ? { rowHeights: [...this.rowHeights].map(([row, height]) => ({ row, height })) }
        : {}),
      ...(options.print ? { print: options.print } : {}),
    };
  }
}
