import type { ValueKind } from "../catalog/types";
import { remembered } from "../remembered";
import { nameKey } from "../text/fold";

/**
 * The unit a cell's shown text writes beside its figure where it is not the unit of the figure, if it
 * is: a person reads the unit with the figure, and the roll-up counts đồng, persons and ratios. A
 * foreign currency's sign or code never fits (`#,##0" USD"` shows 100,000,000 USD where the roll-up
 * counts 100,000,000 đồng); the đồng fits money only, "người" counts only, and a percent sign ratios
 * only (`0%` shows a count of 48 as 4800%, which reads as 48 only to a program). Without a kind (a
 * format judged for any figure), only a foreign currency is told.
 */
export function misfitUnit(shown: string, kind?: ValueKind): string | undefined {
  const words = [...shown.normalize("NFC").matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    // The longest unit of words together that starts here ("nhân dân tệ" before "tệ", "đô la" before "đô").
    for (let n = Math.min(MAX_UNIT_WORDS, words.length - i); n >= 1; n--) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const word = first.input.slice(first.index, last.index + last[0].length);
      const unit = unitOf(word);
      if (unit === undefined) continue;
      if (unit === "foreign" || (kind !== undefined && unit !== kind)) return word;
      i += n - 1;
      break;
    }
  }
  return undefined;
}

/**
 * What reports count, as clerks write it after a count (`#,##0" DN"`, `0" hội viên"`): each fits counts
 * only. None scales the figure; a word not here is refused by the format's grammar.
 */
export const COUNT_UNITS = [
  "người",
  "cá nhân",
  "tập thể",
  "DN",
  "doanh nghiệp",
  "CĐCS",
  "CĐ",
  "công đoàn",
  "đoàn viên",
  "ĐV",
  "hội viên",
  "lao động",
  "NLĐ",
  "đơn vị",
  "TƯLĐTT",
  "thỏa ước",
  "sáng kiến",
  "mô hình",
  "công trình",
  "nhà",
  "căn",
  "lượt",
  "cuộc",
  "hộ",
  "suất",
] as const;

/** A word of letters, a currency's sign alone or a percent sign alone. */
const WORD = /\p{L}+|\p{Sc}|%/gu;

/** A unit as compared: case, blanks, compatibility forms and look-alike letters aside (`nameKey`). */
const unitKey = remembered(nameKey, 4_096);

const keysOf = (units: readonly string[]) => new Set(units.map(unitKey));

const COUNTS = keysOf(COUNT_UNITS);

/** The đồng as programs and clerks write it: its sign, its abbreviations, its code and its name. */
const DONG = keysOf(["₫", "đ", "vnd", "vnđ", "đồng"]);

/**
 * Other currencies as clerks write them, in any case: codes of those Vietnam trades in most, and names in
 * Vietnamese and English. A code in capitals is told by its form (see `unitOf`).
 */
const FOREIGN = keysOf([
  ..."usd eur jpy cny gbp krw thb sgd aud cad chf hkd twd lak khr myr rub inr".split(" "),
  ..."đô la|đôla|đô|dollar|dollars|euro|euros|ơ rô|ơrô|yên|yen|nhân dân tệ|tệ|yuan|bảng|bảng anh|pound|pounds|won|bạt|baht|kíp|riel|ringgit|rúp|ruble|rupee|franc".split(
    "|",
  ),
]);

/** The most words a unit holds ("thỏa ước lao động tập thể" aside, which reports write TƯLĐTT). */
const MAX_UNIT_WORDS = 4;

/**
 * The kind of figure a unit (one word, or words together) belongs to, or "foreign" for another
 * currency: a sign of one, a code or name of one, or a code of three Latin letters as ISO 4217 writes
 * them (USD, EUR; `CCC` where a program does not say which). Any other word is not a unit.
 */
export function unitOf(words: string): ValueKind | "foreign" | undefined {
  const key = unitKey(words);
  if (DONG.has(key)) return "money";
  if (words === "%") return "ratio";
  if (COUNTS.has(key)) return "count";
  if (FOREIGN.has(key) || /^\p{Sc}$/u.test(words) || /^[A-Z]{3}$/.test(words)) return "foreign";
  // Codes written together ("USDCCC", "USDUSD": red team, round 31), one of them another currency's.
  if (
    /^(?:[A-Z]{3}){2,}$/.test(words) &&
    (words.match(/.../g) ?? []).some((code) => unitOf(code) === "foreign")
  )
    return "foreign";
  return undefined;
}
