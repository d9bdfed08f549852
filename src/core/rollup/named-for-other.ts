import { unitKey } from "../model/units";

/** Runs of the characters unit codes are written in; in them, the parts separators set apart. */
const CODE_RUN = /[A-Za-z0-9_.-]+/g;
const CODE_PART = /[A-Za-z0-9]+/g;
/** A file's own name, past its folders, without its extension. */
const baseName = (file: string) =>
  file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1).replace(/\.[^.]*$/, "");

/**
 * The one unit of `codes` (keys, `unitKey`) whose code a file's own name carries, whole between its
 * separators ("U08" in "U08-2025-D1.xlsx", not in "U080"), where the name does not carry the code of the
 * unit the file's report is of (`own`): the mark of a clerk who filled another unit's template (its
 * identity says that unit) and saved it under their own unit's code (red team, round 32).
 */
export function otherUnitNamed(file: string, own: string, codes: ReadonlySet<string>): string | undefined {
  const named = new Set<string>();
  for (const [run] of baseName(file).matchAll(CODE_RUN)) {
    const parts = [...run.matchAll(CODE_PART)];
    for (let i = 0; i < parts.length; i++)
      for (let j = i; j < parts.length; j++) {
        const key = unitKey(run.slice(parts[i]!.index, parts[j]!.index + parts[j]![0].length));
        if (codes.has(key)) named.add(key);
      }
  }
  return named.size === 1 && !named.has(unitKey(own)) ? [...named][0] : undefined;
}
