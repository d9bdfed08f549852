import type { TemplateId } from "./catalog";
import type { FormRead } from "./extract";
import { finding, type Finding } from "./finding";
import type { GridSheet } from "./grid";
import { MESSAGES } from "./messages";
import { fill, shown } from "./text";

/** Characters that show as nothing, or as a space: a name holding them looks like one without. */
const UNSEEN = /[\s\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u2064\u2800\u3164\ufeff]/gu;
/** Letters a tab shows much like a digit. */
const LIKE_DIGITS: Readonly<Record<string, string>> = { o: "0", i: "1", l: "1" };

/**
 * A sheet name as a person reading its tab takes it: compatibility forms and composed or decomposed
 * accents made one (NFKC), case, spaces of any kind and invisible characters ignored, and O read as 0, I
 * and l as 1. Two names that fold alike cannot be told apart at a glance.
 */
export function foldSheetName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(UNSEEN, "")
    .replace(/[oil]/g, (ch) => LIKE_DIGITS[ch]!);
}

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
  // Each sheet's name folded once, not once a form.
  const folded = new Map<string, string>();
  const foldOf = (name: string) => {
    let fold = folded.get(name);
    if (fold === undefined) folded.set(name, (fold = foldSheetName(name)));
    return fold;
  };
  for (const form of forms) {
    const formSheets = new Set(form.reads.flatMap((r) => (r.sheet !== undefined ? [r.sheet] : [])));
    for (const formSheet of formSheets) {
      const folds = new Set([foldSheetName(formSheet), foldSheetName(form.def.sheetName)]);
      for (const { name, visibility } of sheets) {
        if (visibility !== "visible" || formSheets.has(name) || flagged.has(name)) continue;
        if (!folds.has(foldOf(name))) continue;
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
      fill(MESSAGES.lookAlikeSheet, { sheet: shown(sheet), formSheet: shown(formSheet) }),
      { template, sheet },
    ),
  );
