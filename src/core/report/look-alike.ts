import type { TemplateId } from "../catalog";
import type { FormRead } from "./form-read";
import { finding, type Finding } from "../check/finding";
import { lookAlikeKeys } from "../text/fold";
import type { GridSheet } from "../grid/grid";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";

/** A visible sheet whose name can be taken for a form's sheet, and that sheet. */
export interface LookAlike {
  readonly template: TemplateId;
  readonly sheet: string;
  readonly formSheet: string;
}

/**
 * The visible sheets whose names can be taken for a form's sheet (the one its names point at, or the
 * name the template gives it) but are not it: the form's figures are read from one sheet while a person
 * looks at the other, which a workbook can open on and whose tab bar it can hide.
 */
export function lookAlikeSheets(
  sheets: readonly Pick<GridSheet, "name" | "visibility">[],
  forms: readonly FormRead[],
): LookAlike[] {
  const out: LookAlike[] = [];
  const flagged = new Set<string>();
  // Each sheet's keys taken once, not once a form.
  const keysOf = new Map<string, string[]>();
  const lookAlikeKeysOf = (name: string) => {
    let keys = keysOf.get(name);
    if (keys === undefined) keysOf.set(name, (keys = lookAlikeKeys(name)));
    return keys;
  };
  for (const form of forms) {
    const formSheets = new Set(form.reads.flatMap((r) => (r.sheet !== undefined ? [r.sheet] : [])));
    for (const formSheet of formSheets) {
      const formKeys = new Set([...lookAlikeKeys(formSheet), ...lookAlikeKeys(form.def.sheetName)]);
      for (const { name, visibility } of sheets) {
        if (visibility !== "visible" || formSheets.has(name) || flagged.has(name)) continue;
        if (!lookAlikeKeysOf(name).some((key) => formKeys.has(key))) continue;
        flagged.add(name);
        out.push({ template: form.def.id, sheet: name, formSheet });
      }
    }
  }
  return out;
}

/** Each look-alike sheet is an error: refused, naming both sheets. */
export const lookAlikeFindings = (lookAlikes: readonly LookAlike[]): Finding[] =>
  lookAlikes.map(({ template, sheet, formSheet }) =>
    finding(
      "error",
      "sheet.look_alike",
      fill(WORDS.report.lookAlikeSheet, { sheet: shown(sheet), formSheet: shown(formSheet) }),
      { template, sheet },
    ),
  );
