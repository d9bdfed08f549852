import type { TemplateId } from "./catalog";
import type { FormRead } from "./form-read";
import { finding, type Finding } from "./finding";
import type { GridSheet } from "./grid";
import { fill, shown } from "./text";
import unhomoglyph from "unhomoglyph";
import { WORDS } from "./vocabulary";

/**
 * Characters that show as nothing, or as a space: a name holding them looks like one without. UTS #39
 * drops the default-ignorable ones before taking a skeleton; spaces of any kind (and the blank braille
 * pattern) go too, as a tab shows "Biểu 01" and "Biểu  01" much alike.
 */
const UNSEEN = /[\s\p{Default_Ignorable_Code_Point}\u2800]/gu;
/** Joins a name's case variants so they are normalized at once; UNSEEN removed it from each. */
const APART = "\n";

/**
 * The keys under which a name can be taken for another by a person reading its tab: the UTS #39 skeleton
 * (Unicode's confusables.txt, carried by the unhomoglyph package: Cyrillic "В" and Greek "Β" read as B,
 * "і" as i, 0 as O, 1 and I as l) of the name as written, in lower case and in upper case, after NFKC and
 * without invisible characters. Case is ignored as Excel ignores it in sheet names, yet Cyrillic "В" is
 * like B where its lower case "в" is not like b, so each case is kept apart. Accents stay: "Biểu" and
 * "Bieu", or "Biểu" and "Biễu", are different words to a Vietnamese reader.
 */
export function lookAlikeKeys(name: string): string[] {
  // NFKD: the compatibility forms NFKC folds, decomposed as the skeleton's first step (NFD) takes them.
  const seen = name.normalize("NFKD").replace(UNSEEN, "");
  const variants = [seen, seen.toLowerCase(), seen.toUpperCase()].join(APART);
  // The prototypes put together can hold marks out of canonical order: the skeleton's last NFD orders them.
  return [...new Set(unhomoglyph(variants).normalize("NFD").split(APART))];
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
