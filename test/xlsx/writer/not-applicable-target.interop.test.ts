import {
  getTemplate,
  layoutReport,
  NOT_APPLICABLE_TEXT,
  parsePeriod,
  targetName,
  unitTemplates,
  type TemplateId,
} from "../../../src/core";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName, sampleInputs } from "../../support/fill-by-name";
import { gnumericSheets } from "../../support/gnumeric";
import { sheetsAsCsv } from "../../support/libreoffice";
import { testCampaign } from "../../support/reports";

// These tests need LibreOffice and Gnumeric (ssconvert), as the other recalculation tests do.

const NOT_APPLICABLE = "B04_mai_am_total";
const APPLIES = "B04_party_procedure_rate";
const templates: readonly TemplateId[] = ["B04"];
const campaign = testCampaign({ P01: { [NOT_APPLICABLE]: "na" } }, [{ code: "P01", name: "Công đoàn P01" }]);
const source = unitTemplates(campaign, parsePeriod("2025-D1")!, templates)[0]!;
const plan = layoutReport(source);
const b04 = getTemplate("B04");

/** The target, result and assessment of a target under the form, as a program shows them. */
function targetLine(sheets: Map<string, string[][]>, key: string): string[] {
  const at = plan.names.find((n) => n.name === targetName("B04", key))!;
  return sheets.get(b04.sheetName)![at.row]!.slice(at.col, at.col + 3);
}

describe("a target the province marked `-` for the unit", () => {
  let filled: Uint8Array;
  beforeAll(async () => {
    filled = fillByName(await writeWorkbookPlan(plan), sampleInputs(templates));
  });

  it("is written Không áp dụng in the unit's template, not left blank", () => {
    const sheet = plan.sheets.find((s) => s.name === b04.sheetName)!;
    const at = plan.names.find((n) => n.name === targetName("B04", NOT_APPLICABLE))!;
    const value = (col: number) => sheet.cells.find((c) => c.row === at.row && c.col === col)?.value;
    expect([value(at.col), value(at.col + 2)]).toEqual([NOT_APPLICABLE_TEXT.vi, NOT_APPLICABLE_TEXT.vi]);
  });

  it.each([
    ["LibreOffice", () => sheetsAsCsv(filled, "xlsx")],
    ["Gnumeric", () => gnumericSheets(filled)],
  ])("is assessed not applicable by %s recalculating, while the others are still judged", (_, sheetsOf) => {
    const sheets = sheetsOf();
    const [target, result, assessment] = targetLine(sheets, NOT_APPLICABLE);
    expect([target, assessment]).toEqual([NOT_APPLICABLE_TEXT.vi, NOT_APPLICABLE_TEXT.vi]);
    expect(Number(result)).toBeGreaterThan(0);
    expect(["Đạt", "Chưa đạt"]).toContain(targetLine(sheets, APPLIES)[2]);
  });
});
