import { strFromU8, strToU8, unzipSync } from "fflate";
import { sheetJsOutcome, type Outcome } from "../../../support/compare-readers";
import { odsDataStyles } from "../../../../src/xlsx/sheetjs/ods/ods-data-styles";
import { UNREADABLE_SHOWN } from "../../../../src/core/grid/grid";
import { resaveWith } from "../../../support/libreoffice";
import { zipEntriesOf } from "../../../support/mutate-report";
import { withCellStyle } from "../../../support/ods-cells";
import {
  conditionallyStyled,
  inputFigure,
  reportParts,
  type ReportParts,
} from "../../../support/report-parts";

// LibreOffice shows an .ods cell's number as the cell's data style renders it, not as the text the file
// saved for it (`<text:p>`): a data style can make an input show another figure than it holds.
// These tests need LibreOffice (/usr/bin/soffice, or $SOFFICE) to make the .ods: CI installs it.

let report: ReportParts;
/** The report as LibreOffice saves it as .ods, by part. */
let parts: Record<string, Uint8Array>;
/** The input's figure as the file holds it. */
let held: number;

beforeAll(async () => {
  report = await reportParts();
  parts = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
  held = Number(inputFigure(report));
}, 60_000);

/**
 * The .ods with the input (or the cell `at`) in a cell style of its own, whose data style is `dataStyle`
 * (defined with `defined`, added to content.xml's automatic styles), or whose cell style is `cellStyle`.
 */
function styled(
  defined: string,
  cellStyle = '<style:style style:name="ceX" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NX"/>',
  common = "",
  at = { sheet: "Biểu 01", cell: report.input.cell },
): Uint8Array {
  const content = withCellStyle(
    strFromU8(parts["content.xml"]!).replace(
      "<office:automatic-styles>",
      `<office:automatic-styles>${defined}${cellStyle}`,
    ),
    at.sheet,
    at.cell,
    "ceX",
  );
  const styles = strFromU8(parts["styles.xml"]!).replace("<office:styles>", `<office:styles>${common}`);
  return zipEntriesOf(
    Object.entries(parts).map(([name, data]) => [
      name,
      name === "content.xml" ? strToU8(content) : name === "styles.xml" ? strToU8(styles) : data,
    ]),
  );
}

const number = (attributes = "") =>
  `<number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"${attributes}/>`;
const numberStyle = (name: string, body: string, extra = "") =>
  `<number:number-style style:name="${name}"${extra}>${body}</number:number-style>`;

const misleading = (outcome: Outcome) =>
  outcome.read ? outcome.findings.filter((f) => f.rule === "cell.misleading_format") : [];

describe("an .ods input whose data style shows another figure than it holds", () => {
  it("finds nothing in the report as LibreOffice saves it, nor in a plain style of its own", () => {
    const saved = sheetJsOutcome(zipEntriesOf(Object.entries(parts)), "r.ods");
    expect(saved.read).toBe(true);
    expect(misleading(saved)).toEqual([]);
    expect(misleading(sheetJsOutcome(styled(numberStyle("NX", number())), "r.ods"))).toEqual([]);
  });

  it("refuses a condition that shows a figure written in as text", () => {
    const file = styled(
      numberStyle("NXP0", "<number:text>1,442</number:text>", ' style:volatile="true"') +
        numberStyle(
          "NX",
          `${number()}<style:map style:condition="value()=${held}" style:apply-style-name="NXP0"/>`,
        ),
    );
    const [found, ...more] = misleading(sheetJsOutcome(file, "r.ods"));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "error", sheet: "Biểu 01", cell: report.input.cell });
    expect(found!.message_en).toContain("may make it show another figure");
  });

  it.each([
    ["a style that is only a figure written in", numberStyle("NX", "<number:text>1,442</number:text>")],
    ["a digit written in before the figure", numberStyle("NX", `<number:text>1</number:text>${number()}`)],
    // Round 30: "(1254" reads as an accountant's negative to some.
    ["a bracket without its other half", numberStyle("NX", `<number:text>(</number:text>${number()}`)],
    // Round 31: "1254-" is a negative in accountants' notation.
    ["a dash after the figure", numberStyle("NX", `${number()}<number:text>-</number:text>`)],
    ["a dash after the figure and a space", numberStyle("NX", `${number()}<number:text> –</number:text>`)],
    ["a space fonts draw as a dash", numberStyle("NX", `<number:text>\u1680</number:text>${number()}`)],
    ["a display factor of a thousand", numberStyle("NX", number(' number:display-factor="1000"'))],
    [
      "a figure embedded in the number",
      numberStyle(
        "NX",
        number().replace(
          "/>",
          '><number:embedded-text number:position="1">9</number:embedded-text></number:number>',
        ),
      ),
    ],
    // Round 46: whatever text goes among the digits, another figure is read.
    ...[
      ["a point", 4, "."],
      ["a comma", 4, ","],
      ["a letter like a digit", 0, "O"],
      ["a right-to-left override (1254 shown 4521)", 4, "\u202e"],
      ["a combining stroke over the last digit", 0, "\u0338"],
    ].map(([what, position, text]): [string, string] => [
      `${String(what)} embedded in the number`,
      numberStyle(
        "NX",
        number().replace(
          "/>",
          `><number:embedded-text number:position="${String(position)}">${String(text)}</number:embedded-text></number:number>`,
        ),
      ),
    ]),
    [
      "a currency symbol that is a figure",
      `<number:currency-style style:name="NX"><number:currency-symbol>1,442</number:currency-symbol>${number()}</number:currency-style>`,
    ],
    [
      "a date",
      '<number:date-style style:name="NX"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/></number:date-style>',
    ],
    [
      "a condition on another style that is a figure",
      numberStyle("NXP0", "<number:text>1,442</number:text>") +
        numberStyle(
          "NX",
          `${number()}<style:map style:condition="value()&gt;=0" style:apply-style-name="NXP0"/>`,
        ),
    ],
    [
      "a condition it cannot read, to a figure",
      numberStyle("NXP0", "<number:text>1,442</number:text>") +
        numberStyle(
          "NX",
          `${number()}<style:map style:condition="value()=1e999 or 1" style:apply-style-name="NXP0"/>`,
        ),
    ],
    [
      "conditions that apply each other",
      numberStyle(
        "NXP0",
        `${number()}<style:map style:condition="value()&gt;=0" style:apply-style-name="NX"/>`,
      ) +
        numberStyle(
          "NX",
          `${number()}<style:map style:condition="value()&gt;=0" style:apply-style-name="NXP0"/>`,
        ),
    ],
    // Outside the parts report forms use (red team, round 3): refused whatever LibreOffice makes of them.
    [
      "a digit filling the cell after the figure (851 shown as 85100000000000)",
      numberStyle("NX", `${number()}<loext:fill-character>0</loext:fill-character>`),
    ],
    [
      "a digit filling the cell before the figure (11111111111851)",
      numberStyle("NX", `<loext:fill-character>1</loext:fill-character>${number()}`),
    ],
    [
      "a digit filling the cell, in ODF's own element",
      numberStyle("NX", `${number()}<number:fill-character>0</number:fill-character>`),
    ],
    [
      "the figure spelled out (八百五十一)",
      numberStyle(
        "NX",
        number(),
        ' number:language="zh" number:country="CN" loext:transliteration-spellout="cardinal"',
      ),
    ],
    [
      "other numerals",
      numberStyle("NX", number(), ' number:transliteration-format="١" number:transliteration-language="ar"'),
    ],
    [
      "an element of LibreOffice's extension it alone renders",
      numberStyle("NX", `${number()}<loext:text>x</loext:text>`),
    ],
    ["text in another script's digits", numberStyle("NX", `${number()}<number:text>٣</number:text>`)],
    ["a column too narrow written in", numberStyle("NX", `${number()}<number:text>###</number:text>`)],
    [
      "scientific notation",
      numberStyle(
        "NX",
        '<number:scientific-number number:decimal-places="2" number:min-integer-digits="1" number:min-exponent-digits="2"/>',
      ),
    ],
    [
      "a fraction",
      numberStyle(
        "NX",
        '<number:fraction number:min-integer-digits="0" number:min-numerator-digits="1" number:min-denominator-digits="1"/>',
      ),
    ],
    ["a day in a number style", numberStyle("NX", `${number()}<number:day/>`)],
    ["a time", '<number:time-style style:name="NX"><number:hours/></number:time-style>'],
    ["a truth value", '<number:boolean-style style:name="NX"><number:boolean/></number:boolean-style>'],
  ])("refuses %s", (_, defined) => {
    expect(misleading(sheetJsOutcome(styled(defined), "r.ods")).map((f) => f.cell)).toEqual([
      report.input.cell,
    ]);
  });

  it("refuses a data style the cell style takes from its parent, or from a style its condition applies", () => {
    const lie = numberStyle("NL", "<number:text>1,442</number:text>");
    const parent = styled(
      "",
      '<style:style style:name="ceX" style:family="table-cell" style:parent-style-name="Lie"/>',
      `${lie}<style:style style:name="Lie" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NL"/>`,
    );
    const conditional = styled(
      `${numberStyle("NX", number())}`,
      '<style:style style:name="ceX" style:family="table-cell" style:data-style-name="NX"><style:map style:condition="cell-content()=1" style:apply-style-name="Lie"/></style:style>',
      `${lie}<style:style style:name="Lie" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NL"/>`,
    );
    // LibreOffice applies a style:map only in a sheet before any conditional format of its own (calcext), of
    // which its .ods of the report has some on every form's sheet: there it shows the figure as it is.
    const unconditioned = zipEntriesOf(
      Object.entries(unzipSync(conditional)).map(([name, data]) => [
        name,
        name === "content.xml"
          ? strToU8(
              strFromU8(data).replace(
                /<calcext:conditional-formats>[\s\S]*?<\/calcext:conditional-formats>/g,
                "",
              ),
            )
          : data,
      ]),
    );
    for (const file of [parent, unconditioned])
      expect(misleading(sheetJsOutcome(file, "r.ods")).map((f) => f.cell)).toEqual([report.input.cell]);
    expect(misleading(sheetJsOutcome(conditional, "r.ods"))).toEqual([]);
  });

  it.each([
    ["two decimals", numberStyle("NX", number().replace('"0"', '"2"'))],
    ["a unit after the figure", numberStyle("NX", `${number()}<number:text> người</number:text>`)],
    [
      "red in parentheses when negative",
      numberStyle("NXP0", number()) +
        numberStyle(
          "NX",
          `<number:text>(</number:text>${number()}<number:text>)</number:text><style:map style:condition="value()&gt;=0" style:apply-style-name="NXP0"/>`,
        ),
    ],
    [
      "a fill of spaces in LibreOffice's extension",
      numberStyle("NX", `<loext:fill-character> </loext:fill-character>${number()}`),
    ],
    // A percentage or a currency on this count is another unit: see the tests of units below.
  ])("reads %s as showing the figure", (_, defined) => {
    const outcome = sheetJsOutcome(styled(defined), "r.ods");
    expect(outcome.read).toBe(true);
    expect(misleading(outcome)).toEqual([]);
  });
});

describe("an .ods input whose data style writes a unit that is not its figure's", () => {
  // Red team, round 5: a currency that is not the đồng beside money, a percentage of a count (48 shown
  // as 4800%). LibreOffice writes `CCC` as the code of the style's locale, and no symbol as its sign.
  const currency = (symbol: string, locale = ' number:language="vi" number:country="VN"') =>
    `<number:currency-style style:name="NX"${locale}>${number()}<number:text> </number:text>${symbol}</number:currency-style>`;
  const onMoney = (defined: string) =>
    misleading(sheetJsOutcome(styled(defined, undefined, "", { sheet: "Biểu 03", cell: "C9" }), "r.ods"));

  it.each([
    ["a code", currency("<number:currency-symbol>USD</number:currency-symbol>")],
    [
      "LibreOffice's code in an English locale",
      currency(
        "<number:currency-symbol>CCC</number:currency-symbol>",
        ' number:language="en" number:country="US"',
      ),
    ],
    [
      "no symbol in an English locale",
      currency("<number:currency-symbol/>", ' number:language="en" number:country="US"'),
    ],
    [
      "a code in a symbol's own locale",
      currency(
        '<number:currency-symbol number:language="en" number:country="US">CCC</number:currency-symbol>',
      ),
    ],
    [
      "a percentage",
      `<number:percentage-style style:name="NX">${number()}<number:text>%</number:text></number:percentage-style>`,
    ],
  ])("refuses on money %s", (_, defined) => {
    expect(onMoney(defined).map((f) => f.cell)).toEqual(["C9"]);
  });

  it.each([
    ["LibreOffice's code", currency("<number:currency-symbol>CCC</number:currency-symbol>")],
    ["no symbol", currency("<number:currency-symbol/>")],
    [
      "the sign",
      currency('<number:currency-symbol number:language="vi" number:country="VN">₫</number:currency-symbol>'),
    ],
  ])("reads the đồng on money as showing the figure: %s", (_, defined) => {
    expect(onMoney(defined)).toEqual([]);
  });

  it("refuses a percentage or the đồng on a count", () => {
    const percentage = `<number:percentage-style style:name="NX">${number()}<number:text>%</number:text></number:percentage-style>`;
    for (const defined of [percentage, currency("<number:currency-symbol>CCC</number:currency-symbol>")])
      expect(misleading(sheetJsOutcome(styled(defined), "r.ods")).map((f) => f.cell)).toEqual([
        report.input.cell,
      ]);
  });
});

describe("an .ods input under a conditional format of LibreOffice's whose style shows another figure", () => {
  /** The report with a conditional format over the input in number format `code`, saved as .ods. */
  const conditionalOds = (code: string) =>
    resaveWith(
      conditionallyStyled(
        report,
        `<numFmt numFmtId="301" formatCode="${code.replace(/"/g, "&quot;")}"/>`,
        "dxfs",
      ),
      "xlsx",
      "ods",
    );
  /** The .ods with content.xml changed. */
  const withContent = (ods: Uint8Array, change: (xml: string) => string) =>
    zipEntriesOf(
      Object.entries(unzipSync(ods)).map(([name, data]) => [
        name,
        name === "content.xml" ? strToU8(change(strFromU8(data))) : data,
      ]),
    );

  it("refuses it, though the text the file saved shows the figure, and when only LibreOffice's own extension names it", () => {
    const lying = conditionalOds('"1,442"');
    // LibreOffice saves the figure's own text for the cell: only its styles tell what it shows.
    expect(strFromU8(unzipSync(lying)["content.xml"]!)).not.toContain("1,442");
    const extensionOnly = withContent(lying, (xml) => xml.replace(/<style:map [^>]*\/>/g, ""));
    for (const file of [lying, extensionOnly]) {
      const found = misleading(sheetJsOutcome(file, "r.ods"));
      expect(found.map((f) => f.cell)).toEqual([report.input.cell]);
      expect(found[0]!.message_en).toContain("may make it show another figure");
    }
  }, 60_000);

  it("reads one that shows the figure otherwise as showing it", () => {
    const outcome = sheetJsOutcome(conditionalOds('#,##0 "người"'), "r.ods");
    expect(outcome.read).toBe(true);
    expect(misleading(outcome)).toEqual([]);
  }, 60_000);
});

describe("an .ods number style that gives no decimal places", () => {
  // Red team, round 31: LibreOffice writes `[$-42A]#,##0 CCC` so, and shows 12,345,678,901 whole; read as
  // shown "12,345,678,900", a province's budget was refused.
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"';
  const content = strToU8(
    `<office:document-content ${NS}><office:automatic-styles><number:number-style style:name="N"><number:number number:min-integer-digits="1" number:grouping="true"/></number:number-style><style:style style:name="C" style:family="table-cell" style:data-style-name="N"/></office:automatic-styles></office:document-content>`,
  );

  it("shows a whole number of up to fifteen digits whole, as LibreOffice does", () => {
    const styles = odsDataStyles(undefined, content);
    expect(styles.texts({ own: ["C"], applied: [], mapped: true }, 12_345_678_901)).toEqual([
      "12,345,678,901",
    ]);
    expect(styles.texts({ own: ["C"], applied: [], mapped: true }, 1_254)).toEqual(["1,254"]);
  });
});

describe("an .ods number style that requires no integer digit", () => {
  // Red team, round 62: LibreOffice's `#`, which shows 0 as a blank, was rendered "0".
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"';
  const styled = (decimals: number) =>
    odsDataStyles(
      undefined,
      strToU8(
        `<office:document-content ${NS}><office:automatic-styles><number:number-style style:name="N"><number:number number:decimal-places="${decimals}" number:min-decimal-places="${decimals}" number:min-integer-digits="0"/></number:number-style><style:style style:name="C" style:family="table-cell" style:data-style-name="N"/></office:automatic-styles></office:document-content>`,
      ),
    );
  const cell = { own: ["C"], applied: [], mapped: true };

  it("shows 0 as nothing, and a fraction of one without its zero, as LibreOffice does", () => {
    expect(styled(0).texts(cell, 0)).toEqual([""]);
    expect(styled(0).texts(cell, 7)).toEqual(["7"]);
    expect(styled(2).texts(cell, 0.25)).toEqual([".25"]);
  });
});

describe("an .ods number style whose own part is not read but whose conditions are", () => {
  // Red team, round 31: LibreOffice saves `#,##0;-#,##0;"0"` as a style writing "0" with conditions for
  // the other numbers, and shows 1,254 as 1,254; the digit written in left every value refused.
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"';
  const zeroAsText = (mapAttributes = "") =>
    strToU8(
      `<office:document-content ${NS}><office:automatic-styles>` +
        numberStyle("NP0", number(), ' style:volatile="true"') +
        numberStyle("NP1", `<number:text>-</number:text>${number()}`, ' style:volatile="true"') +
        numberStyle(
          "N",
          '<number:text>0</number:text><style:map style:condition="value()&gt;0" style:apply-style-name="NP0"/>' +
            `<style:map style:condition="value()&lt;0" style:apply-style-name="NP1"${mapAttributes}/>`,
        ) +
        '<style:style style:name="C" style:family="table-cell" style:data-style-name="N"/>' +
        "</office:automatic-styles></office:document-content>",
    );

  it("shows a number its conditions choose another style for as that style does", () => {
    const styles = odsDataStyles(undefined, zeroAsText());
    expect(styles.texts({ own: ["C"], applied: [], mapped: true }, 1_254)).toEqual(["1,254"]);
    expect(styles.texts({ own: ["C"], applied: [], mapped: true }, -1_254)).toEqual(["-1,254"]);
  });

  it("still reads nothing sure of the number its own part shows, nor of a condition LibreOffice's extension marks", () => {
    expect(
      odsDataStyles(undefined, zeroAsText()).texts({ own: ["C"], applied: [], mapped: true }, 0),
    ).toEqual([UNREADABLE_SHOWN]);
    const marked = odsDataStyles(undefined, zeroAsText(' loext:x="1"'));
    expect(marked.texts({ own: ["C"], applied: [], mapped: true }, 1_254)).toEqual([UNREADABLE_SHOWN]);
  });
});
