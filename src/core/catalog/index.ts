import { B01_V1 } from "./b01-agreements";
import { B02_V1, B02_V2 } from "./b02-members";
import { B04_V1 } from "./b04-results";
import { CATALOG } from "./catalog-forms";
import { CUSTOM_FORM, customForm, type Indicator } from "./custom-form";
import { splitForm, type SubRow } from "./sub-rows";
import type { TargetDef, TemplateDef, TemplateId } from "./types";

export * from "./types";
export * from "./custom-form";
export * from "./linked-figure";
export * from "./sub-rows";
export { CATALOG } from "./catalog-forms";

export const TEMPLATE_IDS: readonly TemplateId[] = CATALOG.map((t) => t.id);

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export function getTemplate(id: TemplateId): TemplateDef {
  const def = CATALOG.find((t) => t.id === id);
  if (!def) throw new Error(`Unknown template ${id}`);
  return def;
}

/**
 * A form of a campaign: the fixed catalog's with the campaign's sub-rows of it (TD_Rows), or Biểu 05 built
 * from the indicators of the campaign (or of the report that declares them).
 */
export function formDef(
  id: TemplateId,
  indicators: readonly Indicator[] = [],
  subRows: readonly SubRow[] = [],
): TemplateDef {
  return id === CUSTOM_FORM ? customForm(indicators) : splitForm(getTemplate(id), subRows);
}

/** Earlier versions units may still send files in: read and checked as they were, then brought up to date. */
export const EARLIER_VERSIONS: readonly TemplateDef[] = [B01_V1, B02_V1, B02_V2, B04_V1];

/** The definition a file declares, current or earlier; undefined for a template or version not known. */
export function findDefinition(id: string, version: number | null): TemplateDef | undefined {
  return [...CATALOG, ...EARLIER_VERSIONS].find((d) => d.id === id && d.version === version);
}

/** Every version of a template this build reads, oldest first. */
export function readableVersions(id: TemplateId): number[] {
  return [...CATALOG, ...EARLIER_VERSIONS]
    .filter((d) => d.id === id)
    .map((d) => d.version)
    .sort((a, b) => a - b);
}

export function findTarget(key: string): { template: TemplateDef; target: TargetDef } | undefined {
  for (const template of CATALOG) {
    const target = template.targets.find((t) => t.key === key);
    if (target) return { template, target };
  }
  return undefined;
}

/** Sorts template ids into catalog order, Biểu 05 last, and drops repeats. */
export function inCatalogOrder(ids: Iterable<TemplateId>): TemplateId[] {
  const wanted = new Set(ids);
  return [...TEMPLATE_IDS, CUSTOM_FORM].filter((id) => wanted.has(id));
}

/** "Biểu 02, Biểu 03": the forms by the names of their sheets, the same in both languages. */
export function formsText(templates: readonly TemplateId[]): string {
  return templates.map((id) => formDef(id).sheetName).join(", ");
}
export * from "./nominations";
