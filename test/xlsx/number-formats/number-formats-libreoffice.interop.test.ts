import { UNREADABLE_SHOWN } from "../../../src/core/grid/grid";
import { plainSpaces } from "../../../src/core/report/column-room";
import { showsFigure } from "../../../src/core/report/shown-figure";
import { misfitUnit } from "../../../src/core/report/shown-unit";
import { shownNumber } from "../../../src/xlsx/number-formats/number-formats";
import { corpusWorkbook, type FormattedNumber } from "../../support/format-corpus";
import { sheetsAsCsv } from "../../support/libreoffice";

// LibreOffice is the judge of what a number format shows: for every format and number of a generated
// corpus, the renderer must show the figure exactly where LibreOffice does, or trust nothing.

const LIE = `"1,442"`;

/** A threshold of 1000 written in each way Excel or LibreOffice might read one, and some they may not. */
const THRESHOLDS = [
  "1000",
  "+1000",
  "1E3",
  "1e3",
  "1E+3",
  "1.0E3",
  ".1E4",
  "10E2",
  "1,000",
  "1000.0",
  "1000.",
  "1 000",
  "1.000",
  "1,0",
  "0x3E8",
  "1000%",
  "-1000",
  "- 1000",
];
const OPERATORS = ["=", "<>", ">", ">=", "<", "<="];

const conditionFormats = [
  ...OPERATORS.flatMap((op) => THRESHOLDS.map((threshold) => `[${op}${threshold}]${LIE};0`)),
  ...OPERATORS.flatMap((op) => [` ${op}1000`, `${op} 1000`, `${op}1000 `, `  ${op}  1E3  `]).map(
    (condition) => `[${condition}]${LIE};0`,
  ),
  ...["==1000", "=>1000", "=<1000", "><1000", "≥1000", "=", ">=", "=1000=", "=1000]"].map(
    (condition) => `[${condition}]${LIE};0`,
  ),
  `[<>1000]0;${LIE}`,
  `[<>1,500]0;${LIE}`,
  `[<0]0;[>=1E3]${LIE};0`,
  `[<0]0;[>= +1,000]${LIE};0`,
  `[>=1E3]${LIE};[<0]0;0`,
  `[Red][>=1E3]${LIE};0`,
  `[>=1E3][Blue]${LIE};0`,
  `[$-409][>=1E3]${LIE};0`,
  `0;0;[>=1E3]${LIE}`,
  `"[=1500]"${LIE};0`,
];

const literalFormats = [
  `0","000`,
  `0\\,000`,
  `0"."000`,
  `0\\.000`,
  `#","##0`,
  `0","00`,
  `0"5"`,
  `"1"0`,
  `0"000"`,
  `0" 000"`,
  `#,##0" người"`,
  `#,##0\\0`,
  `0.0"00"`,
  `#,##0_);(#,##0)`,
  `_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)`,
];

const scientificFormats = [
  "0E+0",
  "0E-0",
  "#E+0",
  "00E+0",
  "0.E+0",
  "0.0E+0",
  "0.00E+00",
  "0.000E+0",
  "0.0#E+0",
  "##0.0E+0",
  "#0.00E+00",
  "##0E+0",
  "00.0E+0",
  "###0.0E+0",
  "#0.0#E+0",
  "0.00E-00",
  "$0.0E+0",
];

/**
 * Formats the formatter renders otherwise than LibreOffice: an `@` it takes for the text placeholder, or
 * in the first section; text written after General; a decimal point LibreOffice drops before literal
 * digits; a condition on the first of three sections; digits repeated to fill; numerals in words.
 */
const renderedOtherwise = [
  `"1442"_@`,
  `\\1\\4\\4\\2\\@`,
  `0;-0;"1442"_@`,
  `[<1000]0;"1442"_@`,
  `"1442"*@`,
  `General;;"1442"_@`,
  `"1442@"`,
  `General"000"`,
  `General\\0\\0\\0`,
  `General "000"`,
  `General" 442"`,
  `General"%"`,
  `General,"000"`,
  `0."000"`,
  `#.##"0"`,
  `0.\\0\\0\\0`,
  `#,###."000"`,
  `0."" "000"`,
  `@;0`,
  `[>=1000]@;0`,
  `"x"@;0`,
  `@;"1442"`,
  `@`,
  `0;@`,
  `0;0;0;@`,
  `"x"@`,
  `[<0]0;0;"1442"`,
  `[>1500]"9";0;"1442"`,
  `[<0]0;[>=0]0;"1442"`,
  `0*0`,
  `#,##0*1`,
  `#.##*0`,
  `[DBNum1][$-804]0`,
  `[NatNum12]0`,
];

const fractionFormats = ["# ?/?", "# ??/??", "?/?", "# ?/4", "# ?/10", "#,##0 ?/?", "0/4"];

/**
 * Families outside the grammar of what report forms use (red team, round 3), each once read otherwise
 * than LibreOffice shows it: a locale after a literal (LibreOffice writes "-409"), a point with no
 * placeholder (`"0".` shows "0."), a fill of dots, a comma scaling behind `?`, an exponent of `#`, day
 * codes on counts (LibreOffice's day 1 is 31 December 1899), an LCID naming Thai or Persian digits, the
 * Buddhist era's `B1`, a literal "####", a point with no decimal after it, a minus after the figure.
 */
const outsideGrammar = [
  `""[$-409]0`,
  `""[$-]#,##0`,
  `""[$-1442]\\ 0`,
  `0[$-1442]`,
  `""[$-D00041E]0`,
  `"0".`,
  `\\0.`,
  `.`,
  `[Red].`,
  `"Số:".`,
  `\\0\\0.`,
  `[>0].;0`,
  `*.`,
  `0*.`,
  `?,`,
  `??,`,
  `?,""`,
  `?,_)`,
  `0E+#`,
  `##0E+#`,
  `#E-#`,
  `#E#`,
  `0E0`,
  `000E+#`,
  `d`,
  `dd`,
  `[$-409]d`,
  `d" "`,
  `[$-D00041E]#,##0`,
  `[$-2000429]#,##0`,
  `[$-3000439]#,##0`,
  `[$-2010401]0`,
  `[$-2000000]#,##0`,
  `0B1#`,
  `#B1#`,
  `0B2#`,
  `"####"`,
  `0"###"`,
  `0.`,
  `#,##0.`,
  `0"-"`,
  `0%%`,
  `[≥1000]"1,442";0`,
  // Round 4: words that scale the figure, digits written beside it, a word as a currency's symbol.
  `#,##0" triệu"`,
  `0" nghìn"`,
  `0"K"`,
  `0",000"`,
  `#,##0".000"`,
  `[$triệu-42A]#,##0`,
  // Round 30: a space fonts draw as a dash (U+1680, "–1,254"), a run of "C" LibreOffice writes as a
  // currency code and a letter ("USDC1,254"), a bracket without its other half ("(1254").
  `"\u1680"#,##0`,
  `#,##0"\u1680"`,
  `[$\u1680-42A]#,##0`,
  `CCCC#,##0`,
  `CCCCCC0`,
  `#,##0 CCCC`,
  `"("0`,
  `0")"`,
  `[$(-42A]#,##0`,
  // Round 47: an optional placeholder before a required one among the decimals, which LibreOffice shows
  // as a required one (`#.##0`: 5 as "5.000"), or between whole digits; `#` and `?` mixed.
  `#.##0`,
  `#.#00`,
  `0.##0#`,
  `#.0#0`,
  `#.##0_)`,
  `0.0?0`,
  `0.#?0`,
  `#,##0.#0`,
  `0#`,
  `0#,##0`,
  `#?0`,
];

/** Trusted, though the formatter does not write them as LibreOffice does: its currency code, a spaced percent. */
const trustedOtherwiseWritten = ["[$-42A]#,##0\\ CCC", "[$-409]#,##0.00\\ CCC", "0.0\\ %", "0.0 %"];

/**
 * Currencies (red team, round 5): the đồng's forms, which the check trusts on money, and others, which
 * it refuses on any figure; LibreOffice writes `CCC` as the code of the section's locale.
 */
const currencyFormats = [
  "#,##0 [$₫-42A]",
  `#,##0\\ "₫"`,
  `_-* #,##0\\ "₫"_-;\\-* #,##0\\ "₫"_-;_-* "-"\\ "₫"_-;_-@_-`,
  "[$-42A]#,##0\\ CCC",
  "#,##0 [$VND]",
  `#,##0 "đồng"`,
  "[$-42A]#,##0",
  `#,##0" USD"`,
  "$#,##0",
  "[$$-409]#,##0.00",
  "[$-409]#,##0.00\\ CCC",
  "#,##0 [$€-407]",
  "[$£-809]#,##0",
];

/** Dashes a person reads as a minus sign, written before a figure as text. */
const dashesBefore = [`"–"#,##0`, `"－"#,##0`, `"﹣"#,##0`, `[$–-42A]#,##0`];

/** The formats of the templates (`NUMBER_FORMATS`) and the common ones in real forms. */
const trustedFormats = [
  "General",
  "#,##0",
  "0.0%",
  "0%",
  "0.00",
  "#,##0.00",
  `_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-`,
  `_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)`,
  "#,##0 [$₫-42A]",
  "[$$-409]#,##0.00",
  "#,##0_);(#,##0)",
  "#,##0;[Red]-#,##0",
  "[Blue]#,##0;[Red]-#,##0",
  `#,##0 "người"`,
  "[Color10]0",
  // Round 13: a locale of more than four hex digits whose numeral system is Latin (00, 01).
  "[$-00409]#,##0",
  "[$-1000000]#,##0",
  "[$-1000409]#,##0.00",
  // Optional decimals after required ones.
  "0.0#",
  "0.00##",
];

const VALUES = [1500, 1000, 999, 1542, 15, 0, -1500, 1500000, 0.25, 1234.5];
/** This round's figures too: small counts a day code shows a day earlier in LibreOffice. */
const ROUND_VALUES = [...VALUES, 1, 2, 23, 851, 480, 1442, 644];

/** A ratio's plain percentages, drawn without the renderer (every report has them): half-cases included. */
const percentFormats = ["0%", "0.0%", "0.00%"];
const PERCENT_VALUES = [0, 1, 0.5, 0.7, 0.6996, 0.69949, 0.145, 0.285, 0.0015, 0.0045, 0.12345, 48];

const corpus: FormattedNumber[] = [
  ...percentFormats.flatMap((format) => PERCENT_VALUES.map((value) => ({ format, value }))),
  ...[
    ...conditionFormats,
    ...literalFormats,
    ...scientificFormats,
    ...fractionFormats,
    ...renderedOtherwise,
  ].flatMap((format) => VALUES.map((value) => ({ format, value }))),
  ...[
    ...outsideGrammar,
    ...trustedFormats,
    ...trustedOtherwiseWritten,
    ...dashesBefore,
    ...currencyFormats,
  ].flatMap((format) => ROUND_VALUES.map((value) => ({ format, value }))),
];

/** Whether a text shows the figure, as the validator judges it; a plain format shows it. */
const shows = (text: string | undefined, value: number) => text === undefined || showsFigure(text, value);

describe("the number-format renderer against LibreOffice", () => {
  let rows: string[][];
  beforeAll(() => {
    rows = sheetsAsCsv(corpusWorkbook(corpus), "xlsx", true).get("S")!;
  }, 60_000);

  it("shows a figure only where LibreOffice shows it, and otherwise agrees or trusts nothing", () => {
    const disagreements = corpus.flatMap(({ format, value }, i) => {
      const libreOffice = rows[i]?.[0] ?? "";
      const ours = shownNumber(format, value);
      if (ours === UNREADABLE_SHOWN || shows(ours, value) === showsFigure(libreOffice, value)) return [];
      return [`${format} ${value}: LibreOffice ${JSON.stringify(libreOffice)}, ours ${JSON.stringify(ours)}`];
    });
    expect(disagreements).toEqual([]);
  });

  it("shows a plain percentage as LibreOffice does, to the digit", () => {
    const otherwise = corpus.flatMap(({ format, value }, i) => {
      if (!percentFormats.includes(format)) return [];
      const ours = shownNumber(format, value);
      const libreOffice = rows[i]?.[0] ?? "";
      return ours === libreOffice ? [] : [`${format} ${value}: LibreOffice ${libreOffice}, ours ${ours}`];
    });
    expect(otherwise).toEqual([]);
  });

  it("refuses every format outside the grammar of report forms", () => {
    const trusted = outsideGrammar.filter((format) =>
      ROUND_VALUES.some((value) => shownNumber(format, value) !== UNREADABLE_SHOWN),
    );
    expect(trusted).toEqual([]);
  });

  it("trusts LibreOffice's currency code and a spaced percent sign, showing the figure where LibreOffice does", () => {
    const refused = trustedOtherwiseWritten.filter((format) =>
      ROUND_VALUES.some((value) => shownNumber(format, value) === UNREADABLE_SHOWN),
    );
    expect(refused).toEqual([]);
  });

  it("shows the đồng beside money, and another currency, where LibreOffice does", () => {
    const otherwise = corpus.flatMap(({ format, value }, i) => {
      if (!currencyFormats.includes(format)) return [];
      const libreOffice = rows[i]?.[0] ?? "";
      const ours = shownNumber(format, value);
      const trusted = (text: string) => misfitUnit(text, "money") === undefined;
      if (ours === undefined || trusted(ours) === trusted(libreOffice)) return [];
      return [`${format} ${value}: LibreOffice ${JSON.stringify(libreOffice)}, ours ${JSON.stringify(ours)}`];
    });
    expect(otherwise).toEqual([]);
  });

  it("reads a dash of any kind written before a positive figure as the minus sign a person reads", () => {
    const readAsPositive = dashesBefore.filter((format) => shows(shownNumber(format, 1500), 1500));
    expect(readAsPositive).toEqual([]);
  });

  it("trusts the templates' formats and the common ones, and shows in them what LibreOffice shows", () => {
    const otherwise = corpus.flatMap(({ format, value }, i) => {
      if (!trustedFormats.includes(format)) return [];
      const libreOffice = rows[i]?.[0] ?? "";
      const ours = shownNumber(format, value);
      // A plain format is not rendered: it shows the figure. A padding (`_)`) LibreOffice writes as a
      // plain space, ours as a space as wide as what it pads (`paddingSpace`).
      const agrees = ours === undefined ? showsFigure(libreOffice, value) : plainSpaces(ours) === libreOffice;
      return agrees
        ? []
        : [`${format} ${value}: LibreOffice ${JSON.stringify(libreOffice)}, ours ${JSON.stringify(ours)}`];
    });
    expect(otherwise).toEqual([]);
  });
});
