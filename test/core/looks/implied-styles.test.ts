import { fastOutcome, ruled, type Outcome } from "../../support/compare-readers";
import { numberFormatted, reportParts, type ReportParts } from "../../support/report-parts";

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
 * the styles part then changed by `styles`, the sheet by `sheet`.
 */
function styledBy(
  where: Where,
  code: string,
  then: { styles?: (xml: string) => string; sheet?: (xml: string) => string } = {},
): Uint8Array {
  const { cell, row } = report.input;
  const column = columnOf(cell);
  const after = then.sheet ?? ((xml: string) => xml);
  return numberFormatted(report, code, {
    ...(then.styles ? { styles: then.styles } : {}),
    sheet: (xml) => {
      const style = new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)![1]!;
      const bare = xml.replace(`<c r="${cell}" s="${style}"`, `<c r="${cell}"`);
      if (where === "column")
        return after(bare.replace(new RegExp(`<col min="${column}" max="${column}"`), `$& style="${style}"`));
      const custom = where === "row" ? ' customFormat="1"' : "";
      return after(bare.replace(new RegExp(`<row r="${row}"`), `$& s="${style}"${custom}`));
    },
  });
}

/** A cell's column, from 1. */
const columnOf = (cell: string) => cell.replace(/\d+$/, "").charCodeAt(0) - 64;

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
    const file = styledBy("row", "#,##0", { styles: tinyStyle0 });
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

  // Red team, round 15 (a03, a04, a13): of two col elements over the input's column, LibreOffice draws it
  // in the first one's style.
  it("judges a cell in the style of the first of two columns over it, as LibreOffice does", () => {
    const column = columnOf(report.input.cell);
    const plain = `<col min="${column}" max="${column}" width="15" customWidth="1" style="0"/>`;
    const styledCol = new RegExp(`<col min="${column}" max="${column}"[^>]*/>`);
    const later = styledBy("column", '"7,654,321"', { sheet: (xml) => xml.replace(styledCol, `$&${plain}`) });
    const before = styledBy("column", '"7,654,321"', {
      sheet: (xml) => xml.replace(styledCol, `${plain}$&`),
    });
    expect(at(fastOutcome(later), "cell.misleading_format")).toEqual([report.input.cell]);
    expect(at(fastOutcome(before), "cell.misleading_format")).toEqual([]);
  });

  // Red team, round 15 (a05, b02, b08): bounds and rows LibreOffice reads otherwise than JavaScript.
  it("refuses a column's bounds that are not whole numbers, a row number that is not one, a row given twice", () => {
    const column = columnOf(report.input.cell);
    const { row } = report.input;
    const changed = (change: (xml: string) => string) =>
      fastOutcome(report.fileWith({ [report.input.part]: change })).read;
    expect(
      changed((xml) =>
        xml.replace(`<col min="${column}" max="${column}"`, `<col min="${column}.5" max="${column}.9"`),
      ),
    ).toBe(false);
    expect(
      changed((xml) =>
        xml.replace(`<col min="${column}" max="${column}"`, `<col min="${column}" max="${column}x"`),
      ),
    ).toBe(false);
    expect(changed((xml) => xml.replace(`<row r="${row}"`, `<row r="0x${row}"`))).toBe(false);
    expect(
      changed((xml) => xml.replace(`<row r="${row}"`, `<row r="${row}" s="1" customFormat="1"/>$&`)),
    ).toBe(false);
    expect(changed((xml) => xml)).toBe(true);
  });
});
