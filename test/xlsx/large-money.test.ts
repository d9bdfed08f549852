import { formDef, inputCells, layoutSummary, rollup } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { fastOutcome, ruled } from "../support/compare-readers";
import { printedPages, type PrintedPage } from "../support/printed-pages";
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
