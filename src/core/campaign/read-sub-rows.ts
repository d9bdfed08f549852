import {
  CATALOG,
  MAX_SUB_ROWS,
  SUB_ROW_CODE,
  splitForm,
  splittable,
  subRowKey,
  type SubRow,
  type TemplateDef,
} from "../catalog";
import type { Finding } from "../findings/finding";
import { cellName, targetName } from "../form/form";
import type { SheetTable } from "../grid/grid";
import { nameKey } from "../text/fold";
import { Checker, headerCheck } from "./campaign-checker";
import { tableRows, type TableRow } from "./table-cells";
import { WORDS } from "../vocabulary";

/** The built-in form a row names: B03, Biểu 03, Form 03, or its number alone (03, 3). */
function formNamed(text: string): TemplateDef | undefined {
  const typed = nameKey(text);
  const number = /^\d{1,2}$/.test(typed) ? `B${typed.padStart(2, "0")}` : undefined;
  return CATALOG.find(
    (def) =>
      [def.id, def.sheetName, def.title.vi, def.title.en].some((t) => nameKey(t) === typed) ||
      nameKey(def.id) === nameKey(number ?? "") ||
      nameKey(`Form ${def.id.slice(1)}`) === typed,
  );
}

/** The row of `def` a cell names: by its key, or by its label as the form prints it in either language. */
const rowNamed = (def: TemplateDef, text: string) =>
  def.rows.find((r) => [r.key, r.label.vi, r.label.en].some((t) => nameKey(t) === nameKey(text)));

/** The parent row of a TD_Rows row, refused at its cell when the form has none or it cannot be split. */
function parentOf(check: Checker, row: TableRow): { def: TemplateDef; parent: string } | null {
  const formText = row.text("form");
  const def = formText ? formNamed(formText) : undefined;
  if (!def) {
    check.error("unknown_sub_row_form", WORDS.campaign.unknownSubRowForm, row, "form", {
      value: formText.slice(0, 60),
    });
    return null;
  }
  const typed = row.text("parent");
  const parent = typed ? rowNamed(def, typed) : undefined;
  const example = def.rows.find((r) => splittable(def, r))?.label.vi ?? "";
  if (!parent)
    check.error("unknown_parent_row", WORDS.campaign.unknownParentRow, row, "parent", {
      value: typed.slice(0, 60),
      form: def.sheetName,
      example,
    });
  else if (!splittable(def, parent))
    check.error("parent_not_splittable", WORDS.campaign.parentNotSplittable, row, "parent", {
      value: parent.label.vi,
      form: def.sheetName,
      example,
    });
  else return { def, parent: parent.key };
  return null;
}

/**
 * Names the split form's cells and targets take: a sub-row whose cell's name another cell or target has
 * (the names are case-insensitive) would read two figures as one.
 */
function clashing(def: TemplateDef, added: SubRow): string | undefined {
  const names = new Set<string>();
  for (const r of def.rows)
    for (const c of def.columns) names.add(cellName(def.id, r.key, c.key).toUpperCase());
  for (const t of def.targets) names.add(targetName(def.id, t.key).toUpperCase());
  return def.columns
    .map((c) => cellName(def.id, added.key, c.key))
    .find((name) => names.has(name.toUpperCase()));
}

function subRowOf(check: Checker, row: TableRow, seen: readonly SubRow[]): SubRow | null {
  const place = parentOf(check, row);
  const code = row.text("code");
  const vi = row.text("name");
  if (!code) check.error("required", WORDS.campaign.required, row, "code");
  else if (!SUB_ROW_CODE.test(code))
    check.error("bad_sub_row_code", WORDS.campaign.badSubRowCode, row, "code", { value: code.slice(0, 60) });
  if (!vi) check.error("required", WORDS.campaign.required, row, "name");
  if (!place || !code || !SUB_ROW_CODE.test(code) || !vi) return null;
  const key = subRowKey(place.parent, code);
  const subRow: SubRow = {
    template: place.def.id as SubRow["template"],
    parent: place.parent,
    key,
    name: { vi, en: row.text("name_en") || vi },
  };
  const same = (s: SubRow) => s.template === subRow.template && s.key.toUpperCase() === key.toUpperCase();
  const sameName = (s: SubRow) =>
    s.template === subRow.template && s.parent === subRow.parent && nameKey(s.name.vi) === nameKey(vi);
  const clash = clashing(splitForm(place.def, seen), subRow);
  if (seen.some(same)) check.error("repeated", WORDS.campaign.repeated, row, "code", { value: code });
  else if (clash)
    check.error("sub_row_clash", WORDS.campaign.subRowClash, row, "code", {
      value: code,
      form: place.def.sheetName,
      name: clash,
    });
  else if (seen.some(sameName)) check.error("repeated", WORDS.campaign.repeated, row, "name", { value: vi });
  else return subRow;
  return null;
}

/** A row split into one sub-row is that row typed twice: the split needs the rest (another sector) too. */
function singleSplits(check: Checker, subRows: readonly SubRow[], rows: readonly TableRow[]) {
  subRows.forEach((s, i) => {
    if (subRows.filter((o) => o.template === s.template && o.parent === s.parent).length > 1) return;
    const def = CATALOG.find((d) => d.id === s.template)!;
    check.error("single_sub_row", WORDS.campaign.singleSubRow, rows[i] ?? null, "parent", {
      value: def.rows.find((r) => r.key === s.parent)!.label.vi,
      form: def.sheetName,
      code: s.key,
    });
  });
}

/**
 * Reads the rows a province adds under a built-in form's input rows (TD_Rows): each row's form, the row it
 * splits, its code and names. A row that cannot be read is refused at its cell; a campaign with none
 * keeps the catalog's forms as they are.
 */
export function readSubRows(table: SheetTable): { subRows: SubRow[]; findings: Finding[] } {
  const check = new Checker(table);
  const subRows: SubRow[] = [];
  if (!headerCheck(table, ["form", "parent", "code", "name"], check))
    return { subRows, findings: check.findings };
  const { rows } = tableRows(table);
  if (rows.length > MAX_SUB_ROWS)
    check.error("too_many_sub_rows", WORDS.campaign.tooManySubRows, null, "code", { max: MAX_SUB_ROWS });
  const read: TableRow[] = [];
  for (const row of rows.slice(0, MAX_SUB_ROWS)) {
    const subRow = subRowOf(check, row, subRows);
    if (subRow) {
      subRows.push(subRow);
      read.push(row);
    }
  }
  singleSplits(check, subRows, read);
  return {
    subRows: check.findings.some((f) => f.severity === "error") ? [] : subRows,
    findings: check.findings,
  };
}
