import { sheetJsOutcome, fastOutcome, ruled, type Outcome } from "../../support/compare-readers";
import { resaveEach, resaveWith } from "../../support/libreoffice";
import { reportParts, sheetPart, withDxfs, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords } from "../../support/xls-records";

jest.setTimeout(120_000);

// Red team, round 34: the check of a form printed too small took every figure's font at the templates'
// 11 pt unless it was under 4 pt, so figures of 6 pt (or of an .ods whose Default style is 6 pt) printed
// 2 pt high on Biểu 02, fitted to a page wide, and read ready; and an .xls whose first FONT is a
// superscript had its columns counted in the superscript's smaller size, which LibreOffice ignores.

const STYLES = "xl/styles.xml";
const FONT = 0x0031;
/** FONT's sss: 1, superscript. */
const SCRIPT_AT = 8;

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const small = (outcome: Outcome) => ruled(outcome, "sheet.printed_too_small", ["sheet"]);

/** The report with every input (the cells of the inputs' cream fill, fillId 3) in a font of `points`. */
const inputsIn = (points: number): Uint8Array => report.fileWith({ [STYLES]: inputsStyled(points) });

/** Styles whose inputs' cell styles (those of the cream fill 3) take a font of `points`. */
function inputsStyled(points: number) {
  return (xml: string): string => {
    const fonts = /<fonts count="(\d+)">([\s\S]*?)<\/fonts>/.exec(xml)!;
    const count = Number(fonts[1]);
    const font0 = /<font>[\s\S]*?<\/font>/.exec(fonts[2]!)![0];
    const sized = font0.replace(/<sz val="11"\s*\/>/, `<sz val="${points}"/>`);
    expect(sized).not.toEqual(font0);
    const restyled = xml
      .replace(fonts[0], `<fonts count="${count + 1}">${fonts[2]}${sized}</fonts>`)
      .replace(/<cellXfs[\s\S]*?<\/cellXfs>/, (xfs) =>
        xfs.replace(/<xf [^>]*fillId="3"[^>]*>/g, (tag) =>
          tag
            .replace(/fontId="\d+"/, `fontId="${count}"`)
            .replace(/ applyFont="[^"]*"/, "")
            .replace("<xf ", '<xf applyFont="1" '),
        ),
      );
    expect(restyled).toContain(`fontId="${count}"`);
    return restyled;
  };
}

/** The .xls LibreOffice saves of the report, its first FONT (the default) of `points` in superscript. */
function superscriptDefault(points: number): Uint8Array {
  return xlsWithRecords(resaveWith(report.bytes, "xlsx", "xls"), (records) => {
    const font = records.find((r) => r.type === FONT)!;
    const view = new DataView(font.body.buffer, font.body.byteOffset);
    view.setUint16(0, points * 20, true);
    view.setUint16(SCRIPT_AT, 1, true);
    return records;
  });
}

/** Biểu 02 refused as printed too small in the .xlsx and in the .xls and .ods LibreOffice saves of it. */
function expectBieu02SmallAsSaved(file: Uint8Array): void {
  expect(small(fastOutcome(file))).toContainEqual(["Biểu 02"]);
  const saved = resaveEach(file, "xlsx", ["ods", "xls"]);
  for (const format of ["xls", "ods"] as const)
    expect({ format, small: small(sheetJsOutcome(saved[format], `r.${format}`)) }).toEqual({
      format,
      small: expect.arrayContaining([["Biểu 02"]]),
    });
}

/** The report with a conditional format over Biểu 02 drawing in a font of `points` where `formula` holds. */
function ruledOver(styles: string, points: number, formula: string): Uint8Array {
  const dxfs = withDxfs(styles, [`<font><sz val="${points}"/></font>`]);
  const rule = `<conditionalFormatting sqref="A1:Z200"><cfRule type="expression" dxfId="${dxfs.first}" priority="1"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
  return report.fileWith({
    [STYLES]: dxfs.styles,
    [sheetPart(report.text, "Biểu 02")]: (xml) => xml.replace("</sheetData>", `</sheetData>${rule}`),
  });
}

describe("a figure's font smaller than the templates'", () => {
  it("is judged at its own size on the printed page, in the .xlsx and in the .xls and .ods LibreOffice saves", () => {
    // Biểu 02 prints at about two thirds of its size: 4-pt figures are under 3 pt on the page.
    expectBieu02SmallAsSaved(inputsIn(4));
  });

  it("is so judged though a conditional format of a larger font, which never applies, covers the figures", () => {
    // Review: the rule's 10 pt, told as the cell's size, lifted 6-pt figures printing 2.2 pt above the check.
    const covered = ruledOver(inputsStyled(4)(report.text(STYLES)), 10, "FALSE");
    expect(small(fastOutcome(covered))).toContainEqual(["Biểu 02"]);
  });

  it("is so judged where a conditional format may draw the figures in it, in the .xlsx and as LibreOffice saves it", () => {
    // Review: a rule that holds, drawing Biểu 02's figures in 6 pt, printed them 2.6 pt high; read ready.
    expectBieu02SmallAsSaved(ruledOver(report.text(STYLES), 4, "TRUE"));
  });

  it("says nothing of the template's own 11-pt figures, nor of 10-pt ones, which print at 4.4 pt and more", () => {
    expect(small(fastOutcome(report.bytes))).toEqual([]);
    expect(small(fastOutcome(inputsIn(10)))).toEqual([]);
  });
});

describe("an .xls whose default font is a superscript", () => {
  it("counts its columns in the font's own size, as LibreOffice lays them out", () => {
    // 40 pt: columns 3.6 times as wide, Biểu 02 printed under 3 pt high; read in the superscript's size, it was ready.
    expect(small(sheetJsOutcome(superscriptDefault(40), "r.xls"))).toContainEqual(["Biểu 02"]);
    // 11 pt: read as 6.4 pt, its columns were too narrow for 90 figures LibreOffice prints whole.
    expect(ruled(sheetJsOutcome(superscriptDefault(11), "r.xls"), "cell.hidden")).toEqual([]);
  });
});
