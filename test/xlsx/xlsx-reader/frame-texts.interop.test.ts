import { extract, getTemplate, validate, type WorkbookGrid } from "../../../src/core";
import { readReportGrid, readWorkbookGrid } from "../../../src/xlsx";
import { escapedFormat, reportParts, withDxfs, type ReportParts } from "../../support/report-parts";
import { resaveWith } from "../../support/libreoffice";

jest.setTimeout(180_000);

// A form's headings and labels tell which name is which figure: the names must sit under the headings a
// person reads, not under texts no one sees, nor beside a label a conditional format shows as another.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The part of a sheet of the report, by its name. */
function sheetPart(name: string): string {
  const id = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(
    report.text("xl/workbook.xml"),
  )![1]!;
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(
    report.text("xl/_rels/workbook.xml.rels"),
  )!;
  return `xl/${target[1]!.replace(/^\/?xl\//, "")}`;
}

/** Where the report's own reader finds a text on a sheet. */
function addressOf(sheet: string, text: string): string {
  const grid = readReportGrid(report.bytes, "p.xlsx");
  const cells = grid.sheets.find((s) => s.name === sheet)!.cells;
  return [...cells].find(([, cell]) => cell.value?.type === "string" && cell.value.value === text)![0];
}

const rowOf = (address: string) => /\d+$/.exec(address)![0];

/** The report with a sheet's row element `row` given `attributes` (its own height and hiding dropped). */
function withRow(sheet: string, row: string, attributes: string): Uint8Array {
  return report.fileWith({
    [sheetPart(sheet)]: (xml) =>
      xml.replace(
        new RegExp(`<row r="${row}"([^>]*)>`),
        (_, own: string) =>
          `<row r="${row}"${own.replace(/\s(ht|hidden|customHeight)="[^"]*"/g, "")} ${attributes}>`,
      ),
  });
}

/** The report with conditional formats that always hold over cells of a sheet, each with its dxf. */
function withConditionalStyles(sheet: string, styled: readonly { cell: string; dxf: string }[]): Uint8Array {
  const { styles, first } = withDxfs(
    report.text("xl/styles.xml"),
    styled.map(({ dxf }) => dxf),
  );
  const rules = styled
    .map(
      ({ cell }, i) =>
        `<conditionalFormatting sqref="${cell}"><cfRule type="expression" dxfId="${first + i}" priority="${i + 1}"><formula>TRUE</formula></cfRule></conditionalFormatting>`,
    )
    .join("");
  return report.fileWith({
    "xl/styles.xml": styles,
    [sheetPart(sheet)]: (xml) => xml.replace("</sheetData>", `</sheetData>${rules}`),
  });
}

/**
 * The report with cells of a sheet in a cell style of their own: white text on a white fill, or black on
 * white in a number format `format` of its own.
 */
function inWhiteOnWhite(sheet: string, cells: readonly string[], format?: string): Uint8Array {
  const styles = report.text("xl/styles.xml");
  const count = (list: string) => Number(new RegExp(`<${list} count="(\\d+)"`).exec(styles)![1]);
  const add = (xml: string, list: string, item: string) =>
    xml
      .replace(new RegExp(`<${list} count="\\d+"`), `<${list} count="${count(list) + 1}"`)
      .replace(`</${list}>`, `${item}</${list}>`);
  let restyled = add(
    styles,
    "fonts",
    `<font><color rgb="FF${format ? "000000" : "FFFFFF"}"/><sz val="11"/><name val="Calibri"/></font>`,
  );
  restyled = add(
    restyled,
    "fills",
    `<fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/><bgColor indexed="64"/></patternFill></fill>`,
  );
  if (format)
    restyled = restyled.replace("</numFmts>", `<numFmt numFmtId="300" formatCode="${format}"/></numFmts>`);
  restyled = add(
    restyled,
    "cellXfs",
    `<xf numFmtId="${format ? 300 : 0}" fontId="${count("fonts")}" fillId="${count("fills")}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>`,
  );
  const xf = count("cellXfs");
  return report.fileWith({
    "xl/styles.xml": restyled,
    [sheetPart(sheet)]: (xml) =>
      cells.reduce(
        (out, cell) => out.replace(new RegExp(`<c r="${cell}"( s="\\d+")?`), `<c r="${cell}" s="${xf}"`),
        xml,
      ),
  });
}

const found = (grid: WorkbookGrid, rule: string) =>
  validate(extract(grid))
    .filter((f) => f.rule === rule)
    .map((f) => `${f.sheet}!${f.cell ?? ""}`);

const asXlsx = (bytes: Uint8Array) => readReportGrid(bytes, "p.xlsx");
const asOds = (bytes: Uint8Array) => readWorkbookGrid(resaveWith(bytes, "xlsx", "ods"), "p.ods");

describe("a form whose heading row a person cannot see", () => {
  const def = getTemplate("B02");
  const heading = () => addressOf(def.sheetName, def.columns[0]!.label.vi);

  it("has its headings on one row of the report, and nothing found as it is", () => {
    expect(rowOf(heading())).toMatch(/^\d+$/);
    expect(found(asXlsx(report.bytes), "cell.heading_unseen")).toEqual([]);
    expect(found(asXlsx(report.bytes), "cell.name_unplaced")).toEqual([]);
  });

  it.each([
    ["hidden", 'hidden="1"'],
    ["0.5 pt tall", 'ht="0.5" customHeight="1"'],
  ])("is an error naming each heading when the row is %s (.xlsx)", (_, attributes) => {
    const bytes = withRow(def.sheetName, rowOf(heading()), attributes);
    expect(found(asXlsx(bytes), "cell.heading_unseen")).toContain(`${def.sheetName}!${heading()}`);
  });

  it("is an error naming each heading when its text is the colour of its fill (.xlsx)", () => {
    const cells = def.columns.map((c) => addressOf(def.sheetName, c.label.vi));
    const white =
      '<font><color rgb="FFFFFFFF"/></font><fill><patternFill><bgColor rgb="FFFFFFFF"/></patternFill></fill>';
    const bytes = withConditionalStyles(
      def.sheetName,
      cells.map((cell) => ({ cell, dxf: white })),
    );
    expect(found(asXlsx(bytes), "cell.heading_unseen")).toContain(`${def.sheetName}!${heading()}`);
  });

  it.each(["xls", "ods"] as const)(
    "is an error naming each heading when its text is the colour of its fill (.%s, saved by LibreOffice)",
    (ext) => {
      const cells = def.columns.map((c) => addressOf(def.sheetName, c.label.vi));
      const saved = resaveWith(inWhiteOnWhite(def.sheetName, cells), "xlsx", ext);
      const grid = readWorkbookGrid(saved, `p.${ext}`);
      expect(found(grid, "cell.heading_unseen")).toContain(`${def.sheetName}!${heading()}`);
    },
  );

  it.each(["xlsx", "xls", "ods"] as const)(
    "is an error naming each heading when its number format writes texts in its fill's colour (.%s)",
    (ext) => {
      const cells = def.columns.map((c) => addressOf(def.sheetName, c.label.vi));
      const bytes = inWhiteOnWhite(def.sheetName, cells, "[White]@");
      const grid =
        ext === "xlsx" ? asXlsx(bytes) : readWorkbookGrid(resaveWith(bytes, "xlsx", ext), `p.${ext}`);
      expect(found(grid, "cell.heading_unseen")).toContain(`${def.sheetName}!${heading()}`);
    },
  );

  it("is an error naming each heading when the row is hidden (.ods, saved by LibreOffice)", () => {
    const bytes = withRow(def.sheetName, rowOf(heading()), 'hidden="1"');
    expect(found(asOds(bytes), "cell.heading_unseen")).toContain(`${def.sheetName}!${heading()}`);
  });
});

describe("two row labels a conditional format shows swapped", () => {
  const def = getTemplate("B04");
  const [first, second] = ["commended_collectives", "commended_individuals"].map(
    (key) => def.rows.find((r) => r.key === key)!,
  );
  /** Each label's cell, with a conditional format whose number format's text section is the other's. */
  const swapped = () => {
    const [a, b] = [first!, second!].map((r) => addressOf(def.sheetName, r.label.vi));
    const showing = (text: string) =>
      `<numFmt numFmtId="300" formatCode="${escapedFormat(`General;General;General;"${text}"`)}"/>`;
    return {
      cells: [a!, b!],
      bytes: withConditionalStyles(def.sheetName, [
        { cell: a!, dxf: showing(second!.label.vi) },
        { cell: b!, dxf: showing(first!.label.vi) },
      ]),
    };
  };
  /** The cell the roll-up reads for the second row (the one a person reads beside the first label). */
  const named = (grid: WorkbookGrid) => {
    const name = grid.names.find((n) => n.name.startsWith(`TD_B04_${second!.key}`))!;
    return `${name.sheet}!${name.address}`;
  };

  it.each([
    ["xlsx", asXlsx],
    ["ods, saved by LibreOffice", asOds],
  ] as const)("names the labels and the figure read beside the wrong one (.%s)", (_, read) => {
    const { cells, bytes } = swapped();
    const grid = read(bytes);
    expect(found(grid, "cell.heading_unseen")).toEqual(cells.map((cell) => `${def.sheetName}!${cell}`));
    expect(found(grid, "cell.name_misplaced")).toContain(named(grid));
  });
});

describe("a form's headings and labels whose English shows another's", () => {
  // Red team, round 19: two rows' English labels swapped passed as ready; a person reading English read
  // the state-owned figures as domestic private ones.
  const def = getTemplate("B01");
  const english = (key: string) => def.rows.find((r) => r.key === key)!.label.en;
  const inline = (address: string, text: string) =>
    `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
  const withTexts = (texts: Record<string, string>) => {
    const part = sheetPart(def.sheetName);
    const sheet = report.text(part);
    return report.fileWith({
      [part]: (xml) =>
        Object.entries(texts).reduce(
          (out, [address, text]) =>
            out.replace(new RegExp(`<c r="${address}"[^>]*>.*?</c>`).exec(sheet)![0], inline(address, text)),
          xml,
        ),
    });
  };
  /** The English cells of the state-owned and domestic rows' labels and of the first column's heading. */
  const cells = () => {
    const [stateAt, domesticAt] = ["state", "private"].map((key) => addressOf(def.sheetName, english(key)));
    expect([stateAt, domesticAt]).toEqual([expect.stringMatching(/^B\d+$/), expect.stringMatching(/^B\d+$/)]);
    return { stateAt, domesticAt, headingAt: addressOf(def.sheetName, def.columns[0]!.label.en) };
  };

  it("names each English cell swapped, a row's or a column's", () => {
    const { stateAt, domesticAt, headingAt } = cells();
    const swapped = withTexts({
      [stateAt!]: english("private"),
      [domesticAt!]: english("state"),
      [headingAt]: def.columns[1]!.label.en,
    });
    const named = [stateAt!, domesticAt!, headingAt].map((cell) => `${def.sheetName}!${cell}`).sort();
    expect(found(asXlsx(swapped), "cell.heading_en_other").sort()).toEqual(named);
    expect(found(asXlsx(report.bytes), "cell.heading_en_other")).toEqual([]);
  });

  it("passes over an English cell left blank: it misleads no one", () => {
    const blank = withTexts({ [cells().stateAt!]: "" });
    expect(found(asXlsx(blank), "cell.heading_en_other")).toEqual([]);
  });

  // Red team, round 25: the English column deleted, the figures (and their names) moved into its cells.
  it("passes over an English cell holding a figure, and names one holding a text", () => {
    const { stateAt } = cells();
    const part = sheetPart(def.sheetName);
    const own = new RegExp(`<c r="${stateAt!}"[^>]*>.*?</c>`).exec(report.text(part))![0];
    const figure = report.fileWith({
      [part]: (xml) => xml.replace(own, `<c r="${stateAt!}"><v>12</v></c>`),
      "xl/workbook.xml": (xml) =>
        xml.replace(
          /(<definedName name="TD_B01_state_enterprises_with_union"[^>]*>[^!]*!)[^<]*/,
          `$1$$${stateAt!.replace(/\d+/, "")}$$${stateAt!.replace(/\D+/, "")}`,
        ),
    });
    expect(found(asXlsx(figure), "cell.heading_en_other")).toEqual([]);
    expect(found(asXlsx(withTexts({ [stateAt!]: "12" })), "cell.heading_en_other")).toEqual([
      `${def.sheetName}!${stateAt!}`,
    ]);
  });
});
