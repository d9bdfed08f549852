import { CUSTOM_FORM, formDef, inputCells, layoutSummary, rollup } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { fastOutcome, ruled } from "../support/compare-readers";
import { printedPages, type PrintedPage } from "../support/printed-pages";
import { OWN, ownCampaign } from "../support/own-indicators";
import { consistentFills, submission, unit } from "../support/reports";

// Red team, round 32: the forms' columns were 15 characters wide, so a province's 1,730,373,147,812 đồng
// showed "###" in LibreOffice's print of its own summary, and the summary was refused when rolled up
// again at the next level. Needs LibreOffice and poppler, like libreoffice-print.test.ts.

/** Every money input of Biểu 03 (two rows, two units) at a quarter of the most the total may hold, 15 digits. */
const QUARTER_OF_MOST = 249_999_999_999_999;

function bigMoney(code: string) {
  const fills = consistentFills(["B03"], 1);
  for (const cell of inputCells(formDef("B03")))
    if (cell.col.kind === "money") fills[cell.name] = QUARTER_OF_MOST;
  return submission({ unit: unit(code), templates: ["B03"], fills }, `${code}.xlsx`);
}

describe("money of fifteen digits", () => {
  let bytes: Uint8Array;
  let pages: PrintedPage[];

  beforeAll(async () => {
    const summary = rollup([bigMoney("P01"), bigMoney("P02")], {
      parent: { code: "T01", name: "LĐLĐ tỉnh" },
    });
    expect(summary.total.forms.B03!.total!.budget).toBe(4 * QUARTER_OF_MOST);
    bytes = await writeWorkbookPlan(layoutSummary(summary));
    pages = printedPages([bytes])[0]!;
  }, 180_000);

  it("shows whole in the summary's form sent upward, which reads ready to be rolled up again", () => {
    expect(ruled(fastOutcome(bytes, "tong-hop.xlsx"), "cell.hidden")).toEqual([]);
  });

  it("prints whole in every sheet of the summary, as LibreOffice prints it", () => {
    const text = pages.map((page) => page.text).join("\n");
    expect(text).toContain("999,999,999,999,996");
    expect(text).not.toContain("###");
  });
});

describe("a province's own indicator in đồng", () => {
  // Red team, round 35: Biểu 05's column is laid out for counts, so 4,027,858,641,288 đồng printed "###" on
  // the form the province signs, in its per-unit sheet and on the overview, and the summary was refused
  // when rolled up again: a column is widened where a figure of its own needs it.
  const PLAN = 2_013_929_320_644;

  function fund(code: string) {
    const fills = consistentFills([CUSTOM_FORM], 1, [], OWN);
    fills.TD_B05_fund_plan_value = PLAN;
    fills.TD_B05_fund_paid_value = PLAN - 1;
    return submission({ unit: unit(code), templates: [CUSTOM_FORM], indicators: OWN, fills }, `${code}.xlsx`);
  }

  let bytes: Uint8Array;
  let pages: PrintedPage[];

  beforeAll(async () => {
    const campaign = ownCampaign(
      ["P01", "P02"].map((code) => ({ code, name: `Công đoàn ${code}`, kind: "commune" as const })),
    );
    const summary = rollup([fund("P01"), fund("P02")], {
      campaign,
      parent: { code: "T01", name: "LĐLĐ tỉnh" },
    });
    expect(summary.total.forms[CUSTOM_FORM]!.fund_plan!.value).toBe(2 * PLAN);
    bytes = await writeWorkbookPlan(layoutSummary(summary));
    pages = printedPages([bytes])[0]!;
  }, 180_000);

  it("prints whole everywhere, and the summary's form reads ready to be rolled up again", () => {
    expect(ruled(fastOutcome(bytes, "tong-hop.xlsx"), "cell.hidden")).toEqual([]);
    const text = pages.map((page) => page.text).join("\n");
    expect(text).toContain("4,027,858,641,288");
    expect(text).not.toContain("###");
  });
});
