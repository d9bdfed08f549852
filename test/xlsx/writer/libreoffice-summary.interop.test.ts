import {
  extract,
  formCells,
  getTemplate,
  layoutReport,
  layoutSummary,
  parsePeriod,
  rollup,
  TEMPLATE_IDS,
  type Submission,
  type Summary,
  type WorkbookPlan,
} from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName } from "../../support/fill-by-name";
import { sheetsAsCsv } from "../../support/libreoffice";
import { consistentFills } from "../../support/reports";

// Needs LibreOffice, like libreoffice.interop.test.ts: an independent program recalculates the summary.

const period = parsePeriod("2025-D1")!;
let summary: Summary;
let plan: WorkbookPlan;
let sheets: Map<string, string[][]>;

beforeAll(async () => {
  const submissions: Submission[] = [];
  for (const [i, code] of ["P01", "P02", "P03"].entries()) {
    const unit = { code, name: `Công đoàn ${code}`, kind: "commune" as const, parentCode: "T01" };
    const targets = { B02_members_admitted: 100 + i, B02_unions_founded: 1 };
    const blank = await writeWorkbookPlan(layoutReport({ unit, period, templates: TEMPLATE_IDS, targets }));
    const fills = consistentFills(TEMPLATE_IDS, 500 + i) as Record<string, number>;
    const grid = readWorkbookGrid(fillByName(blank, fills), `${code}.xlsx`);
    submissions.push({ source: { name: `${code}.xlsx`, sha256: code }, extraction: extract(grid) });
  }
  summary = rollup(submissions, { parent: { code: "T01", name: "LĐLĐ tỉnh" } });
  plan = layoutSummary(summary);
  sheets = sheetsAsCsv(await writeWorkbookPlan(plan), "xlsx");
});

/** A raw CSV value; LibreOffice keeps the "%" of percent-formatted cells even when writing raw values. */
function number(text: string | undefined): number | null {
  if (text === undefined || text === "") return null;
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

describe("LibreOffice recalculating a summary", () => {
  it("computes the parent-level report's cells to the core's totals", () => {
    for (const id of TEMPLATE_IDS) {
      const def = getTemplate(id);
      const rows = sheets.get(def.sheetName)!;
      for (const cell of formCells(def)) {
        const name = plan.names.find((n) => n.name === cell.name)!;
        const expected = summary.total.forms[id]![cell.row.key]![cell.col.key] ?? null;
        const actual = number(rows[name.row]?.[name.col]);
        expect({ cell: cell.name, value: actual === null ? null : Math.round(actual * 1e9) / 1e9 }).toEqual({
          cell: cell.name,
          value: expected === null ? null : Math.round(expected * 1e9) / 1e9,
        });
      }
    }
  });

  it("shows each unit's row and the total with the core's figures", () => {
    const overview = sheets.get("Tổng hợp")!;
    const codes = overview.map((row) => row[1]);
    for (const unit of summary.units) expect(codes).toContain(unit.unit.code);
    const b03 = sheets.get("TH Biểu 03")!;
    const totalRow = b03.find((row) => row[1] === "Tổng cộng")!;
    const budgetColumn =
      3 + formCells(getTemplate("B03")).findIndex((c) => c.row.key === "total" && c.col.key === "budget");
    expect(Number(totalRow[budgetColumn])).toBe(summary.total.forms.B03!.total!.budget);
  });
});
