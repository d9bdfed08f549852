import { CATALOG } from "../catalog";
import { formAddress } from "./form-layout";
import { toA1 } from "../grid/a1";
import { formCells, targetName } from "../form/form";
import { META_KEYS, META_SHEET, metaName } from "../report/metadata";
import { CHECK_ERRORS_NAME, CHECK_SHEET } from "./check-sheet";

/**
 * The public contract of the templates as data: every form cell with its defined name, sheet and address
 * in a freshly generated workbook, whether it is an input and whether it must be filled in, its rules,
 * its targets, and the check sheet whose TD_CHECK_ERRORS counts the errors the template finds itself.
 */
export function describeCatalog() {
  return {
    metadata: {
      sheet: META_SHEET,
      keys: META_KEYS.map((key) => ({ key, name: metaName(key) })),
    },
    templates: CATALOG.map((def) => ({
      id: def.id,
      version: def.version,
      sheet: def.sheetName,
      title: def.title,
      rows: def.rows.map((r) => ({
        key: r.key,
        label: r.label,
        computed: !!r.formula,
        optional: !!r.optional,
      })),
      columns: def.columns.map((c) => ({
        key: c.key,
        label: c.label,
        kind: c.kind,
        aggregation: c.aggregation,
        computed: !!c.formula,
        optional: !!c.optional,
      })),
      cells: formCells(def).map((cell) => {
        const at = formAddress(def, { row: cell.row.key, col: cell.col.key });
        return {
          name: cell.name,
          row: cell.row.key,
          column: cell.col.key,
          sheet: def.sheetName,
          address: toA1(at.row, at.col),
          input: !cell.formula,
          required: cell.required,
          kind: cell.kind,
          aggregation: cell.aggregation,
        };
      }),
      rules: def.rules.map((r) => ({ id: r.id, severity: r.severity, message: r.message })),
      checkSheet: { sheet: CHECK_SHEET, errors: CHECK_ERRORS_NAME },
      targets: def.targets.map((t) => ({
        key: t.key,
        label: t.label,
        cell: formCells(def).find((c) => c.row.key === t.row && c.col.key === t.col)!.name,
        name: targetName(def.id, t.key),
        default: t.default ?? null,
        combine: t.combine,
        source: t.source,
      })),
    })),
  };
}

export type CatalogDescription = ReturnType<typeof describeCatalog>;
