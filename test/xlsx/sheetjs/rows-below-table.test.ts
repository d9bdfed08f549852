import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { defaultCampaign, layoutCampaign, readCampaignGrid, type CampaignUnit } from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";

// A province's officer adds a unit by typing it on the row under the units table. Excel grows the table
// over it; LibreOffice Calc and openpyxl leave the table's range as it was, and the .xlsx they save holds
// the unit's row just below it. Before, that unit was dropped without a word: it got no template, and its
// report was refused as a unit the province does not expect. The same workbook saved as .ods had it.

const UNITS: CampaignUnit[] = [
  { code: "P01", name: "Công đoàn phường Trấn Biên", kind: "commune", bloc: "Cụm 1" },
  { code: "X01", name: "Công đoàn xã Long Thành", kind: "commune", bloc: "Cụm 2" },
  { code: "X04", name: "Công đoàn xã Phước Thái", kind: "commune", bloc: "Cụm 2" },
];

/** The campaign's .xlsx with its units table's range ending `short` rows above its last unit. */
async function tableLeftShort(short: number): Promise<Uint8Array> {
  const written = await writeWorkbookPlan(layoutCampaign({ ...defaultCampaign(2025), units: UNITS }));
  const parts = unzipSync(written);
  const part = Object.keys(parts).find((p) => /TD_Units/.test(strFromU8(parts[p]!)) && /tables\//.test(p))!;
  const last = 4 + UNITS.length;
  // Its last column by any letter: one more column written left the range as it was, the test proving nothing.
  const range = /ref="A4:([A-Z]+)(\d+)"/g;
  const table = strFromU8(parts[part]!);
  if (!range.test(table)) throw new Error("the units table's range was not found");
  const xml = table.replace(range, (_, column: string) => `ref="A4:${column}${last - short}"`);
  return zipSync({ ...parts, [part]: strToU8(xml) });
}

const codes = (bytes: Uint8Array) =>
  readCampaignGrid(readWorkbookGrid(bytes, "ke-hoach.xlsx")).campaign!.units.map((u) => u.code);

describe("a campaign's table with rows typed under it, its range left as it was", () => {
  it("reads the rows typed directly under the table as its own, as Excel would have grown it", async () => {
    expect(codes(await tableLeftShort(1))).toEqual(["P01", "X01", "X04"]);
    expect(codes(await tableLeftShort(2))).toEqual(["P01", "X01", "X04"]);
  });

  it("keeps the table as it is when nothing is typed under it", async () => {
    expect(codes(await tableLeftShort(0))).toEqual(["P01", "X01", "X04"]);
  });
});
