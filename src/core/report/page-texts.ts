import type { TemplateId } from "../catalog";
import { finding, type Finding } from "../check/finding";
import type { GridSheet, PageText } from "../grid/grid";
import { pageFooter, printedAbout } from "../layout/print";
import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { lineKey } from "../text/fold";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import type { FormRead } from "./form-read";

/**
 * A text a form's printed pages carry in a header or footer that the template does not print there: the
 * page signed and stamped may name another unit or period than the report (red team, round 9: a footer
 * naming another ward and round, while the form's own line named the right ones).
 */
export interface FormPageText extends PageText {
  readonly template: TemplateId;
  readonly sheet: string;
  /** Whether it is written as the template writes a unit and period ("… — …") and names other ones. */
  readonly differs: boolean;
}

/** A page's number however it is written ("Trang 2/3", "Page {page} of {pages}", "- 2 -"): nothing else. */
const PAGE_NUMBERING = /^(?:\s|trang|pages?|of|\{pages?\}|\d|[/·|,.:()\p{Pd}])*$/iu;

/** What the template's own footer says of a form's sheet, as keys (`lineKey`): any of its sections. */
function ownKeys(form: FormRead, about: { unit: ReportingUnit; period: Period } | undefined): Set<string> {
  const names = [form.def.sheetName, ...(form.sheet !== undefined ? [form.sheet] : [])];
  const footers = names.flatMap((name) => [
    pageFooter(name),
    ...(about ? [pageFooter(name, printedAbout(about.unit, about.period))] : []),
  ]);
  return new Set(footers.flatMap((footer) => Object.values(footer).map((text) => lineKey(text as string))));
}

/**
 * Each text a form's sheet prints in its headers or footers other than the template's own (its sheet's
 * name, its unit and period, its page numbers).
 */
export function formsPageTexts(
  sheets: readonly Pick<GridSheet, "name" | "pageTexts">[],
  forms: readonly FormRead[],
  about: { readonly unit: ReportingUnit; readonly period: Period } | undefined,
): FormPageText[] {
  const separator = lineKey(fill(WORDS.print.about, { unit: "", period: "" }).vi);
  return forms.flatMap((form): FormPageText[] => {
    const texts = sheets.find((sheet) => sheet.name === form.sheet)?.pageTexts;
    if (!texts || texts.length === 0 || form.sheet === undefined) return [];
    const own = ownKeys(form, about);
    return texts.flatMap((text) => {
      const key = lineKey(text.text);
      if (key === "" || own.has(key) || PAGE_NUMBERING.test(text.text)) return [];
      const names =
        about && key.includes(lineKey(about.unit.code)) && key.includes(lineKey(about.period.label.vi));
      const differs = separator !== "" && key.includes(separator) && !names;
      return [{ ...text, template: form.def.id, sheet: form.sheet!, differs }];
    });
  });
}

/**
 * A header or footer written as the template names a unit and period, naming others, refuses the file:
 * what is signed is not the report; any other text of the kind is shown to the officer who checks it.
 */
export const pageTextFindings = (
  texts: readonly FormPageText[],
  about: { readonly unit: ReportingUnit; readonly period: Period } | undefined,
): Finding[] =>
  texts.map(({ template, sheet, place, text, differs }) =>
    finding(
      differs ? "error" : "warning",
      differs ? "identity.page_text_differs" : "identity.page_text",
      fill(differs ? WORDS.report.pageTextDiffers : WORDS.report.pageText, {
        sheet: shown(sheet),
        place: WORDS.report.pagePlace[place],
        text: shown(text),
        about: shown((about && pageFooter(sheet, printedAbout(about.unit, about.period)).center) ?? "—"),
      }),
      { template, sheet },
    ),
  );
