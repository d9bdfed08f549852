import type { TemplateDef, TemplateId } from "../catalog";
import { remembered } from "../remembered";
import type { FormRead } from "./form-read";

import { lookAlikeKeys } from "../text/fold";
import type { GridSheet, OpensOn } from "../grid/grid";
import { WORDS } from "../vocabulary";
import { keyOf, sheetTexts, type SheetText } from "./sheet-texts";
import { summarySheetName } from "../catalog/summary-sheet-name";
import { CHECK_SHEET } from "../layout/check-sheet";
/**
 * A visible sheet a person may take for a form's sheet, and that sheet: by its name; because the
 * workbook opens on it with its tab bar hidden, so no other sheet is seen; or because it carries the
 * form's title, a copy of the form, which with the tab bar hidden nothing tells from the form
 * (`title`), and with it shown only its tab does (`copy`).
 */
export interface LookAlike {
  readonly template: TemplateId;
  readonly sheet: string;
  readonly formSheet: string;
  readonly by: "name" | "opening" | "title" | "copy";
}

/** Every report names its sheets as the template does: each name's keys are taken once, not once a report. */
const lookAlikeKeysOf: (name: string) => readonly string[] = remembered(lookAlikeKeys, 1000);

/** A template's title, headings and labels as keys, made once per template. */
const FRAME_KEYS = new WeakMap<
  TemplateDef,
  { key: string; headings: ReadonlySet<string>; labels: ReadonlySet<string> }
>();

function frameKeysOf(def: TemplateDef) {
  let keys = FRAME_KEYS.get(def);
  if (!keys)
    FRAME_KEYS.set(
      def,
      (keys = {
        key: keyOf(def.title.vi),
        headings: new Set(def.columns.map((column) => keyOf(column.label.vi))),
        labels: new Set(def.rows.map((row) => keyOf(row.label.vi))),
      }),
    );
  return keys;
}

/** The sheets the forms' names point at. */
function sheetsNamed(forms: readonly FormRead[]): Set<string> {
  const out = new Set<string>();
  for (const form of forms) for (const read of form.reads) if (read.sheet !== undefined) out.add(read.sheet);
  return out;
}

/**
 * The visible sheets whose names can be taken for a form's sheet (the one its names point at, or the
 * name the template gives it) but are not it: the form's figures
 * are read from one sheet while a person looks at the other, which a workbook can open on and whose tab
 * bar it can hide. And, whatever its name, the sheet a workbook opens on with its tab bar hidden, where
 * it is not a form's and other sheets are visible: a person sees that sheet alone.
 */
export function lookAlikeSheets(
  sheets: readonly GridSheet[],
  forms: readonly FormRead[],
  opensOn?: OpensOn,
  rolledUp = false,
): LookAlike[] {
  const out: LookAlike[] = [];
  const flagged = new Set<string>();
  for (const form of forms) {
    const formSheets = sheetsNamed([form]);
    for (const formSheet of formSheets) {
      const formKeys = new Set([...lookAlikeKeysOf(formSheet), ...lookAlikeKeysOf(form.def.sheetName)]);
      for (const { name, visibility } of sheets) {
        if (visibility !== "visible" || formSheets.has(name) || flagged.has(name)) continue;
        if (!lookAlikeKeysOf(name).some((key) => formKeys.has(key))) continue;
        flagged.add(name);
        out.push({ template: form.def.id, sheet: name, formSheet, by: "name" });
      }
    }
  }
  const opening = opensOn?.tabsHidden ? openingDecoy(sheets, forms, opensOn.sheet) : undefined;
  if (opening && !flagged.has(opening.sheet)) {
    flagged.add(opening.sheet);
    out.push(opening);
  }
  const copies = formCopies(sheets, forms, rolledUp).filter((copy) => !flagged.has(copy.sheet));
  return [...out, ...copies.map((copy) => (opensOn?.tabsHidden ? { ...copy, by: "title" as const } : copy))];
}

/**
 * The visible sheets no form's names point at that carry a form's title (compared as the form frame
 * finds it), or its frame (`carriesFrame`; red team, round 61: a copy retitled "Biễu 02", a tilde for the
 * hook): copies of the form, whose figures a person paging through the sheets or reading the printout may
 * take for the form's, while the form's own are the ones used. A roll-up's sheet of every unit's figures
 * of a form ("TH Biểu 02") heads them with the form's title: its own, not a copy.
 */
function formCopies(
  sheets: readonly GridSheet[],
  forms: readonly FormRead[],
  rolledUp: boolean,
): LookAlike[] {
  const formSheets = sheetsNamed(forms);
  const titled = forms.flatMap((form) =>
    form.sheet !== undefined
      ? [
          {
            template: form.def.id,
            formSheet: form.sheet,
            ...frameKeysOf(form.def),
            ownDetail: rolledUp ? summarySheetName(form.def) : undefined,
          },
        ]
      : [],
  );
  if (titled.length === 0) return [];
  return sheets.flatMap((sheet) => {
    if (sheet.visibility !== "visible" || formSheets.has(sheet.name)) return [];
    const texts = sheetTexts(sheet);
    const keys = new Set(texts.map((text) => text.key));
    const form = titled.find(
      ({ key, headings, labels, ownDetail }) =>
        sheet.name !== ownDetail && (keys.has(key) || carriesFrame(sheet, texts, headings, labels)),
    );
    return form
      ? [{ template: form.template, sheet: sheet.name, formSheet: form.formSheet, by: "copy" as const }]
      : [];
  });
}

/**
 * Whether a sheet carries a form's frame: half or more of its column headings and half or more of its row
 * labels (of two or more), each read as a person reads it, past the marks at its ends ("1. …", "… (*)";
 * red team, round 64: a copy so marked, or its headings split over two rows, passed unnamed). The
 * template's check sheet, which lists every input's label and heading, carries none.
 */
function carriesFrame(
  sheet: GridSheet,
  texts: readonly SheetText[],
  headings: ReadonlySet<string>,
  labels: ReadonlySet<string>,
): boolean {
  if (labels.size < 2 || isCheckSheet(sheet, texts)) return false;
  const keys = new Set(texts.flatMap((text) => [text.key, text.bare]));
  return mostOf(headings, keys) && mostOf(labels, keys);
}

const CHECK_TITLE = keyOf(WORDS.selfCheck.title.vi);

/** The template's check sheet: named so, and titled so. */
const isCheckSheet = (sheet: GridSheet, texts: readonly SheetText[]) =>
  sheet.name === CHECK_SHEET && texts.some((text) => text.key === CHECK_TITLE);

/** Whether half or more of `wanted` are among `keys`. */
function mostOf(wanted: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  let found = 0;
  for (const key of wanted) if (keys.has(key)) found++;
  return found > 0 && found * 2 >= wanted.size;
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
