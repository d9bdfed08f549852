import { unzipSync } from "fflate";
import { resaveWith } from "../../support/libreoffice";
import { fastOutcome, sheetJsOutcome } from "../../support/compare-readers";
import { drawnOver } from "../../support/form-sheet-parts";
import { reportParts, type ReportParts } from "../../support/report-parts";

// A cell note (comment) set to show always, its box laid exactly over a form's cell in the cell's fill,
// shows a person the figure it says while the roll-up counts the cell's (red team, round 4, S2). Notes
// and form controls are a sheet's legacy drawing, in VML, apart from its DrawingML drawing.

let report: ReportParts;
let input: ReportParts["input"];

beforeAll(async () => {
  report = await reportParts();
  input = report.input;
});

// The input is C9 of Biểu 01: column 2, row 8 from 0.
const C9 = { col: 2, row: 8 };
const underInput = [["error", "Biểu 01", "C9"]];

/** A note's shape, as Excel writes one: `shown` adds x:Visible, `style` ends its style. */
const note = (
  { col, row }: { col: number; row: number },
  { shown, style }: { shown: boolean; style: string },
  anchor = `${col}, 0, ${row}, 0, ${col + 1}, 0, ${row + 1}, 0`,
) =>
  `<v:shape id="_x0000_s1025" type="#_x0000_t202" style='position:absolute;margin-left:0;margin-top:0;width:60pt;height:15pt;z-index:1;${style}' fillcolor="#FFF8DC" o:insetmode="auto"><v:fill color2="#FFF8DC"/><v:textbox style='mso-direction-alt:auto'><div style='text-align:left'></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>
    ${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>${shown ? "<x:Visible/>" : ""}</x:ClientData></v:shape>`;
const hidden = { shown: false, style: "visibility:hidden" };
const shown = { shown: true, style: "visibility:visible" };

const vml = (shapes: string) =>
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`;

/** The report with notes on the input's cell, their comments part and this legacy drawing. */
const withLegacyDrawing = (
  drawing: string,
  part = "xl/drawings/vmlDrawing1.vml",
  sheet = (xml: string) => xml,
  noted = input.cell,
) =>
  report.fileWith({
    [input.part]: (xml) => sheet(xml).replace("</worksheet>", '<legacyDrawing r:id="rId2"/></worksheet>'),
    [input.part.replace("worksheets/", "worksheets/_rels/") + ".rels"]:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../${part.slice(3)}"/></Relationships>`,
    "xl/comments1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Clerk</author></authors><commentList><comment ref="${noted}" authorId="0"><text><r><t>5</t></r></text></comment></commentList></comments>`,
    [part]: drawing,
    "[Content_Types].xml": (xml) =>
      xml.replace(
        "</Types>",
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
      ),
  });

describe("a note shown always, or a form control, over a form's cell is named", () => {
  it("names a note shown always laid over the input", () => {
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown))))).toEqual(underInput);
  });

  it("names nothing for a hidden note: a clerk's comment shows only its red corner", () => {
    expect(drawnOver(withLegacyDrawing(vml(note(C9, hidden))))).toEqual([]);
  });

  it("names a note LibreOffice shows: without x:Visible, its style not hidden", () => {
    // LibreOffice reads a note's visibility from its style alone; Excel from x:Visible alone.
    expect(drawnOver(withLegacyDrawing(vml(note(C9, { shown: false, style: "" }))))).toEqual(underInput);
    const excelOnly = { shown: true, style: "visibility:hidden" };
    expect(drawnOver(withLegacyDrawing(vml(note(C9, excelOnly))))).toEqual(underInput);
    const twice = { shown: false, style: "visibility:hidden;visibility:visible" };
    expect(drawnOver(withLegacyDrawing(vml(note(C9, twice))))).toEqual(underInput);
  });

  it("places a note by its anchor: one beside the form's cells names nothing", () => {
    expect(drawnOver(withLegacyDrawing(vml(note({ col: C9.col, row: 40 }, shown))))).toEqual([]);
    // Ending a pixel into the input's cell is a rounding, not a cover.
    const touching = `${C9.col - 1}, 0, ${C9.row}, 0, ${C9.col}, 1, ${C9.row + 1}, 0`;
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, touching))))).toEqual([]);
  });

  // Red team, round 63: LibreOffice writes a shown note's box with an offset below zero, which was read as
  // covering the whole sheet: every cell of the form refused.
  it("places a note whose anchor has offsets below zero, as LibreOffice writes it", () => {
    const beside = `${C9.col}, 23, 40, 22, ${C9.col + 1}, -8, 42, 5`;
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, beside))))).toEqual([]);
    const over = `${C9.col + 1}, -8, ${C9.row}, 2, ${C9.col + 1}, -2, ${C9.row + 1}, -3`;
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, over))))).toEqual(underInput);
    // A start far before its cell lies over the columns it reaches back to.
    const farBack = `${C9.col + 3}, -300, ${C9.row}, 0, ${C9.col + 4}, 0, ${C9.row + 1}, 0`;
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, farBack))))).toEqual(
      expect.arrayContaining(underInput),
    );
  });

  // Red team, round 64: an anchor ending before it starts, which LibreOffice sets aside to place the note by
  // its style, over any cell; and a start 16 pixels back, over a row 2 pixels high, into the input's row.
  it("takes a note whose anchor ends before it starts to lie anywhere, and walks a start back over short rows", () => {
    const reversed = `11, 0, 30, 0, 12, 0, 31, -30`;
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, reversed))))).toEqual(
      expect.arrayContaining(underInput),
    );
    const back = `${C9.col}, 0, ${C9.row + 2}, -16, ${C9.col + 1}, 0, ${C9.row + 3}, 0`;
    const shortRow = (xml: string) =>
      xml.replace(new RegExp(`<row r="${C9.row + 2}"`), `$& ht="1.5" customHeight="1"`);
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, back)), undefined, shortRow))).toEqual(
      expect.arrayContaining(underInput),
    );
  });

  it("names a form control (a label) shown over the input, whatever its x:Visible", () => {
    const label = note(C9, { shown: false, style: "" }).replace('ObjectType="Note"', 'ObjectType="Label"');
    expect(drawnOver(withLegacyDrawing(vml(label)))).toEqual(underInput);
  });

  it("reads a control's text with <br> left open, as Excel writes it", () => {
    const text = note(C9, hidden).replace("<div style='text-align:left'></div>", "<div>5<br>Mẫu</div>");
    expect(drawnOver(withLegacyDrawing(vml(text)))).toEqual([]);
  });

  it("takes a legacy drawing it cannot read, or cannot place, to cover the whole sheet", () => {
    const whole = expect.arrayContaining(underInput);
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown)).replace("</xml>", "")))).toEqual(whole);
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown, "2, 0, 8"))))).toEqual(whole);
    expect(drawnOver(withLegacyDrawing(vml(note(C9, shown)), "xl/drawings/vmlDrawing1.bin"))).toEqual(whole);
  });

  it("reads LibreOffice's legacy drawing: an ordinary comment names nothing, one shown always is named", () => {
    const resaved = (shape: string) => {
      const bytes = resaveWith(withLegacyDrawing(vml(shape)), "xlsx", "xlsx");
      const parts = Object.keys(unzipSync(bytes));
      expect(parts.filter((part) => part.endsWith(".vml"))).toHaveLength(1);
      return bytes;
    };
    expect(drawnOver(resaved(note(C9, hidden)))).toEqual([]);
    expect(drawnOver(resaved(note(C9, shown)))).toEqual(expect.arrayContaining(underInput));
  });
});

// Issue 64: a clerk's note on an input, set to show always, lies over the computed rate beside it. The
// roll-up computes the rate again from the inputs, so the note hides no figure that counts: a warning.
// A form control there, or a note over an input, shows a person another figure: an error.
describe("a note shown always over a computed cell warns", () => {
  // E9 of Biểu 01 computes a rate from C9 and D9.
  const E9 = { col: 4, row: 8 };
  /** The findings of the rules about drawings over cells, as [rule, severity, sheet, cell]. */
  const drawnRules = (bytes: Uint8Array, file = "r.xlsx") => {
    const outcome = file.endsWith(".xlsx") ? fastOutcome(bytes) : sheetJsOutcome(bytes, file);
    return outcome.read
      ? outcome.findings
          .filter((f) => f.rule === "cell.under_note" || f.rule === "cell.under_drawing")
          .map((f) => [f.rule, f.severity, f.sheet, f.cell])
      : "refused";
  };
  const warned = [["cell.under_note", "warning", "Biểu 01", "E9"]];

  const noted = (shape: string) => withLegacyDrawing(vml(shape), undefined, undefined, "E9");

  it("warns of the note, naming the cell and what it computes", () => {
    const outcome = fastOutcome(noted(note(E9, shown)));
    expect(drawnRules(noted(note(E9, shown)))).toEqual(warned);
    const found = outcome.read ? outcome.findings.find((f) => f.rule === "cell.under_note") : undefined;
    expect(found?.message_vi).toContain("ghi chú");
    expect(found?.message_en).toContain("note");
  });

  it("refuses a form control over the computed cell, as any drawing that is no note", () => {
    const label = note(E9, shown).replace('ObjectType="Note"', 'ObjectType="Label"');
    expect(drawnRules(withLegacyDrawing(vml(label)))).toEqual([
      ["cell.under_drawing", "error", "Biểu 01", "E9"],
    ]);
  });

  it.each(["xls", "ods"] as const)("warns of it in the .%s LibreOffice saves", (ext) => {
    const saved = resaveWith(noted(note(E9, shown)), "xlsx", ext);
    const found = drawnRules(saved, `r.${ext}`);
    // LibreOffice draws the box over the rate below too, as computed as E9.
    expect(found).toEqual([...warned, ["cell.under_note", "warning", "Biểu 01", "E10"]]);
  });
});
