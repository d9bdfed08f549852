import type { TemplateId } from "../catalog";
import type { FormRead } from "./form-read";
import { finding, type Finding } from "../check/finding";
import { lookAlikeKeys } from "../text/fold";
import type { GridSheet, OpensOn } from "../grid/grid";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";

/**
 * A visible sheet a person may take for a form's sheet, and that sheet: by its name, or because the
 * workbook opens on it with its tab bar hidden, so no other sheet is seen.
 */
export interface LookAlike {
  readonly template: TemplateId;
  readonly sheet: string;
  readonly formSheet: string;
  readonly by: "name" | "opening";
}

/**
 * The visible sheets whose names can be taken for a form's sheet (the one its names point at, or the
 * name the template gives it) but are not it: the form's figures
 * are read from one sheet while a person looks at the other, which a workbook can open on and whose tab
 * bar it can hide. And, whatever its name, the sheet a workbook opens on with its tab bar hidden, where
 * it is not a form's and other sheets are visible: a person sees that sheet alone.
 */
export function lookAlikeSheets(
  sheets: readonly Pick<GridSheet, "name" | "visibility">[],
  forms: readonly FormRead[],
  opensOn?: OpensOn,
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
        out.push({ template: form.def.id, sheet: name, formSheet, by: "name" });
      }
    }
  }
  const opening = opensOn?.tabsHidden ? openingDecoy(sheets, forms, opensOn.sheet) : undefined;
  if (opening && !flagged.has(opening.sheet)) out.push(opening);
  return out;
}

/** The sheet a workbook with its tab bar hidden opens on, where it is not a form's and others are visible. */
function openingDecoy(
  sheets: readonly Pick<GridSheet, "name" | "visibility">[],
  forms: readonly FormRead[],
  opening: string,
): LookAlike | undefined {
  const visible = sheets.filter((sheet) => sheet.visibility === "visible");
  const formSheets = forms.flatMap((form) =>
    form.reads.flatMap((r) => (r.sheet !== undefined ? [{ template: form.def.id, sheet: r.sheet }] : [])),
  );
  const first = formSheets[0];
  if (!first || visible.length < 2 || !visible.some((sheet) => sheet.name === opening)) return undefined;
  if (formSheets.some(({ sheet }) => sheet === opening)) return undefined;
  return { template: first.template, sheet: opening, formSheet: first.sheet, by: "opening" };
}

/** Each look-alike sheet is an error: refused, naming both sheets. */
export const lookAlikeFindings = (lookAlikes: readonly LookAlike[]): Finding[] =>
  lookAlikes.map(({ template, sheet, formSheet, by }) =>
    finding(
      "error",
      "sheet.look_alike",
      fill(by === "name" ? WORDS.report.lookAlikeSheet : WORDS.report.opensOnOtherSheet, {
        sheet: shown(sheet),
        formSheet: shown(formSheet),
      }),
      { template, sheet },
    ),
  );
