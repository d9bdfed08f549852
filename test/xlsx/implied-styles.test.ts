import { fastOutcome, ruled, type Outcome } from "../support/compare-readers";
import { numberFormatted, reportParts, type ReportParts } from "../support/report-parts";

// Red team, round 14 (x01–x04, x08, x13, x14): an input that gives no style of its own is drawn by
// LibreOffice in its row's style (where the row's customFormat applies it), else in its column's; Excel
// draws it in style 0. A style there that shows another figure, nothing, or white on white hid the figure
// from a LibreOffice reader while the file read as ready.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

type Where = "row" | "row without customFormat" | "column";

/**
 * The input in number format `code`, given to it by its row or its column, the cell giving no style;
 * the styles part then changed by `styles`.
 */
function styledBy(where: Where, code: string, styles?: (xml: string) => string): Uint8Array {
  const { cell, row } = report.input;
  const column = cell.replace(/\d+$/, "").charCodeAt(0) - 64;
  return numberFormatted(report, code, {
    ...(styles ? { styles } : {}),
    sheet: (xml) => {
      const style = new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)![1]!;
      const bare = xml.replace(`<c r="${cell}" s="${style}"`, `<c r="${cell}"`);
      if (where === "column")
        return bare.replace(new RegExp(`<col min="${column}" max="${column}"`), `$& style="${style}"`);
      const custom = where === "row" ? ' customFormat="1"' : "";
      return bare.replace(new RegExp(`<row r="${row}"`), `$& s="${style}"${custom}`);
    },
  });
}

const at = (outcome: Outcome, rule: string) =>
  ruled(outcome, rule, ["cell"])
    .flat()
    .filter((cell) => cell === report.input.cell);

describe("an input drawn in its row's or column's style", () => {
  it.each(["row", "column"] as const)("refuses one its %s's style shows as another figure", (where) => {
    const file = styledBy(where, '"7,654,321"');
    expect(file).not.toEqual(report.bytes);
    expect(at(fastOutcome(file), "cell.misleading_format")).toEqual([report.input.cell]);
  });

  it.each(["row", "column"] as const)("refuses one its %s's style hides", (where) => {
    const outcome = fastOutcome(styledBy(where, ";;;"));
    expect([...at(outcome, "cell.misleading_format"), ...at(outcome, "cell.hidden")]).toContain(
      report.input.cell,
    );
  });

  it("reads one whose row's style applies to no cell (no customFormat), as LibreOffice draws it", () => {
    const outcome = fastOutcome(styledBy("row without customFormat", '"7,654,321"'));
    expect(at(outcome, "cell.misleading_format")).toEqual([]);
  });

  it("reads one its row's or column's style shows as it is", () => {
    for (const where of ["row", "column"] as const)
      expect({ where, found: at(fastOutcome(styledBy(where, "#,##0")), "cell.misleading_format") }).toEqual({
        where,
        found: [],
      });
  });

  it("refuses one Excel draws in a style 0 of a 1-pt font, though its row's style is plain", () => {
    const tinyStyle0 = (xml: string) => {
      const fonts = Number(/<fonts count="(\d+)">/.exec(xml)![1]);
      return xml
        .replace(/<fonts count="\d+">/, `<fonts count="${fonts + 1}">`)
        .replace("</fonts>", '<font><sz val="1"/><name val="Calibri"/></font></fonts>')
        .replace(/(<cellXfs count="\d+"><xf [^>]*?)fontId="\d+"/, `$1fontId="${fonts}"`);
    };
    const file = styledBy("row", "#,##0", tinyStyle0);
    expect(at(fastOutcome(file), "cell.hidden")).toEqual([report.input.cell]);
    expect(at(fastOutcome(styledBy("row", "#,##0")), "cell.hidden")).toEqual([]);
  });

  // Review of round 14: LibreOffice reads the columns after the cells too, and draws the cell in their style.
  it("refuses a sheet whose columns come after a cell that gives no style", () => {
    const moved = (xml: string) => {
      const cols = /<cols>.*?<\/cols>/s.exec(xml)![0];
      return xml.replace(cols, "").replace("</sheetData>", `</sheetData>${cols}`);
    };
    const { cell } = report.input;
    const unstyled = (xml: string) => xml.replace(new RegExp(`(<c r="${cell}") s="\\d+"`), "$1");
    expect(fastOutcome(report.fileWith({ [report.input.part]: (xml) => moved(unstyled(xml)) })).read).toBe(
      false,
    );
    expect(fastOutcome(report.fileWith({ [report.input.part]: moved })).read).toBe(true);
  });
});
