import { sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { twoCell, withDrawing } from "../../support/form-sheet-parts";
import { resaveWith } from "../../support/libreoffice";
import { xlsViewed } from "../../support/xls-view";
import type { CellObject } from "@e965/xlsx";
import { loadSheetJs } from "../../../src/xlsx/number-formats/sheetjs-library";
import { officeArtShapes } from "../../../src/xlsx/sheetjs/xls-drawings";
import { reportParts, type ReportParts } from "../../support/report-parts";

// SheetJS keeps neither an .xls sheet's view (WINDOW2, PANE) nor its drawings (MSODRAWING): the form's
// sheet frozen at a decoy copy below it, or text boxes laid over its cells, showed a person other figures
// than the roll-up counts (red team, round 4, S5 and S3).

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The findings of a rule, as [severity, sheet, cell], or "refused" where the file is not read at all. */
const placed = (outcome: Outcome, rule: string) => ruled(outcome, rule, ["severity", "sheet", "cell"]);

const asXls = (bytes: Uint8Array) => sheetJsOutcome(resaveWith(bytes, "xlsx", "xls"), "r.xls");

/** The report with a comment on the input's cell, hidden (as a clerk adds one, shown on hovering) or shown. */
const withComment = (visibility: "hidden" | "visible") =>
  report.fileWith({
    [report.input.part]: (xml) => xml.replace("</worksheet>", '<legacyDrawing r:id="rId2"/></worksheet>'),
    [report.input.part.replace("worksheets/", "worksheets/_rels/") + ".rels"]:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
    "xl/comments1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Clerk</author></authors><commentList><comment ref="${report.input.cell}" authorId="0"><text><r><t>Checked against the roll-call</t></r></text></comment></commentList></comments>`,
    "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:${visibility}" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 7, 2, 5, 15, 11, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>8</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>`,
    "[Content_Types].xml": (xml) =>
      xml.replace(
        "</Types>",
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
      ),
  });

describe("an .xls form's sheet frozen past the form (WINDOW2, PANE)", () => {
  // LibreOffice saves no view in the .xls it converts headless: the form's sheet (the first) is given one.
  let xls: Uint8Array;
  beforeAll(() => {
    xls = resaveWith(report.bytes, "xlsx", "xls");
  });

  it("refuses the rows above a frozen pane at a copy below the form, as the .xlsx reader does", () => {
    const frozen = sheetJsOutcome(xlsViewed(xls, 0, 100, { rows: 8, cols: 2 }), "r.xls");
    expect(placed(frozen, "sheet.frozen_past_form")).toEqual([["error", "Biểu 01", undefined]]);
    const message = frozen.read && frozen.findings.find((f) => f.rule === "sheet.frozen_past_form");
    expect(message && message.message_en).toContain("rows 1–100");
  });

  it("warns of a view opening below the form, and accepts headings frozen at the top", () => {
    const below = sheetJsOutcome(xlsViewed(xls, 0, 100), "r.xls");
    expect(placed(below, "sheet.opens_past_form")).toEqual([["warning", "Biểu 01", undefined]]);
    expect(placed(below, "sheet.frozen_past_form")).toEqual([]);
    const headings = sheetJsOutcome(xlsViewed(xls, 0, 0, { rows: 8, cols: 2 }), "r.xls");
    expect(placed(headings, "sheet.frozen_past_form")).toEqual([]);
    expect(placed(headings, "sheet.opens_past_form")).toEqual([]);
  });
});

describe("an .xls form's cells under a drawing (MSODRAWING)", () => {
  it("names the input under a text box", () => {
    const boxed = withDrawing(report, twoCell(2, 8));
    expect(placed(asXls(boxed), "cell.under_drawing")).toEqual([["error", "Biểu 01", "C9"]]);
  });

  it("names nothing for a logo above the form or a stamp below it, nor for a comment on a cell", () => {
    expect(placed(asXls(withDrawing(report, twoCell(0, 0) + twoCell(2, 40))), "cell.under_drawing")).toEqual(
      [],
    );
    const commented = resaveWith(withComment("hidden"), "xlsx", "xls");
    const sheet = loadSheetJs().read(commented, { type: "array", dense: true }).Sheets["Biểu 01"]!;
    expect((sheet["!data"]?.[8]?.[2] as CellObject | undefined)?.c?.[0]?.t).toContain("roll-call");
    expect(placed(sheetJsOutcome(commented, "r.xls"), "cell.under_drawing")).toEqual([]);
  });

  it("names the cells a comment shown on the sheet lies over (LibreOffice writes its NOTE's fShow)", () => {
    const shown = placed(asXls(withComment("visible")), "cell.under_drawing");
    expect(shown).toEqual(expect.arrayContaining([["error", "Biểu 01", "D9"]]));
    expect(shown).not.toContainEqual(["error", "Biểu 01", "C9"]);
  });
});

describe("an .xls drawing's OfficeArt records programs would read apart", () => {
  const header = (verInstance: number, type: number, length: number) => [
    ...[verInstance, type].flatMap((v) => [v & 0xff, v >> 8]),
    ...[0, 8, 16, 24].map((shift) => (length >>> shift) & 0xff),
  ];
  const anchor = [...header(0, 0xf010, 18), ...new Array<number>(18).fill(0)];

  it("places a shape's anchor, and refuses a record past its container or cut short", () => {
    const shape = [...header(0xf, 0xf004, anchor.length), ...anchor];
    expect(officeArtShapes(Uint8Array.from(shape), [0])).toEqual([
      { area: { top: 0, left: 0, bottom: 0, right: 0 } },
    ]);
    const past = [...header(0xf, 0xf004, 8), ...anchor];
    expect(() => officeArtShapes(Uint8Array.from(past), [0])).toThrow(/past its container/);
    expect(() => officeArtShapes(Uint8Array.from(shape.slice(0, -4)), [0])).toThrow(/past its container/);
    expect(() => officeArtShapes(Uint8Array.from([...shape, 0, 0]), [0])).toThrow(/cut short/);
  });
});

// LibreOffice's .ods and .xls exports of r5's text boxes over the target block's labels and over the unit
// line were ready, while the .xlsx was refused (red team, round 6, L2): the .ods and .xls readers marked
// only the figures under a drawing; an .ods's label took the words of the text box anchored in its cell.
describe("an .ods's and an .xls's texts of the form under a drawing", () => {
  it.each(["xls", "ods"] as const)(
    "names a text box over a target's label and the unit line (.%s)",
    (ext) => {
      const boxed = resaveWith(withDrawing(report, twoCell(0, 15) + twoCell(0, 2)), "xlsx", ext);
      const named = placed(sheetJsOutcome(boxed, `r.${ext}`), "cell.under_drawing");
      expect(named).toEqual(
        expect.arrayContaining([
          ["error", "Biểu 01", "A3"],
          ["error", "Biểu 01", "A16"],
        ]),
      );
    },
  );
});
