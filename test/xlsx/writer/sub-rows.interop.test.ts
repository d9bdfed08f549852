import {
  defaultCampaign,
  extract,
  formDef,
  layoutReport,
  parsePeriod,
  rollup,
  unitTemplates,
  validate,
  type Submission,
} from "../../../src/core";
import { formAddress } from "../../../src/core/form/form-address";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName } from "../../support/fill-by-name";
import { gnumericSheets, savedByGnumeric } from "../../support/gnumeric";
import { resaveWith } from "../../support/libreoffice";
import { readPlannedCampaign } from "../../support/plan-tables";

// Seed 001's collection by sector: Biểu 03's union funding split into three rows in the campaign (TD_Rows).
const SPLIT = [
  ["Biểu 03", "Kinh phí công đoàn (2%)", "sxkd", "Khu vực sản xuất kinh doanh", "Business sector"],
  [
    "Biểu 03",
    "Kinh phí công đoàn (2%)",
    "chua_co_cd",
    "Doanh nghiệp chưa có công đoàn",
    "Firms without a union",
  ],
  ["Biểu 03", "Kinh phí công đoàn (2%)", "hcsn", "Khu vực hành chính sự nghiệp", "Public sector"],
];
const UNITS = ["X01", "X02"].map((code) => ({ code, name: `Công đoàn ${code}`, kind: "commune" as const }));
const D1 = parsePeriod("2025-D1")!;
const campaign = readPlannedCampaign(defaultCampaign(2025, UNITS), {}, { TD_Rows: SPLIT }).campaign!;
const def = formDef("B03", [], campaign.subRows);

/** Each unit's figures in thousand đồng: [budget, collected] of the three sectors and of the dues. */
const FIGURES: Record<string, number[][]> = {
  X01: [
    [100, 90],
    [20, 25],
    [50, 50],
    [30, 27],
  ],
  X02: [
    [200, 210],
    [10, 0],
    [40, 30],
    [20, 20],
  ],
};
const ROWS = ["union_funding_sxkd", "union_funding_chua_co_cd", "union_funding_hcsn", "union_dues"];

const fills = (code: string) =>
  Object.fromEntries(
    FIGURES[code]!.flatMap(([budget, collected], i) => [
      [`TD_B03_${ROWS[i]}_budget`, budget! * 1000],
      [`TD_B03_${ROWS[i]}_collected`, collected! * 1000],
    ]),
  );

async function filled(code: string): Promise<Uint8Array> {
  const source = unitTemplates(campaign, D1, ["B03"]).find((s) => s.unit.code === code)!;
  return fillByName(await writeWorkbookPlan(layoutReport(source)), fills(code), { keepLayout: true });
}

/** A figure as a spreadsheet's CSV shows it, its thousands separators dropped (every figure here is whole). */
const figure = (text: string | undefined) => Number((text ?? "").replace(/[.,\s]/g, ""));

describe("a split Biểu 03 filled and saved by LibreOffice and Gnumeric", () => {
  it("sums the sub-rows into the row split in Gnumeric's recalculation, as the core does", async () => {
    const sheet = gnumericSheets(await filled("X01")).get("Biểu 03")!;
    const at = (row: string, col: string) => {
      const place = formAddress(def, { row, col });
      return figure(sheet[place.row]![place.col]);
    };
    // 100 + 20 + 50 and 90 + 25 + 50 thousand.
    expect([at("union_funding", "budget"), at("union_funding", "collected")]).toEqual([170_000, 165_000]);
    // The total adds the dues, 30 and 27 thousand.
    expect([at("total", "budget"), at("total", "collected")]).toEqual([200_000, 192_000]);
  });

  it("reads back honest from LibreOffice's and Gnumeric's saves, and rolls up to the sums by hand", async () => {
    const submissions: Submission[] = [];
    for (const [code, save] of [
      ["X01", (b: Uint8Array) => resaveWith(b, "xlsx", "xlsx")],
      ["X02", (b: Uint8Array) => savedByGnumeric(b, "xlsx")],
    ] as const) {
      const extraction = extract(await readWorkbookGrid(save(await filled(code)), `${code}.xlsx`));
      expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
      expect(extraction.report!.subRows).toEqual(campaign.subRows);
      submissions.push({ source: { name: `${code}.xlsx`, sha256: `sha-${code}` }, extraction });
    }
    const summary = rollup(submissions, { campaign, period: D1 });
    expect(summary.rejected).toEqual([]);
    const b03 = summary.total.forms.B03!;
    // sxkd 100 + 200 and 90 + 210; the row split 170 + 250 and 165 + 240; total with dues 50 and 47.
    expect(b03.union_funding_sxkd).toEqual({ budget: 300_000, collected: 300_000, collection_rate: 1 });
    expect(b03.union_funding).toEqual({ budget: 420_000, collected: 405_000, collection_rate: 405 / 420 });
    expect(b03.total).toEqual({ budget: 470_000, collected: 452_000, collection_rate: 452 / 470 });
  });
});
