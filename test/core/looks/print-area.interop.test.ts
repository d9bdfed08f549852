import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 9 (L1): a copy of Biểu 01 with other figures beside the form on its own sheet, and the
// sheet's print area set on the copy. On screen the sheet opens on the form; the printout — signed,
// stamped and sent — shows the copy's figures, while the roll-up reads the form's.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const WORKBOOK = "xl/workbook.xml";
/** The template's print area of Biểu 01, its first sheet. */
const PRINT_AREA = /(<definedName name="_xlnm\.Print_Area" localSheetId="0">)[^<]*(<\/definedName>)/;

/** The report with Biểu 01's print area set to `ref` (the workbook's own spelling, XML-escaped). */
const printing = (ref: string) =>
  report.fileWith({
    [WORKBOOK]: (xml) => xml.replace(PRINT_AREA, (_, open: string, close: string) => `${open}${ref}${close}`),
  });

const offForm = (outcome: Outcome) =>
  ruled(outcome, "sheet.print_area_off_form", ["severity", "sheet", "cell"]);

describe("a form's sheet whose print area leaves out the form", () => {
  it("says nothing of the template's own print area, nor of one taking in the whole form", () => {
    expect(report.text(WORKBOOK)).toMatch(PRINT_AREA);
    expect(offForm(fastOutcome(report.bytes))).toEqual([]);
    for (const ref of [
      "&apos;Biểu 01&apos;!$A:$K",
      "&apos;Biểu 01&apos;!$1:$40",
      "&apos;Biểu 01&apos;!$A$1:$Z$100",
      "&apos;Biểu 01&apos;!$A$1:$K$22,&apos;Biểu 01&apos;!$N$1:$X$22",
    ])
      expect({ ref, found: offForm(fastOutcome(printing(ref))) }).toEqual({ ref, found: [] });
  });

  it("refuses a print area on a copy beside the form, naming the form's first cell it leaves out", () => {
    const outcome = fastOutcome(printing("&apos;Biểu 01&apos;!$N$1:$X$22"));
    expect(offForm(outcome)).toEqual([["error", "Biểu 01", "A1"]]);
    const found = outcome.read && outcome.findings.find((f) => f.rule === "sheet.print_area_off_form");
    expect(found && found.message_en).toContain("(N1:X22)");
    expect(found && found.message_vi).toContain("vùng in");
  });

  it("refuses one that cuts off the form's figures, or that names only another sheet's cells", () => {
    expect(offForm(fastOutcome(printing("&apos;Biểu 01&apos;!$A$1:$D$22")))).toEqual([
      ["error", "Biểu 01", "E6"],
    ]);
    expect(offForm(fastOutcome(printing("&apos;Biểu 02&apos;!$A$1:$K$22")))).toEqual([
      ["error", "Biểu 01", "A1"],
    ]);
  });

  // Red team, round 63: Gnumeric writes #REF! for every sheet without a print area, and LibreOffice prints
  // such a sheet whole; each form was refused as printing nothing.
  it("reads a print area of deleted ranges alone (#REF!) as none: the sheet prints whole", () => {
    for (const ref of ["#REF!", "&apos;Biểu 01&apos;!#REF!", "#REF!,#REF!"])
      expect({ ref, found: offForm(fastOutcome(printing(ref))) }).toEqual({ ref, found: [] });
    expect(offForm(fastOutcome(printing("#REF!,&apos;Biểu 01&apos;!$N$1:$X$22")))).toEqual([
      ["error", "Biểu 01", "A1"],
    ]);
  });

  it("refuses one that prints the figures without the headings or labels that say which is which (round 53)", () => {
    // The title and unit line on one page, the headings and figures on the next with no row labels.
    expect(
      offForm(fastOutcome(printing("&apos;Biểu 01&apos;!$A$1:$B$5,&apos;Biểu 01&apos;!$C$6:$K$13"))),
    ).toEqual([["error", "Biểu 01", "A9"]]);
    // The title's cell, then the bare grid of figures: no unit line, headings nor labels.
    expect(offForm(fastOutcome(printing("&apos;Biểu 01&apos;!$A$1,&apos;Biểu 01&apos;!$C$9:$K$13")))).toEqual(
      [["error", "Biểu 01", "A3"]],
    );
    expect(
      offForm(fastOutcome(printing("&apos;Biểu 01&apos;!$A$1:$K$5,&apos;Biểu 01&apos;!$C$9:$K$26"))),
    ).toEqual([["error", "Biểu 01", "C6"]]);
  });

  it("refuses it in the .ods and the .xls LibreOffice saves", () => {
    const copy = printing("&apos;Biểu 01&apos;!$N$1:$X$22");
    for (const format of ["ods", "xls"] as const)
      expect({
        format,
        found: offForm(sheetJsOutcome(resaveWith(copy, "xlsx", format), `r.${format}`)),
      }).toEqual({ format, found: [["error", "Biểu 01", "A1"]] });
    // The whole form in two areas: the .xls's union SheetJS reads in brackets (round 53 refused it).
    const twoAreas = printing("&apos;Biểu 01&apos;!$A$1:$K$26,&apos;Biểu 01&apos;!$A$28:$K$29");
    for (const format of ["ods", "xls"] as const)
      for (const [bytes, what] of [
        [report.bytes, "template's"],
        [twoAreas, "two areas"],
      ] as const)
        expect({
          format,
          what,
          found: offForm(sheetJsOutcome(resaveWith(bytes, "xlsx", format), `r.${format}`)),
        }).toEqual({ format, what, found: [] });
  }, 90_000);
});

describe("a workbook's sheet-scoped names that programs read apart (red team, round 23)", () => {
  /** The report with Biểu 01's print area scoped by `localSheetId` as given. */
  const scoped = (localSheetId: string) =>
    report.fileWith({
      [WORKBOOK]: (xml) => xml.replace('localSheetId="0"', `localSheetId="${localSheetId}"`),
    });
  const read = (bytes: Uint8Array) => fastOutcome(bytes).read;

  it("is refused where its sheet is written other than in plain digits: LibreOffice reads the leading ones", () => {
    expect(read(scoped("0"))).toBe(true);
    for (const id of ["1 ", " 1", "+1", "1.0", "1e0", "1abc"])
      expect({ id, read: read(scoped(id)) }).toEqual({ id, read: false });
  });

  it("is refused where it names a sheet the workbook lacks: LibreOffice will not open the file", () => {
    expect(read(scoped("5"))).toBe(true);
    expect(read(scoped("6"))).toBe(false);
  });

  /** The report with a second print area of Biểu 01 after the template's, as LibreOffice writes a changed one. */
  const secondArea = (ref: string) =>
    report.fileWith({
      [WORKBOOK]: (xml) =>
        xml.replace(
          PRINT_AREA,
          (area) => `${area}<definedName name="_xlnm.Print_Area" localSheetId="0">${ref}</definedName>`,
        ),
    });

  it("judges the last of a sheet's two print areas, which LibreOffice prints (round 23 read the first)", () => {
    const cutting = fastOutcome(secondArea("&apos;Biểu 01&apos;!$A$1:$K$10"));
    expect(cutting.read).toBe(true);
    expect(offForm(cutting)).toEqual([["error", "Biểu 01", "A11"]]);
  });

  it("reads a print area given twice alike, or changed and written before the template's (round 25)", () => {
    const template = PRINT_AREA.exec(report.text(WORKBOOK))![0].replace(/<[^>]*>/g, "");
    expect(offForm(fastOutcome(secondArea(template)))).toEqual([]);
    const changed = report.fileWith({
      [WORKBOOK]: (xml) =>
        xml.replace(
          PRINT_AREA,
          (area) =>
            `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Biểu 01&apos;!$A$1:$K$10</definedName>${area}`,
        ),
    });
    expect(fastOutcome(changed).read).toBe(true);
    expect(offForm(fastOutcome(changed))).toEqual([]);
  });

  it("is refused where another name is given twice otherwise: programs read one each", () => {
    const name = /<definedName name="(TD_[^"]+)"[^>]*>[^<]*<\/definedName>/.exec(report.text(WORKBOOK))!;
    const twice = report.fileWith({
      [WORKBOOK]: (xml) =>
        xml.replace(
          name[0],
          `${name[0]}<definedName name="${name[1]}">&apos;Biểu 01&apos;!$Z$99</definedName>`,
        ),
    });
    expect(read(twice)).toBe(false);
  });
});

describe("an .ods sheet set not to print (red team, round 53)", () => {
  /**
   * The report as LibreOffice saves it, Biểu 01's table given `table:print` as written, its ranges kept,
   * dropped or given (`ranges`, as written).
   */
  const odsWith = (ods: Uint8Array, print: string | null, ranges: string) => {
    const parts = unzipSync(ods);
    parts["content.xml"] = strToU8(
      strFromU8(parts["content.xml"]!).replace(/<table:table table:name="Biểu 01"[^>]*>/, (open) => {
        const kept =
          ranges === "kept"
            ? open
            : open.replace(
                / table:print-ranges="[^"]*"/,
                ranges === "dropped" ? "" : ` table:print-ranges="${ranges}"`,
              );
        return print === null ? kept : kept.replace("<table:table ", `<table:table table:print="${print}" `);
      }),
    );
    return zipSync(parts);
  };

  it("refuses a form's sheet that prints nothing: the signed copy lacks the form", () => {
    const ods = resaveWith(report.bytes, "xlsx", "ods");
    expect(strFromU8(unzipSync(ods)["content.xml"]!)).toMatch(
      /<table:table table:name="Biểu 01"[^>]*print-ranges/,
    );
    const found = (bytes: Uint8Array) => offForm(sheetJsOutcome(bytes, "r.ods"));
    expect(found(odsWith(ods, "false", "dropped"))).toEqual([["error", "Biểu 01", "A1"]]);
    // Its fix is LibreOffice's (round 58: the message named Excel's menu and a print area "—").
    const printsNothing = sheetJsOutcome(odsWith(ods, "false", "dropped"), "r.ods");
    const message =
      printsNothing.read && printsNothing.findings.find((f) => f.rule === "sheet.print_area_off_form");
    expect(message && message.message_vi).toContain("- entire sheet -");
    expect(message && message.message_en).not.toContain("—)");
    // Printed whole, or its ranges printed though the sheet is set not to print (as LibreOffice prints them).
    expect(found(odsWith(ods, null, "dropped"))).toEqual([]);
    expect(found(odsWith(ods, "false", "kept"))).toEqual([]);
    expect(found(odsWith(ods, "true", "dropped"))).toEqual([]);
    // Round 56: an empty list prints nothing where the sheet is set not to print, and the whole sheet
    // otherwise; a blank one, or ranges of another sheet only, print the whole sheet (as LibreOffice 7 does).
    expect(found(odsWith(ods, "false", ""))).toEqual([["error", "Biểu 01", "A1"]]);
    expect(found(odsWith(ods, null, ""))).toEqual([]);
    expect(found(odsWith(ods, "false", " "))).toEqual([]);
    expect(found(odsWith(ods, "false", "&apos;Kiểm tra&apos;.A1:&apos;Kiểm tra&apos;.K26"))).toEqual([]);
  }, 60_000);
});
