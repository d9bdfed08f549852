import { strFromU8, unzipSync } from "fflate";
import { readSubmission } from "../../../src/xlsx";
import { resaveWith, sheetsAsCsv } from "../../support/libreoffice";
import { reportParts } from "../../support/report-parts";

// A copy of the form's sheet under a name that borrows a Cyrillic letter, the sheet the workbook opens
// on with its tab bar hidden, while the real form holds other figures: a person reads the copy, the
// roll-up would read the form. Each format that can carry the trick must be refused, naming the copy.

/** "Biểu 01" with a Cyrillic capital Ve (U+0412) for the Latin B. */
const COPY = "\u0412iểu 01";
const FORM = "Biểu 01";
const ROLLED_UP = "777777";

let xlsx: Uint8Array;
let shownFigure: string;

beforeAll(async () => {
  const report = await reportParts();
  const { part, cell } = report.input;
  const genuine = report.text(part);
  shownFigure = new RegExp(`<c r="${cell}"[^>]*><v>([^<]*)</v>`).exec(genuine)![1]!;
  xlsx = report.fileWith({
    // The copy holds the figures the person sees; the form, read by the names, holds others.
    "xl/shown-copy.xml": genuine,
    [part]: genuine.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>`), `$1<v>${ROLLED_UP}</v>`),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="shown-copy.xml"/></Relationships>',
      ),
    "xl/workbook.xml": (xml) => {
      const last = xml.match(/<sheet /g)!.length;
      return xml
        .replace(/<workbookView [^>]*\/>/, `<workbookView activeTab="${last}" showSheetTabs="0"/>`)
        .replace("</sheets>", `<sheet name="${COPY}" sheetId="900" r:id="rId900"/></sheets>`);
    },
  });
});

/** The sheets flagged as look-alikes when the file is read as a unit's submission, with the message. */
function lookAlikesIn(bytes: Uint8Array, name: string) {
  const submission = readSubmission(bytes, { name, sha256: "x" });
  if (!("extraction" in submission)) throw new Error(`${name} was refused: ${submission.unreadable.en}`);
  return submission.extraction.lookAlikes ?? [];
}

describe("a copy of a form's sheet named with a letter of another alphabet, opened on, tabs hidden", () => {
  let ods: Uint8Array;
  let xls: Uint8Array;
  beforeAll(() => {
    ods = resaveWith(xlsx, "xlsx", "ods");
    xls = resaveWith(xlsx, "xlsx", "xls");
  });

  it("shows LibreOffice one figure on the copy and another on the form", () => {
    const sheets = sheetsAsCsv(xlsx, "xlsx");
    const figures = (sheet: string) => sheets.get(sheet)!.flat();
    expect(figures(COPY)).toContain(shownFigure);
    expect(figures(COPY)).not.toContain(ROLLED_UP);
    expect(figures(FORM)).toContain(ROLLED_UP);
  });

  // A save without a window writes no view, so the .ods opens on its first sheet, but it keeps the rest.
  it("keeps the copy's name and the hidden tab bar when LibreOffice saves it as .ods", () => {
    const parts = unzipSync(ods);
    expect(strFromU8(parts["content.xml"]!)).toContain(`<table:table table:name="${COPY}"`);
    expect(strFromU8(parts["settings.xml"]!)).toContain(
      '<config:config-item config:name="HasSheetTabs" config:type="boolean">false<',
    );
  });

  it.each([
    ["report.xlsx", () => xlsx],
    ["report.ods", () => ods],
    ["report.xls", () => xls],
  ])("refuses %s, naming the copy and the form", (name, bytes) => {
    expect(lookAlikesIn(bytes(), name)).toEqual([
      { template: "B01", sheet: COPY, formSheet: FORM, by: "name" },
    ]);
  });
});
