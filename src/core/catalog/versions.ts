import type { ColumnDef, RowDef, RuleDef, TemplateDef } from "./types";

/**
 * How an earlier version of a template differed from the next one. Units may still send files in it,
 * so it is kept as the few things that changed, never as a second copy of the template.
 */
export interface VersionChange {
  readonly version: number;
  /** Columns added since. */
  readonly without?: readonly string[];
  /** The labels and formulas the earlier version's columns had, by column key. */
  readonly columns?: Readonly<Record<string, Partial<Pick<ColumnDef, "label" | "formula">>>>;
  /**
   * The labels the earlier version's rows had, by row key: a file of that version shows them, and the
   * reader finds the rows by the labels the file was written with.
   */
  readonly rows?: Readonly<Record<string, Pick<RowDef, "label">>>;
  /** The rules the earlier version checked differently, by rule id. */
  readonly rules?: Readonly<Record<string, Pick<RuleDef, "left" | "right" | "message">>>;
}

/** The earlier version's definition: the next one (`later`) with the change undone. */
export function earlierVersion(later: TemplateDef, change: VersionChange): TemplateDef {
  const { without = [], columns = {}, rows = {}, rules = {} } = change;
  return {
    ...later,
    version: change.version,
    columns: later.columns.filter((c) => !without.includes(c.key)).map((c) => ({ ...c, ...columns[c.key] })),
    rows: later.rows.map((r) => ({ ...r, ...rows[r.key] })),
    rules: later.rules.map((r) => ({ ...r, ...rules[r.id] })),
  };
}
