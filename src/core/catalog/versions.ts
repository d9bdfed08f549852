import type { ColumnDef, RuleDef, TemplateDef } from "./types";

/**
 * How an earlier version of a template differed from the current one. Units may still send files in it,
 * so it is kept as the few things that changed, never as a second copy of the template.
 */
export interface VersionChange {
  readonly version: number;
  /** Columns added since. */
  readonly without: readonly string[];
  /** The labels and formulas the earlier version's columns had, by column key. */
  readonly columns: Readonly<Record<string, Partial<Pick<ColumnDef, "label" | "formula">>>>;
  /** The rules the earlier version checked differently, by rule id. */
  readonly rules: Readonly<Record<string, Pick<RuleDef, "left" | "right" | "message">>>;
}

/** The earlier version's definition: the current one with the change undone. */
export function earlierVersion(current: TemplateDef, change: VersionChange): TemplateDef {
  return {
    ...current,
    version: change.version,
    columns: current.columns
      .filter((c) => !change.without.includes(c.key))
      .map((c) => ({ ...c, ...change.columns[c.key] })),
    rules: current.rules.map((r) => ({ ...r, ...change.rules[r.id] })),
  };
}
