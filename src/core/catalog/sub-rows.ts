import type { Text } from "../text/text";
import { row as rowRef, sumOf } from "./expr-builders";
import { formCache } from "./form-cache";
import type { RowDef, TemplateDef, TemplateId } from "./types";

/**
 * A row a campaign adds under one of a built-in form's input rows (TD_Rows): the province splits a figure
 * by sector ("khu vực SXKD", "DN chưa có công đoàn"…). The row it splits becomes the sum of its sub-rows,
 * so every rule, total, ratio and target on it holds as before.
 */
export interface SubRow {
  readonly template: Exclude<TemplateId, "B05">;
  /** The key of the built-in input row it splits. */
  readonly parent: string;
  /** The new row's key, new within its form: its inputs are TD_<template>_<key>_<column>. */
  readonly key: string;
  readonly name: Text;
}

/** The columns of TD_Rows by key, in order: the campaign table, and each row a report's TD_META carries. */
export const SUB_ROW_COLUMNS = ["form", "parent", "code", "name", "name_en"] as const;

/** A sub-row's code as typed: letters, digits and underscores, as a defined name can hold. */
export const SUB_ROW_CODE = /^[A-Za-z0-9_]{1,40}$/;

/** The most sub-rows a campaign may add: a form a unit fills by hand. */
export const MAX_SUB_ROWS = 100;

/** A sub-row as a TD_Rows row of keys and texts, which TD_META carries so the form can be rebuilt. */
export const subRowTexts = (s: SubRow): string[] => [s.template, s.parent, s.key, s.name.vi, s.name.en];

/** The sub-row's key for a code typed under a row: the row's key first, so two rows' sub-rows never meet. */
export const subRowKey = (parent: string, code: string): string =>
  code.toLowerCase().startsWith(`${parent.toLowerCase()}_`) ? code : `${parent}_${code}`;

/** One text per list, the same for equal lists: how the roll-up tells a report's split from the campaign's. */
export const subRowsKey = (subRows: readonly SubRow[]): string => JSON.stringify(subRows.map(subRowTexts));

/** A row a campaign may split: typed (not computed), a count or money, and no opening or closing stock pair. */
export function splittable(def: TemplateDef, row: RowDef): boolean {
  const computed = row.formula !== undefined || def.columns.every((c) => c.formula !== undefined);
  const paired = row.opensFrom !== undefined || def.rows.some((r) => r.opensFrom === row.key);
  return !computed && !paired && row.kind !== "ratio" && !row.yesNo;
}

/** The sub-row's row: the parent's kind and combination, its label the parent's with the sub-row's name. */
const subRowDef = (parent: RowDef, s: SubRow): RowDef => ({
  key: s.key,
  label: { vi: `${parent.label.vi} – ${s.name.vi}`, en: `${parent.label.en} – ${s.name.en}` },
  ...(parent.kind ? { kind: parent.kind } : {}),
  ...(parent.aggregation ? { aggregation: parent.aggregation } : {}),
  ...(parent.optional ? { optional: parent.optional } : {}),
  ...(parent.yearToDate ? { yearToDate: parent.yearToDate } : {}),
});

function split(def: TemplateDef, subRows: readonly SubRow[]): TemplateDef {
  const rows = def.rows.flatMap((row): RowDef[] => {
    const under = subRows.filter((s) => s.parent === row.key);
    if (under.length === 0) return [row];
    const sum: RowDef = { ...row, formula: sumOf(...under.map((s) => rowRef(s.key))) };
    return [sum, ...under.map((s) => subRowDef(row, s))];
  });
  return { ...def, rows };
}

const built = formCache();
const ids = new WeakMap<TemplateDef, number>();
let nextId = 0;

/**
 * A built-in form with the campaign's sub-rows of it; the form itself when it has none. Equal splits of one
 * definition give the same object (see formCache).
 */
export function splitForm(def: TemplateDef, subRows: readonly SubRow[] = []): TemplateDef {
  const own = subRows.filter((s) => s.template === def.id && def.rows.some((r) => r.key === s.parent));
  if (own.length === 0) return def;
  if (!ids.has(def)) ids.set(def, nextId++);
  return built(`${ids.get(def)}:${subRowsKey(own)}`, () => split(def, own));
}

/**
 * The sub-rows of several reports as one list: each form's as the first report holding that form's gives
 * them (the roll-up takes only reports split as the campaign splits, so every report's are the same).
 */
export function mergedSubRows(lists: readonly (readonly SubRow[] | undefined)[]): SubRow[] | undefined {
  const byForm = new Map<string, readonly SubRow[]>();
  for (const list of lists)
    for (const s of list ?? [])
      if (!byForm.has(s.template))
        byForm.set(
          s.template,
          list!.filter((o) => o.template === s.template),
        );
  const merged = [...byForm.keys()].sort().flatMap((id) => byForm.get(id)!);
  return merged.length > 0 ? merged : undefined;
}
