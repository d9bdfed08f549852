import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { odsReferencesAsA1 } from "../../../../src/xlsx/sheetjs/ods/ods-formula-references";
import { ruled, sheetJsOutcome } from "../../../support/compare-readers";
import { resaveWith } from "../../../support/libreoffice";
import { reportParts } from "../../../support/report-parts";

// Red team, round 51: SheetJS writes an .ods's `[.C10]` as `C10` but keeps the brackets of a reference
// fixed with F4 or naming its own sheet, so a total a clerk had fixed read as a formula changed.
describe("an .ods formula's references", () => {
  it.each([
    ["[.$C$10]+[.$C$11]", "$C$10+$C$11"],
    ["['Biểu 01'.C10]+['Biểu 01'.$C11]", "'Biểu 01'!C10+'Biểu 01'!$C11"],
    ["SUM([.$C$9:.$C$10])", "SUM($C$9:$C$10)"],
    ["SUM([Biểu01.C9:.C10])", "SUM('Biểu01'!C9:C10)"],
    ["['it''s'.C1]", "'it''s'!C1"],
    ['IF(C9>0,"[.$C$10]","")', 'IF(C9>0,"[.$C$10]","")'],
    ["C10+C11", "C10+C11"],
  ])("writes %j as %j", (formula, expected) => {
    expect(odsReferencesAsA1(formula)).toBe(expected);
  });

  it("reads a report LibreOffice saves as .ods with its totals' references fixed or naming their sheet as the template's", async () => {
    const ods = unzipSync(resaveWith((await reportParts()).bytes, "xlsx", "ods"));
    const content = strFromU8(ods["content.xml"]!);
    const first = content.indexOf('<table:table table:name="Biểu 01"');
    const end = content.indexOf("</table:table>", first);
    const restyled = (reference: (cell: string) => string) => {
      const sheet = content
        .slice(first, end)
        .replace(/table:formula="of:=[^"]*"/g, (formula) =>
          formula.replace(/\[\.([A-Z]+\d+)\]/g, (_, cell: string) => reference(cell)),
        );
      expect(sheet).not.toBe(content.slice(first, end));
      const doctored = content.slice(0, first) + sheet + content.slice(end);
      return zipSync({ ...ods, "content.xml": strToU8(doctored) });
    };
    const fixed = restyled((cell) => `[.$${cell.replace(/\d/, "$$$&")}]`);
    const named = restyled((cell) => `[&apos;Biểu 01&apos;.${cell}]`);
    for (const file of [fixed, named])
      expect(ruled(sheetJsOutcome(file, "r.ods"), "cell.formula_tampered")).toEqual([]);
    // Another sheet's name is another formula.
    const other = restyled((cell) => `[&apos;Biểu 04&apos;.${cell}]`);
    expect(ruled(sheetJsOutcome(other, "r.ods"), "cell.formula_tampered").length).toBeGreaterThan(0);
  }, 60_000);
});
