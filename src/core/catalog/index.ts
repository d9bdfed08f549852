import { B01 } from "./b01-agreements";
import { B02 } from "./b02-members";
import { B03 } from "./b03-finance";
import { B04 } from "./b04-results";
import type { TargetDef, TemplateDef, TemplateId } from "./types";

export * from "./types";

/** The catalog, in the order the forms appear in a workbook. */
export const CATALOG: readonly TemplateDef[] = [B01, B02, B03, B04];

export const TEMPLATE_IDS: readonly TemplateId[] = CATALOG.map((t) => t.id);

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export function getTemplate(id: TemplateId): TemplateDef {
  const def = CATALOG.find((t) => t.id === id);
  if (!def) throw new Error(`Unknown template ${id}`);
  return def;
}

export function findTarget(key: string): { template: TemplateDef; target: TargetDef } | undefined {
  for (const template of CATALOG) {
    const target = template.targets.find((t) => t.key === key);
    if (target) return { template, target };
  }
  return undefined;
}

/** Sorts template ids into catalog order and drops repeats. */
export function inCatalogOrder(ids: Iterable<TemplateId>): TemplateId[] {
  const wanted = new Set(ids);
  return TEMPLATE_IDS.filter((id) => wanted.has(id));
}
