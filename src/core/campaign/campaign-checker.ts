import { finding, type Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import { fill, type Param, type Text } from "../text/text";
import type { UnitKind } from "../model/units";
import { acceptedKinds, columnLabel, unitKindOf } from "./campaign-columns";
import { cellText, tableRows, type TableRow } from "./table-cells";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";

/** A campaign table holds at most this many rows: more is not a province's plan. */
const MAX_ROWS = 20_000;

/**
 * The findings of one campaign table, each naming the sheet it is on and its column as staff read them
 * (not its TD_ name, hidden in Excel's table tools), and the cell.
 */
export class Checker {
  readonly findings: Finding[] = [];

  constructor(private readonly table: Pick<SheetTable, "name" | "sheet">) {}

  error(rule: string, text: Text, row: TableRow | null, column: string, params: Record<string, Param> = {}) {
    this.add("error", rule, text, row, column, params);
  }

  warn(rule: string, text: Text, row: TableRow | null, column: string, params: Record<string, Param> = {}) {
    this.add("warning", rule, text, row, column, params);
  }

  private add(
    severity: "error" | "warning",
    rule: string,
    text: Text,
    row: TableRow | null,
    column: string,
    params: Record<string, Param>,
  ) {
    const where = row?.where(column);
    const message = fill(text, {
      table: this.table.sheet,
      column: columnLabel(this.table.name, column),
      ...params,
    });
    this.findings.push(finding(severity, `campaign.${rule}`, message, where ?? {}));
  }
}

export function headerCheck(table: SheetTable, required: readonly string[], check: Checker): boolean {
  const { columns } = tableRows(table);
  const missing = required.filter((c) => !columns.has(c));
  for (const column of missing)
    check.findings.push(
      finding(
        "error",
        "campaign.missing_column",
        fill(WORDS.campaign.missingColumn, {
          table: table.sheet,
          column: columnLabel(table.name, column),
        }),
        { sheet: table.sheet, cell: table.ref },
      ),
    );
  if (table.rows.length > MAX_ROWS)
    check.findings.push(
      finding(
        "error",
        "campaign.too_many_rows",
        fill(WORDS.campaign.tooManyRows, { table: table.sheet, max: MAX_ROWS }),
      ),
    );
  return missing.length === 0 && table.rows.length <= MAX_ROWS;
}

/** A number as typed in a cell (a comma as the decimal mark too); null when blank or not a number. */
export function positive(row: TableRow, column: string): number | null {
  const value = row.value(column);
  const n = value?.type === "number" ? value.value : Number(cellText(value).replace(",", "."));
  return cellText(value) !== "" && Number.isFinite(n) ? n : null;
}

/** The unit kind a row's `kind` cell names: null when blank, or refused at the cell when it names none. */
export function kindAt(row: TableRow, check: Checker): UnitKind | null {
  const typed = row.text("kind");
  const kind = typed ? unitKindOf(typed) : null;
  if (typed && !kind)
    check.error("unknown_kind", WORDS.campaign.unknownKind, row, "kind", {
      value: typed.slice(0, 60),
      kinds: acceptedKinds,
    });
  return kind;
}

/** Saving the file once computes every formula: the first cells are named, not a hostile sheet's thousands. */
const MAX_UNSAVED_NAMED = 20;

/**
 * The cells of a table holding a formula saved without its result (a province's script, by openpyxl),
 * each an error at its cell: read as blank, a unit's target was the default without a word. They are
 * not computed here, as a report's input formula without its result is not (`cell.formula_without_value`):
 * the figure used is the one a spreadsheet program computes, shows and saves, texts and dates included.
 */
export function unsavedFormulas(table: SheetTable): Finding[] {
  const cells = table.rows.flatMap((row) => row.cells.filter((cell) => cell.unsavedFormula !== undefined));
  return cells.slice(0, MAX_UNSAVED_NAMED).map((cell) =>
    finding(
      "error",
      "campaign.formula_not_saved",
      fill(WORDS.campaign.formulaNotSaved, {
        table: table.sheet,
        cell: cell.address,
        formula: quoted(cell.unsavedFormula!),
      }),
      { sheet: table.sheet, cell: cell.address },
    ),
  );
}
