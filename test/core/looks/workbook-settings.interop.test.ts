import { strFromU8, strToU8, unzipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { zipEntriesOf } from "../../support/mutate-report";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Settings of a workbook, and spellings inside it, that make Excel or LibreOffice show other figures
// than the cells hold (red team, round 3): each file is read as they show it, or refused.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const refusal = (outcome: Outcome) => (outcome.read ? "read" : outcome.reason.en);
const figure = (outcome: Outcome, key: string) =>
  outcome.read ? outcome.extraction.report?.forms.B01?.state?.[key] : undefined;

const withName = (name: string, scope = "") =>
  report.fileWith({
    "xl/workbook.xml": (xml) =>
      xml.replace("</definedNames>", `<definedName name="${name}"${scope}>700</definedName></definedNames>`),
  });

/** The form's first input written as a date cell, in a workbook that may count dates from 1904. */
const dateInput = (date: string, date1904: boolean) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(
        new RegExp(`<c r="${report.input.cell}"([^>]*)><v>[^<]*</v></c>`),
        `<c r="${report.input.cell}"$1 t="d"><v>${date}</v></c>`,
      ),
    "xl/workbook.xml": (xml) =>
      date1904 ? xml.replace("<bookViews>", '<workbookPr date1904="1"/><bookViews>') : xml,
  });

describe("a workbook is read as programs show it, or refused", () => {
  it("refuses a defined name that reads as a cell, which LibreOffice computes with in place of the cell", () => {
    for (const [name, scope] of [
      ["C11", ""],
      ["D1_x0031_", ""],
      ["C1_x0031_", ' localSheetId="0"'],
      ["R1C1", ""],
      ["c", ""],
    ] as const) {
      for (const read of [fastOutcome, sheetJsOutcome])
        expect(refusal(read(withName(name, scope)))).toContain(`"${name}" that reads as a cell address`);
    }
    // A name past Excel's last column, or an ordinary word, is no cell: read as before.
    for (const name of ["XFE1", "Ghi_chu", "TD1X"]) expect(refusal(fastOutcome(withName(name)))).toBe("read");
  });

  it("reads a date cell as a serial of the workbook's date system, and refuses a day the calendar lacks", () => {
    const key = report.input.name.replace("TD_B01_state_", "");
    expect(figure(fastOutcome(dateInput("1904-01-24T00:00:00", true)), key)).toBe(23);
    expect(figure(fastOutcome(dateInput("1904-01-24T00:00:00", false)), key)).toBe(1485);
    expect(figure(fastOutcome(dateInput("1904-02-29", false)), key)).toBe(1521);
    for (const impossible of ["1900-04-31", "1901-02-29", "1950-13-01", "1950-00-10"])
      expect(refusal(fastOutcome(dateInput(impossible, false)))).toContain("corrupt");
    // Before day 0 of the 1904 system, a negative serial programs show apart.
    expect(refusal(fastOutcome(dateInput("1903-12-31", true)))).toContain("corrupt");
  });

  it('refuses a workbook that computes with "precision as displayed", or says so unreadably', () => {
    const precision = (value: string) =>
      report.fileWith({
        "xl/workbook.xml": (xml) => xml.replace("<calcPr ", `<calcPr fullPrecision="${value}" `),
      });
    expect(report.text("xl/workbook.xml")).toContain("<calcPr ");
    expect(refusal(fastOutcome(precision("0")))).toContain("precision as displayed");
    expect(refusal(fastOutcome(precision("false")))).toContain("precision as displayed");
    expect(refusal(fastOutcome(precision("1")))).toBe("read");
    expect(refusal(fastOutcome(precision("no")))).toContain("corrupt");
  });

  it('refuses an .xls or .ods that computes with "precision as displayed"', () => {
    const xls = resaveWith(report.bytes, "xlsx", "xls");
    // PRECISION (0x000E), two bytes long, fFullPrec 1: the same record saying 0.
    const record = Buffer.from([0x0e, 0x00, 0x02, 0x00, 0x01, 0x00]);
    const at = Buffer.from(xls).indexOf(record);
    expect(at).toBeGreaterThan(0);
    const asDisplayed = Uint8Array.from(xls);
    asDisplayed[at + 4] = 0;
    expect(refusal(sheetJsOutcome(xls, "r.xls"))).toBe("read");
    expect(refusal(sheetJsOutcome(asDisplayed, "r.xls"))).toContain("precision as displayed");

    const ods = resaveWith(report.bytes, "xlsx", "ods");
    const parts = unzipSync(ods);
    const content = strFromU8(parts["content.xml"]!);
    const withSettings = (settings: string) =>
      zipEntriesOf(
        Object.entries({
          ...parts,
          "content.xml": strToU8(
            content
              .replace(/<table:calculation-settings.*?<\/table:calculation-settings>/s, "")
              .replace("<office:spreadsheet>", `<office:spreadsheet>${settings}`),
          ),
        }),
      );
    expect(refusal(sheetJsOutcome(withSettings(""), "r.ods"))).toBe("read");
    expect(
      refusal(
        sheetJsOutcome(
          withSettings('<table:calculation-settings table:precision-as-shown="true"/>'),
          "r.ods",
        ),
      ),
    ).toContain("precision as displayed");
    expect(
      refusal(
        sheetJsOutcome(withSettings('<table:calculation-settings table:precision-as-shown="yes"/>'), "r.ods"),
      ),
    ).toContain("corrupt");
  }, 60_000);

  it("warns where a computed cell caches a text its formula does not give", () => {
    const cachedText = (text: string) =>
      report.fileWith({
        [report.input.part]: (xml) =>
          xml.replace(
            /<c r="E12"([^>]*)><f>([^<]+)<\/f><v>[^<]*<\/v><\/c>/,
            `<c r="E12"$1 t="str"><f>$2</f><v>${text}</v></c>`,
          ),
      });
    const stale = (outcome: Outcome) =>
      outcome.read ? outcome.findings.filter((f) => f.rule === "cell.stale_result").map((f) => f.cell) : [];
    expect(cachedText("75.0%")).not.toEqual(report.bytes);
    for (const read of [fastOutcome, sheetJsOutcome]) {
      expect(stale(read(cachedText("75.0%")))).toEqual(["E12"]);
      expect(stale(read(cachedText("")))).toEqual(["E12"]);
      expect(stale(read(report.bytes))).toEqual([]);
    }
  });

  it("refuses a formula holding an escaped character, which LibreOffice reads as written", () => {
    const escaped = report.fileWith({
      [report.input.part]: (xml) => xml.replace("<f>C10+C11</f>", "<f>C10+C1_x0031_</f>"),
    });
    expect(escaped).not.toEqual(report.bytes);
    expect(refusal(fastOutcome(escaped))).toContain("corrupt");
  });
});
