import { extract, getTemplate, validate, type WorkbookGrid } from "../../../src/core";
import { mayShowOf } from "../../../src/core/report/seen-text";
import { readReportGrid, readWorkbookGrid } from "../../../src/xlsx";
import { reportParts, withDxfs, type ReportParts } from "../../support/report-parts";
import { resaveWith } from "../../support/libreoffice";
import { zipEntriesOf } from "../../support/mutate-report";
import { strFromU8, strToU8, unzipSync } from "fflate";

jest.setTimeout(180_000);

// A label written in rich-text runs shows only the runs a person can see (red team, round 17): with
// "ngoài " and " trong nước" in white 1-pt type, the row of "Doanh nghiệp ngoài nhà nước trong nước"
// reads "Doanh nghiệp nhà nước", and the figure on it is signed for as state-owned enterprises.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const def = getTemplate("B01");
const [state, domestic] = ["state", "private"].map((key) => def.rows.find((r) => r.key === key)!.label.vi);

const plain = (text: string) => `<r><rPr><sz val="11"/></rPr><t xml:space="preserve">${text}</t></r>`;

/** The shared strings with two labels written as runs, the `hidden` ones in the font given. */
function sharedWithRuns(
  font: string,
  hidden = (text: string) => `<r><rPr>${font}</rPr><t xml:space="preserve">${text}</t></r>`,
): string {
  const [head, word, rest] = ["Doanh nghiệp ", "ngoài ", "nhà nước"];
  expect(`${head}${word}${rest} trong nước`).toBe(domestic);
  return report
    .text("xl/sharedStrings.xml")
    .replace(`<si><t>${state}</t></si>`, `<si>${hidden(state!)}</si>`)
    .replace(
      `<si><t>${domestic}</t></si>`,
      `<si>${plain(head)}${hidden(word)}${plain(rest)}${hidden(" trong nước")}</si>`,
    );
}

/** The report with two labels' shared strings written as runs (see `sharedWithRuns`). */
const withRuns = (font: string, hidden?: (text: string) => string) =>
  report.fileWith({ "xl/sharedStrings.xml": sharedWithRuns(font, hidden) });

const found = (grid: WorkbookGrid, rule: string) =>
  validate(extract(grid))
    .filter((f) => f.rule === rule)
    .map((f) => `${f.sheet}!${f.cell ?? ""}`);

/** The cells of a sheet holding a text, as the report's own reader reads them. */
function addressesOf(grid: WorkbookGrid, text: string): string[] {
  const cells = grid.sheets.find((s) => s.name === def.sheetName)!.cells;
  return [...cells].flatMap(([address, cell]) =>
    cell.value?.type === "string" && cell.value.value === text ? [address] : [],
  );
}

const asXlsx = (bytes: Uint8Array) => readReportGrid(bytes, "p.xlsx");

describe("row labels written in runs a person cannot all see", () => {
  it.each([
    ["white", '<color rgb="FFFFFFFF"/><sz val="11"/>'],
    ["1 pt", '<sz val="1"/>'],
    ["a 6-pt superscript", '<sz val="6"/><vertAlign val="superscript"/>'],
    ["a size below nothing (LibreOffice draws none)", '<sz val="-11"/>'],
    ["type struck through", '<strike/><sz val="11"/>'],
    ["Symbol's Greek letters", '<rFont val="Symbol"/><sz val="11"/>'],
    ["300 pt, in a row of 15 (round 19: a row a tenth its height draws nothing)", '<sz val="300"/>'],
  ])("name both labels (.xlsx, runs in %s)", (_, font) => {
    const grid = asXlsx(withRuns(font));
    const cells = [state!, domestic!].map((label) => `${def.sheetName}!${addressesOf(grid, label)[0]}`);
    expect(found(grid, "cell.heading_unseen")).toEqual(expect.arrayContaining(cells));
  });

  it("are read as they are where every run shows: in colour, bold, 8 pt, Times, unstruck, or spaces in white", () => {
    const grid = asXlsx(
      withRuns(
        '<b/><color rgb="FFC00000"/><sz val="8"/>',
        (text) =>
          (text.startsWith(" ")
            ? `<r><rPr><color rgb="FFFFFFFF"/></rPr><t xml:space="preserve"> </t></r>`
            : "") +
          `<r><rPr><rFont val="Times New Roman"/><b/><strike val="0"/><color rgb="FFC00000"/><sz val="8"/></rPr><t xml:space="preserve">${text.replace(/^ /, "")}</t></r>`,
      ),
    );
    expect(found(grid, "cell.heading_unseen")).toEqual([]);
  });

  it.each([
    ["white", '<color rgb="FFFFFFFF"/><sz val="11"/>'],
    ["a size below nothing (LibreOffice writes an 866-pt font)", '<sz val="-11"/>'],
    ["type struck through", '<strike/><sz val="11"/>'],
    ["Wingdings", '<rFont val="Wingdings"/><sz val="11"/>'],
    ["300 pt, in a row of 15", '<sz val="300"/>'],
  ])(
    "name both labels in LibreOffice's .xls of the file, each label's first run a plain space (runs in %s)",
    (_, font) => {
      const hide = (text: string) => `<r><rPr>${font}</rPr><t xml:space="preserve">${text}</t></r>`;
      const bytes = withRuns("", (text) => (text === state ? plain(" ") + hide(text) : hide(text)));
      const grid = readWorkbookGrid(resaveWith(bytes, "xlsx", "xls"), "p.xls");
      const cells = [` ${state}`, domestic!].map(
        (label) => `${def.sheetName}!${addressesOf(grid, label)[0]}`,
      );
      expect(found(grid, "cell.heading_unseen")).toEqual(expect.arrayContaining(cells));
    },
  );

  it.each([
    ["white 1 pt", '<color rgb="FFFFFFFF"/><sz val="1"/>'],
    ["a 6-pt superscript", '<sz val="6"/><vertAlign val="superscript"/>'],
    ["a size below nothing (LibreOffice writes a span of 121,747,096 pt)", '<sz val="-11"/>'],
    ["type struck through", '<strike/><sz val="11"/>'],
    ["Wingdings", '<rFont val="Wingdings"/><sz val="11"/>'],
    ["300 pt, in a row of 15", '<sz val="300"/>'],
  ])("name both labels in LibreOffice's .ods of the file (text spans in %s)", (_, font) => {
    const grid = readWorkbookGrid(resaveWith(withRuns(font), "xlsx", "ods"), "p.ods");
    const cells = [state!, domestic!].map((label) => `${def.sheetName}!${addressesOf(grid, label)[0]}`);
    expect(found(grid, "cell.heading_unseen")).toEqual(expect.arrayContaining(cells));
  });

  /** LibreOffice's .ods of the labels in 8-pt red runs, its parts changed by `change`. */
  const odsChanged = (change: Record<string, (xml: string) => string>) => {
    const saved = resaveWith(withRuns('<b/><color rgb="FFC00000"/><sz val="8"/>'), "xlsx", "ods");
    const parts = Object.entries(unzipSync(saved)).map(([name, data]): [string, Uint8Array] => {
      const changed = change[name]?.(strFromU8(data));
      expect(changed).not.toBe(change[name] ? strFromU8(data) : "");
      return [name, changed === undefined ? data : strToU8(changed)];
    });
    return readWorkbookGrid(zipEntriesOf(parts), "p.ods");
  };

  /** The red spans made white. */
  const whiteSpans = (xml: string) =>
    xml.replace(/(<style:text-properties [^>]*)fo:color="#c00000"/gi, '$1fo:color="#ffffff"');
  /** styles.xml with a named style of its own. */
  const namedStyle = (style: string) => (xml: string) =>
    xml.replace("</office:styles>", `${style}</office:styles>`);
  const namesBoth = (grid: WorkbookGrid) => {
    const cells = [state!, domestic!].map((label) => `${def.sheetName}!${addressesOf(grid, label)[0]}`);
    expect(found(grid, "cell.heading_unseen")).toEqual(expect.arrayContaining(cells));
  };

  it("name both labels where a named text style of styles.xml shares the hiding span's name", () => {
    namesBoth(
      odsChanged({
        "content.xml": whiteSpans,
        "styles.xml": namedStyle(
          '<style:style style:name="T1" style:family="text"><style:text-properties fo:color="#000000" fo:font-size="11pt"/></style:style>',
        ),
      }),
    );
  });

  it("name both labels in white spans whose cell a conditional style may fill navy (the white fill is kept)", () => {
    const mapped = (xml: string) => {
      const cell = /table:style-name="(ce\d+)"[^>]*><text:p>[^<]*<text:span text:style-name="T1"/.exec(
        xml,
      )![1];
      const map = `<style:map style:condition="cell-content()=&quot;zzz&quot;" style:apply-style-name="Navy" style:base-cell-address="'Biểu 01'.A1"/>`;
      return xml.replace(
        new RegExp(`(<style:style style:name="${cell}" [^>]*>[^]*?)</style:style>`),
        `$1${map}</style:style>`,
      );
    };
    namesBoth(
      odsChanged({
        "content.xml": (xml) => mapped(whiteSpans(xml)),
        "styles.xml": namedStyle(
          '<style:style style:name="Navy" style:family="table-cell"><style:table-cell-properties fo:background-color="#000080"/><style:text-properties fo:color="#ffffff"/></style:style>',
        ),
      }),
    );
  });

  it("are read alike in each copy of a cell LibreOffice writes once, repeated over two columns", () => {
    // The domestic label's cell repeated over B, where its English was: LibreOffice draws both copies
    // in the white spans the file holds once, at A.
    const repeated = (xml: string) => {
      const table = xml.indexOf(`<table:table table:name="${def.sheetName}"`);
      const cell =
        /<table:table-cell ([^>]*)>(<text:p><text:span [^>]*>Doanh nghiệp <\/text:span>[^]*?<\/table:table-cell>)<table:table-cell [^>]*>[^]*?<\/table:table-cell>/;
      expect(cell.test(xml.slice(table))).toBe(true);
      return (
        xml.slice(0, table) +
        xml.slice(table).replace(cell, '<table:table-cell $1 table:number-columns-repeated="2">$2')
      );
    };
    const grid = odsChanged({ "content.xml": (xml) => repeated(whiteSpans(xml)) });
    const [first, copy] = addressesOf(grid, domestic!);
    expect([first, copy].map((a) => a!.replace(/\d+/, ""))).toEqual(["A", "B"]);
    const cells = grid.sheets.find((s) => s.name === def.sheetName)!.cells;
    expect(mayShowOf(cells.get(first!)!)).toEqual(["Doanh nghiệp nhà nước"]);
    expect(mayShowOf(cells.get(copy!)!)).toEqual(mayShowOf(cells.get(first!)!));
  });

  /** LibreOffice's .ods of the labels in 8-pt red runs, their text style given `attribute` (in place of its own). */
  const odsWith = (attribute: string) => {
    const saved = resaveWith(withRuns('<b/><color rgb="FFC00000"/><sz val="8"/>'), "xlsx", "ods");
    const parts = Object.entries(unzipSync(saved));
    const name = attribute.slice(0, attribute.indexOf("="));
    const content = (xml: string) =>
      xml.replace(/<style:text-properties [^>]*fo:color="#c00000"[^>]*>/gi, (element) =>
        element
          .replace(new RegExp(` ${name}="[^"]*"`), "")
          .replace("<style:text-properties ", `$& ${attribute} `),
      );
    const edited = parts.map(([name, data]): [string, Uint8Array] =>
      name === "content.xml" ? [name, strToU8(content(strFromU8(data)))] : [name, data],
    );
    expect(strFromU8(edited.find(([name]) => name === "content.xml")![1])).toContain(attribute);
    return readWorkbookGrid(zipEntriesOf(edited), "p.ods");
  };

  it.each([
    ["drawn at 5 % of its size, not raised", 'style:text-position="0% 5%"'],
    ["squeezed to 1 % of its width", 'style:text-scale="1%"'],
    ["raised nine times its height, out of its cell", 'style:text-position="900% 100%"'],
    ["set 0.35 cm closer letter by letter, piled on one spot", 'fo:letter-spacing="-0.35cm"'],
  ])("name both labels in an .ods whose hidden spans' text style is %s", (_, attribute) => {
    const grid = odsWith(attribute);
    const cells = [state!, domestic!].map((label) => `${def.sheetName}!${addressesOf(grid, label)[0]}`);
    expect(found(grid, "cell.heading_unseen")).toEqual(expect.arrayContaining(cells));
  });

  it.each([
    ["raised as a superscript", 'style:text-position="33% 100%"'],
    [
      "lowered by nine times its height (LibreOffice draws it in its cell)",
      'style:text-position="-900% 100%"',
    ],
    ["set a little closer", 'fo:letter-spacing="-0.02cm"'],
  ])("are read as they are in an .ods whose spans are %s", (_, attribute) => {
    expect(found(odsWith(attribute), "cell.heading_unseen")).toEqual([]);
  });

  it("are read as they are in LibreOffice's .ods where every span shows (8-pt red)", () => {
    const saved = resaveWith(withRuns('<b/><color rgb="FFC00000"/><sz val="8"/>'), "xlsx", "ods");
    expect(found(readWorkbookGrid(saved, "p.ods"), "cell.heading_unseen")).toEqual([]);
  });
});

describe("row labels written in grey runs a conditional format gives a grey fill", () => {
  it("name both labels (.xlsx)", () => {
    const grey = '<color rgb="FF808080"/><sz val="11"/>';
    const cells = [state!, domestic!].map((label) => addressesOf(asXlsx(report.bytes), label)[0]!);
    const fill = '<fill><patternFill><bgColor rgb="FF808080"/></patternFill></fill>';
    const { styles, first } = withDxfs(report.text("xl/styles.xml"), [fill]);
    const rule = `<conditionalFormatting sqref="${cells.join(" ")}"><cfRule type="expression" dxfId="${first}" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`;
    const bytes = (conditional: boolean) =>
      report.fileWith({
        "xl/sharedStrings.xml": sharedWithRuns(grey),
        "xl/styles.xml": styles,
        [report.input.part]: (xml) =>
          conditional ? xml.replace("</sheetData>", `</sheetData>${rule}`) : xml,
      });
    expect(found(asXlsx(bytes(false)), "cell.heading_unseen")).toEqual([]);
    const named = cells.map((cell) => `${def.sheetName}!${cell}`);
    expect(found(asXlsx(bytes(true)), "cell.heading_unseen")).toEqual(expect.arrayContaining(named));
  });
});

describe("a label written in _xHHHH_ escapes, which Excel decodes and LibreOffice shows as written", () => {
  // Red team, round 19: "_x0054_ỷ lệ DN…" is the target's label in Excel, "_x0054_ỷ lệ DN…" in LibreOffice.
  it("is named, in a shared string and in an inline one", () => {
    const escaped = (text: string) =>
      `_x${text.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_${text.slice(1)}`;
    const shared = report.fileWith({
      "xl/sharedStrings.xml": (xml) =>
        xml.replace(`<si><t>${state}</t></si>`, `<si><t>${escaped(state!)}</t></si>`),
    });
    const cell = addressesOf(asXlsx(report.bytes), state!)[0]!;
    // The shared string is Biểu 02's label too.
    expect(found(asXlsx(shared), "cell.heading_unseen")).toContain(`${def.sheetName}!${cell}`);
    const inline = report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace(
          new RegExp(`<c r="${cell}"([^>]*?) t="s"([^>]*)><v>\\d+</v></c>`),
          `<c r="${cell}"$1 t="inlineStr"$2><is><t>${escaped(state!)}</t></is></c>`,
        ),
    });
    expect(found(asXlsx(inline), "cell.heading_unseen")).toEqual([`${def.sheetName}!${cell}`]);
    expect(found(asXlsx(report.bytes), "cell.heading_unseen")).toEqual([]);
  });
});

describe("a target's label written in runs a person cannot all see", () => {
  const target = def.targets.find((t) => t.key === "B01_nonstate_cla_rate")!.label.vi;
  const [head, word, rest] = ["Tỷ lệ DN ", "ngoài ", "nhà nước có công đoàn đã ký TƯLĐTT"];

  it("is named missing: it reads as a state-owned target beside the non-state one's figures", () => {
    expect(`${head}${word}${rest}`).toBe(target);
    const hidden = `<r><rPr><color rgb="FFFFFFFF"/><sz val="11"/></rPr><t xml:space="preserve">${word}</t></r>`;
    const bytes = report.fileWith({
      "xl/sharedStrings.xml": (xml) =>
        xml.replace(`<si><t>${target}</t></si>`, `<si>${plain(head)}${hidden}${plain(rest)}</si>`),
    });
    expect(found(asXlsx(bytes), "target.label_missing")).toHaveLength(1);
    expect(found(asXlsx(report.bytes), "target.label_missing")).toEqual([]);
  });
});
