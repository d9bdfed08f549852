/** A letter or digit: a word's edge is where none stands. */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;
const NUMBER = String.raw`(?:\d+|[ivx]+${EDGE_AFTER})`;

/** Words that name a unit or a place a unit is of, in Vietnamese and English. */
const UNIT_WORDS = [
  "công đoàn",
  "cđcs",
  "cđ",
  "lđlđ",
  "liên đoàn",
  "đơn vị",
  "phường",
  // Not "xã hội" (society): the national motto heading official papers, "Bảo hiểm xã hội".
  String.raw`xã(?!\s+hội)`,
  "thị trấn",
  "thị xã",
  "huyện",
  "quận",
  "tỉnh",
  "thành phố",
  "ngành",
  "union",
  "unit",
  "ward",
  "commune",
  "district",
  "province",
];

/**
 * Words that name a period with a number beside them ("Đợt 2", "quý I", "6 tháng", "năm 2025"): alone they
 * are as often a person's name (Quý, Kỳ) as a period. And the parts of a year named without one.
 */
const PERIOD_WORDS = ["đợt", "kỳ", "năm", "quý", "tháng", "round", "period", "year", "quarter", "month"];
const YEAR_PARTS = ["cả năm", "đầu năm", "cuối năm", "giữa năm", "năm nay", "năm trước", "năm sau"];

const UNIT_OR_PERIOD = new RegExp(
  [
    `${EDGE_BEFORE}(?:${[...UNIT_WORDS, ...YEAR_PARTS].join("|")})${EDGE_AFTER}`,
    `${EDGE_BEFORE}(?:${PERIOD_WORDS.join("|")})\\s*${NUMBER}`,
    String.raw`\d\s*(?:tháng|năm|months?|years?|quarters?)${EDGE_AFTER}`,
    // A year (1990–2099), alone or in a date. A unit's code is judged apart (`namesOthers`).
    String.raw`(?<!\d)(?:199|20\d)\d(?!\d)`,
  ].join("|"),
  "iu",
);

/**
 * Whether a text may name a unit or a period: a header or footer that names neither (a preparer's name and
 * phone, "Bản nháp") says nothing of whose report the signed page is (issue 64), and is not shown.
 */
export const mayNameUnitOrPeriod = (text: string): boolean => UNIT_OR_PERIOD.test(text.normalize("NFC"));
