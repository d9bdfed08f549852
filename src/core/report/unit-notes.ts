import type { TemplateDef, ValueKind } from "../catalog/types";
import type { GridSheet } from "../grid/grid";
import type { PlacedText } from "./form-read";
import { sheetTexts } from "./sheet-texts";
import { unitOf } from "./shown-unit";

/**
 * Words that multiply a figure when a note states its unit ("ĐVT: nghìn đồng", "Unit: million VND"):
 * the templates count ones, so a person reading such a note takes every figure a thousand or a million
 * times what the roll-up counts.
 */
const SCALE =
  /^(?:nghìn|ngàn|triệu|tỷ|tỉ|thousand|thousands|million|millions|billion|billions|k|1000(?:000)*)$/u;

/** A note's lead that says a unit of measure follows; "Đơn vị" alone also names a reporting unit. */
const LEAD = /^(?:đvt|đv tính|đơn vị tính|unit|units|unit of measure|đơn vị)$/u;

/** A note states a unit in a few words: a longer text is a sentence that mentions one. */
const MAX_NOTE_LENGTH = 40;

/** A note stating a unit has a colon after its lead, or is in brackets: other texts are not read as one. */
const MAY_STATE = /[:：]|^\s*\(/u;

/**
 * The words of a note as they are compared: lower case, split at anything but letters, digits, currency
 * and percent signs; a number's separators dropped ("1.000") and a unit written on to it parted ("1000đ").
 */
const wordsOf = (text: string) =>
  text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/(\d)[.,](?=\d)/gu, "$1")
    .replace(/(\d)(?=[\p{L}\p{Sc}])/gu, "$1 ")
    .split(/[^\p{L}\p{M}\p{N}\p{Sc}%]+/u)
    .filter(Boolean);

/** The kind of figure a lower-cased word is a unit of ("dn" is DN, "usd" a foreign code). */
const unitOfWord = (word: string) => unitOf(word) ?? unitOf(word.toUpperCase());

/** A word that may stand in a statement of a unit: a scale, a currency, a count's unit, a percent sign. */
const isUnitWord = (word: string) => SCALE.test(word) || unitOfWord(word) !== undefined;

/**
 * The words a cell states a unit of measure with, if it does: "ĐVT: nghìn đồng", "(Đơn vị tính: triệu
 * đồng)", "Unit: VND", or only unit words in brackets ("(nghìn đồng)"). "Đơn vị: …" followed by anything
 * but unit words names a reporting unit, not a unit of measure.
 */
function statedUnit(text: string): string[] | undefined {
  const words = wordsOf(text);
  const colon = /[:：]/u.exec(text);
  if (colon) {
    const lead = wordsOf(text.slice(0, colon.index)).join(" ");
    if (!LEAD.test(lead)) return undefined;
    const stated = wordsOf(text.slice(colon.index + 1));
    return stated.length > 0 && (lead !== "đơn vị" || stated.every(isUnitWord)) ? stated : undefined;
  }
  return /^\s*\(.*\)\s*$/u.test(text) && words.length > 0 && words.every(isUnitWord) ? words : undefined;
}

/** The kinds of figure a form holds. */
const kindsOf = (def: TemplateDef): ReadonlySet<ValueKind> =>
  new Set([...def.columns.map((c) => c.kind), ...def.rows.flatMap((r) => (r.kind ? [r.kind] : []))]);

/**
 * Whether a stated unit misleads a person reading the form's figures by it: a scale (the figures are
 * ones), a foreign currency, or a unit of a kind of figure the form does not hold (đồng on a form of counts).
 */
function misleads(stated: readonly string[], kinds: ReadonlySet<ValueKind>): boolean {
  return stated.some((word) => {
    if (SCALE.test(word)) return true;
    const unit = unitOfWord(word);
    return unit === "foreign" || (unit !== undefined && !kinds.has(unit));
  });
}

/**
 * The cells of a form's sheet that state a unit of measure its figures are not in: "ĐVT: nghìn đồng"
 * typed above a table of đồng makes a person read 100,000,000 as a hundred billion đồng, while the
 * column headings still say "(đồng)" and the roll-up counts đồng.
 */
export function unitNotesOf(def: TemplateDef, sheet: GridSheet): PlacedText[] {
  const kinds = kindsOf(def);
  const out: PlacedText[] = [];
  for (const { address, text } of sheetTexts(sheet)) {
    if (text.length > MAX_NOTE_LENGTH || !MAY_STATE.test(text)) continue;
    const stated = statedUnit(text);
    if (stated && misleads(stated, kinds)) out.push({ sheet: sheet.name, address, text });
  }
  return out;
}
