import type { TemplateDef } from "../catalog";
import type { GridSheet } from "../grid/grid";
import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { keyOf, sheetTexts } from "./sheet-texts";
import type { PlacedText } from "./form-read";
import { identityLineLanguage } from "./identity-line";

/** A line break of any kind: a spreadsheet shows the text past it on another line of the cell. */
const BREAK = "[\\n\\r\\v\\f\\u0085\\u2028\\u2029]";
const LINE_BREAK = new RegExp(BREAK);
/** A run of them, as one. */
export const LINE_BREAKS = new RegExp(`${BREAK}+`, "g");

/** Whether a text holds more than one line. None of a template's texts does. */
export const holdsSeveralLines = (text: string) => LINE_BREAK.test(text);

/** The keys of the texts a person reads a form by, in both languages, made once per template. */
const FORM_TEXT_KEYS = new WeakMap<TemplateDef, ReadonlySet<string>>();

function formTextKeys(def: TemplateDef): ReadonlySet<string> {
  let keys = FORM_TEXT_KEYS.get(def);
  if (!keys) {
    const { form } = WORDS;
    const texts: Text[] = [
      def.title,
      ...def.columns.map((c) => c.label),
      ...def.rows.map((r) => r.label),
      ...def.targets.map((t) => t.label),
      ...[form.targets, form.target, form.result, form.assessment],
      ...[form.met, form.notMet, form.notApplicable],
    ];
    FORM_TEXT_KEYS.set(def, (keys = new Set(texts.flatMap((t) => [keyOf(t.vi), keyOf(t.en)]))));
  }
  return keys;
}

/**
 * The cells of a form's sheet holding several lines one of which is a text the form's judgement rests
 * on: its title, a heading, a row or target label, an assessment, or a line naming a unit and period.
 * Where the template writes it on one line, a person may read only one of them (wrapped, aligned to the
 * bottom of a row too short, the cell shows its last line), and another than the one compared. The cells
 * of `lines` (where the template puts the unit and period line) count whatever their lines are.
 */
export function severalLinesOf(def: TemplateDef, sheet: GridSheet, lines: ReadonlySet<string>): PlacedText[] {
  const keys = formTextKeys(def);
  const out: PlacedText[] = [];
  for (const { address, text } of sheetTexts(sheet)) {
    if (!holdsSeveralLines(text)) continue;
    const read = (line: string) => keys.has(keyOf(line)) || identityLineLanguage(line) !== undefined;
    if (lines.has(address) || text.split(LINE_BREAKS).some(read))
      out.push({ sheet: sheet.name, address, text });
  }
  return out;
}
