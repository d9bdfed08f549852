import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXCEL_API_VERSION } from "../../src/excel";
import { auditReport, officeApiUses, unguarded } from "./support/office-api-audit";

const ROOT = path.resolve(__dirname, "../..");
const EXCEL_DIR = path.join(ROOT, "src/excel");
const excelFiles = () =>
  fs
    .readdirSync(EXCEL_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(EXCEL_DIR, f));

describe("the Office.js members the Excel host uses", () => {
  it("are all in the manifest's ExcelApi or guarded by isSetSupported; the list is written out", () => {
    const uses = officeApiUses(excelFiles());
    const report = auditReport(uses);
    const out = path.join(ROOT, "test-output", "office-api-audit.txt");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `Office.js members used under src/excel (minimum ExcelApi ${EXCEL_API_VERSION}, from manifest.xml)\n${report}\n`,
    );
    console.log(`${out}\n${report}`);

    expect(uses.map((u) => u.member)).toEqual(
      expect.arrayContaining(["Worksheet.getRanges", "RangeAreas.conditionalFormats", "Range.formulas"]),
    );
    expect(uses.find((u) => u.member === "Worksheet.getRanges")!.set).toEqual({
      name: "ExcelApi",
      version: "1.9",
    });
    expect(unguarded(uses, EXCEL_API_VERSION).map((u) => `${u.member} (${u.at})`)).toEqual([]);
  });

  it("flags a newer or web-only member used without a check or under too old a one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "office-audit-"));
    const file = path.join(dir, "uses.ts");
    fs.writeFileSync(
      file,
      [
        "export function uses(sheet: Excel.Worksheet): unknown[] {",
        "  const found: unknown[] = [sheet.protection.isPasswordProtected];",
        '  if (Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1"))',
        "    found.push(sheet.protection.isPasswordProtected);",
        '  if (Office.context.requirements.isSetSupported("ExcelApi", "1.12")) found.push(sheet.getRange().getMergedAreasOrNullObject());',
        '  if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) found.push(sheet.getRange().getMergedAreasOrNullObject());',
        "  found.push(sheet.getRange().getMergedAreasOrNullObject());",
        "  return found;",
        "}",
      ].join("\n"),
    );
    const flagged = unguarded(officeApiUses([file]), EXCEL_API_VERSION).map((u) => [
      u.member,
      u.at.split(":").pop(),
    ]);
    expect(flagged).toEqual([
      ["WorksheetProtection.isPasswordProtected", "2"],
      ["Range.getMergedAreasOrNullObject", "5"],
      ["Range.getMergedAreasOrNullObject", "7"],
    ]);
  });
});
