import type { TemplateDef, ValueKind } from "../catalog/types";
import type { GridSheet } from "../grid/grid";
import type { PlacedText } from "./form-read";
import { sheetTexts } from "./sheet-texts";
import { misfitUnit, unitOf } from "./shown-unit";
import { remembered } from "../remembered";

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

/**
 * A note stating a unit has a colon after its lead, or is in brackets with a word or sign in them (not a
 * column's number, "(1)"): other texts are not read as one.
 */
const MAY_STATE = /[:：]|^\s*\(.*[\p{L}\p{Sc}%]/u;

/** `MAY_STATE`, its pattern run only on a text in brackets: most texts have no colon and no bracket. */
const mayState = (text: string) =>
  text.includes(":") || text.includes("：") || (OPENS_BRACKET.test(text) && MAY_STATE.test(text));

const OPENS_BRACKET = /^\s*\(/;

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

/** A stated unit: as written (its case tells a currency's code), and its words as compared. */
interface Stated {
  readonly written: string;
  readonly words: readonly string[];
}

/**
 * Whether words say only a unit, scaled or not ("nghìn đồng", "doanh nghiệp", "%"): the words besides
 * the scales are one unit together, or each a unit.
 */
function onlyUnit(words: readonly string[]): boolean {
  const rest = words.filter((word) => !SCALE.test(word));
  return (
    rest.length === 0 ||
    unitOf(rest.join(" ")) !== undefined ||
    rest.every((word) => unitOf(word) !== undefined)
  );
}

/**
 * The unit a cell states its figures are in, if it does: "ĐVT: nghìn đồng", "(Đơn vị tính: triệu
 * đồng)", "Unit: VND", or only a unit in brackets ("(nghìn đồng)"). "Đơn vị: …" followed by anything
 * but a unit names a reporting unit, not a unit of measure.
 */
function statedUnit(text: string): Stated | undefined {
  const colon = /[:：]/u.exec(text);
  if (!colon) {
    const words = wordsOf(text);
    return /^\s*\(.*\)\s*$/u.test(text) && words.length > 0 && onlyUnit(words)
      ? { written: text, words }
      : undefined;
  }
  const lead = wordsOf(text.slice(0, colon.index)).join(" ");
  if (!LEAD.test(lead)) return undefined;
  const written = text.slice(colon.index + 1);
  const words = wordsOf(written);
  return words.length > 0 && (lead !== "đơn vị" || onlyUnit(words)) ? { written, words } : undefined;
}

/** Every report of a template repeats its headings' units ("(đồng)", "(người)"): each text is read once. */
const statedUnitOf = remembered(statedUnit, 20_000);

const KINDS = new WeakMap<TemplateDef, ReadonlySet<ValueKind>>();

/** The kinds of figure a form holds, found once per template. */
function kindsOf(def: TemplateDef): ReadonlySet<ValueKind> {
  let kinds = KINDS.get(def);
  if (!kinds)
    KINDS.set(
      def,
      (kinds = new Set([
        ...def.columns.map((c) => c.kind),
        ...def.rows.flatMap((r) => (r.kind ? [r.kind] : [])),
      ])),
    );
  return kinds;
}

/**
 * Whether a stated unit misleads a person reading the form's figures by it: a scale (the figures are
 * ones), a foreign currency, or a unit no kind of figure of the form is in (đồng on a form of counts).
 */
const misleads = ({ written, words }: Stated, kinds: ReadonlySet<ValueKind>): boolean =>
  words.some((word) => SCALE.test(word)) ||
  [...kinds].every((kind) => misfitUnit(written, kind) !== undefined);

/**
 * The cells of a form's sheet that state a unit of measure its figures are not in: "ĐVT: nghìn đồng"
 * typed above a table of đồng makes a person read 100,000,000 as a hundred billion đồng, while the
 * column headings still say "(đồng)" and the roll-up counts đồng.
 */
export function unitNotesOf(def: TemplateDef, sheet: GridSheet): PlacedText[] {
  const kinds = kindsOf(def);
  const out: PlacedText[] = [];
  for (const { address, text } of sheetTexts(sheet)) {
    if (text.length > MAX_NOTE_LENGTH || !mayState(text)) continue;
    const stated = statedUnitOf(text);
    if (stated && misleads(stated, kinds)) out.push({ sheet: sheet.name, address, text });
  }
  return out;
}
