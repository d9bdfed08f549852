import { findTarget, getTemplate, type TargetDef, type TemplateId } from "./catalog";

/** Target values by target key; null where a unit-assigned target was not set. */
export type Targets = Record<string, number | null>;

export type PlacedTarget = TargetDef & { readonly template: TemplateId };

export function targetsOf(templates: readonly TemplateId[]): PlacedTarget[] {
  return templates.flatMap((id) => getTemplate(id).targets.map((t) => ({ ...t, template: id })));
}

export function defaultTargets(templates: readonly TemplateId[]): Targets {
  const targets: Targets = {};
  for (const t of targetsOf(templates)) targets[t.key] = t.default ?? null;
  return targets;
}

/** "70%", "70 %", "0.7" and "0,7" all mean 0.7; counts are plain numbers. */
export function parseTargetValue(text: string): number | null {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const body = (percent ? trimmed.slice(0, -1) : trimmed).trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(body)) return null;
  const value = Number(body);
  return percent ? value / 100 : value;
}

export type TargetOverrideError =
  | { kind: "unknown"; key: string }
  | { kind: "value"; key: string; value: string };

/** Applies KEY=VALUE overrides to the defaults of the chosen templates. */
export function applyTargetOverrides(
  templates: readonly TemplateId[],
  overrides: readonly string[],
): { targets: Targets; errors: TargetOverrideError[] } {
  const targets = defaultTargets(templates);
  const errors: TargetOverrideError[] = [];
  for (const pair of overrides) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    const found = findTarget(key);
    if (!found || !templates.includes(found.template.id)) {
      errors.push({ kind: "unknown", key });
      continue;
    }
    const value = eq < 0 ? null : parseTargetValue(pair.slice(eq + 1));
    if (value === null) errors.push({ kind: "value", key, value: eq < 0 ? "" : pair.slice(eq + 1) });
    else targets[key] = value;
  }
  return { targets, errors };
}

export function isMet(result: number | null, target: number | null): boolean | null {
  return result === null || target === null ? null : result >= target;
}
