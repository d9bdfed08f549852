import {
  CUSTOM_FORM,
  findTarget,
  formDef,
  type Indicator,
  type TargetDef,
  type TemplateDef,
  type TemplateId,
  type ValueKind,
} from "../catalog";
import { getCell } from "../form/form";
import { lineKey, nameKey } from "../text/fold";
import { WORDS } from "../vocabulary";

/** Target values by target key; null where a unit-assigned target was not set. */
export type Targets = Record<string, number | null>;

/** A target with the template it belongs to and the kind of figure it is compared with. */
export type PlacedTarget = TargetDef & { readonly template: TemplateId; readonly kind: ValueKind };

const placedCache = new WeakMap<TemplateDef, readonly PlacedTarget[]>();

/** One template's targets, placed once: every file read and every unit scored asks again. */
function placedTargets(def: TemplateDef): readonly PlacedTarget[] {
  let placed = placedCache.get(def);
  if (!placed) {
    placed = def.targets.map((t) =>
      Object.freeze({ ...t, template: def.id, kind: getCell(def, t.row, t.col).kind }),
    );
    placedCache.set(def, placed);
  }
  return placed;
}

/** The targets of `templates`, Biểu 05's those of `indicators`. */
export function targetsOf(
  templates: readonly TemplateId[],
  indicators: readonly Indicator[] = [],
): PlacedTarget[] {
  return templates.flatMap((id) => placedTargets(formDef(id, indicators)));
}

export function placedTarget(key: string, indicators: readonly Indicator[] = []): PlacedTarget | undefined {
  const found = findTarget(key);
  if (found) return targetsOf([found.template.id]).find((t) => t.key === key);
  return targetsOf([CUSTOM_FORM], indicators).find((t) => t.key === key);
}

/**
 * The campaign's defaults (the seeds' targets). A target is a plan quantity: the same figure for every
 * round of the campaign, each round showing its progress against it, never summed across rounds.
 */
export function defaultTargets(
  templates: readonly TemplateId[],
  indicators: readonly Indicator[] = [],
): Targets {
  const targets: Targets = {};
  for (const t of targetsOf(templates, indicators)) targets[t.key] = t.default ?? null;
  return targets;
}

/**
 * A target as people write it. Rates: "70%", "70 %", "0,7", "0.7", and a bare number above 1 is read as
 * a percentage ("70" is 70 %). Counts: whole numbers without separators ("1.000" is refused, since it
 * means a thousand in Vietnamese and one in English).
 */
export function parseTargetValue(text: string, kind: ValueKind): number | null {
  const trimmed = text.trim();
  if (kind !== "ratio") return /^\d{1,12}$/.test(trimmed) ? Number(trimmed) : null;
  const percent = trimmed.endsWith("%");
  const body = (percent ? trimmed.slice(0, -1) : trimmed).trim().replace(",", ".");
  if (!/^\d{1,6}(\.\d{1,6})?$/.test(body)) return null;
  const value = Number(body);
  return percent || value > 1 ? value / 100 : value;
}

/**
 * A target typed as not applying to the unit: "-", as the campaign workbook's help says, a lone dash of another
 * kind (an en dash in the decision's table copied from Word) or the words the forms print in its place. One
 * reading for the campaign's table, the command line and the page's form.
 */
export const isNotApplicableTarget = (text: string): boolean =>
  lineKey(text) === "-" || nameKey(text) === nameKey(WORDS.form.notApplicable.vi);

/**
 * "ít nhất", "tối thiểu" (at least) before a figure, as plans word targets: every target is a minimum,
 * met at the figure or above, so the words add nothing to it.
 */
const AT_LEAST = /^(?:ít nhất|tối thiểu)\s+/u;

/**
 * A target as staff type it in their plan, on the command line or in the page's form ("ít nhất 01", seed
 * 001's "Mái ấm công đoàn" houses): as `parseTargetValue`, after the words of a minimum. Only for what
 * staff write; a report's own targets (TD_META) are the product's figures and read strictly.
 */
export const parsePlannedTarget = (text: string, kind: ValueKind): number | null =>
  parseTargetValue(text.trim().normalize("NFC").toLowerCase().replace(AT_LEAST, ""), kind);

export type TargetOverrideError =
  | { kind: "unknown"; key: string }
  | { kind: "value"; key: string; value: string };

/** Applies KEY=VALUE overrides to the defaults of the chosen templates; KEY=- marks it not applicable. */
export function applyTargetOverrides(
  templates: readonly TemplateId[],
  overrides: readonly string[],
): { targets: Targets; notApplicable: Set<string>; errors: TargetOverrideError[] } {
  const targets = defaultTargets(templates);
  const notApplicable = new Set<string>();
  const errors: TargetOverrideError[] = [];
  for (const pair of overrides) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    const found = placedTarget(key);
    if (!found || !templates.includes(found.template)) {
      errors.push({ kind: "unknown", key });
      continue;
    }
    const text = eq < 0 ? "" : pair.slice(eq + 1);
    if (isNotApplicableTarget(text)) {
      notApplicable.add(key);
      targets[key] = null;
      continue;
    }
    const value = eq < 0 ? null : parsePlannedTarget(text, found.kind);
    if (value === null) errors.push({ kind: "value", key, value: text });
    else targets[key] = value;
  }
  return { targets, notApplicable, errors };
}

export function isMet(result: number | null, target: number | null): boolean | null {
  return result === null || target === null ? null : result >= target;
}
