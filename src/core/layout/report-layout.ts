import { definitionsOf, type MetaSource } from "../metadata";
import type { Report } from "../report";
import { layoutFormSheet } from "./form-layout";
import { layoutMetaSheet } from "./meta-layout";
import type { WorkbookPlan } from "./plan";

/**
 * A report workbook: one sheet per chosen template and the metadata sheet. With `forms` it is a filled
 * report (a parent's roll-up); without, a blank template for a unit to fill in.
 */
export function layoutReport(source: MetaSource & { readonly forms?: Report["forms"] }): WorkbookPlan {
  const parts = definitionsOf(source).map((def) =>
    layoutFormSheet({
      def,
      unit: source.unit,
      period: source.period,
      targets: source.targets,
      ...(source.forms?.[def.id] ? { values: source.forms[def.id] } : {}),
      ...(source.rollupUnits !== undefined ? { rolledUp: true } : {}),
    }),
  );
  const meta = layoutMetaSheet(source);
  return {
    sheets: [...parts.map((p) => p.sheet), meta.sheet],
    names: [...parts.flatMap((p) => p.names), ...meta.names],
  };
}
