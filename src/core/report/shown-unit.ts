import type { ValueKind } from "../catalog/types";

/**
 * The unit a cell's shown text writes beside its figure where it is not the unit of the figure, if it
 * is: a person reads the unit with the figure, and the roll-up counts đồng, persons and ratios. A
 * foreign currency's sign or code never fits (`#,##0" USD"` shows 100,000,000 USD where the roll-up
 * counts 100,000,000 đồng); the đồng fits money only, "người" counts only, and a percent sign ratios
 * only (`0%` shows a count of 48 as 4800%, which reads as 48 only to a program). Without a kind (a
 * format judged for any figure), only a foreign currency is told.
 */
export function misfitUnit(shown: string, kind?: ValueKind): string | undefined {
  for (const word of shown.match(UNIT_WORD) ?? []) {
    const unit = unitOf(word);
    if (unit === "foreign" || (kind !== undefined && unit !== undefined && unit !== kind)) return word;
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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A count's unit (its words together), a currency sign alone, a percent sign alone, or a word of letters. */
const UNIT_WORD = new RegExp(
  `${[...COUNT_UNITS]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join("|")}|\\p{Sc}|%|\\p{L}+`,
  "gu",
);

const COUNTS = new Set<string>(COUNT_UNITS);

/** The đồng as programs write it: its sign, its abbreviations, its code and its name. */
const DONG = new Set(["₫", "đ", "vnd", "vnđ", "đồng"]);

/**
 * The kind of figure a unit word belongs to, or "foreign" for another currency: a sign of one, or a
 * code of three Latin letters as ISO 4217 writes them (USD, EUR; `CCC` where a program does not say
 * which). Any other word is not a unit.
 */
export function unitOf(word: string): ValueKind | "foreign" | undefined {
  const lower = word.toLowerCase();
  if (DONG.has(lower)) return "money";
  if (word === "%") return "ratio";
  if (COUNTS.has(word)) return "count";
  if (/^\p{Sc}$/u.test(word) || /^[A-Z]{3}$/.test(word)) return "foreign";
  return undefined;
}
