import { defaultCampaign, layoutCampaign } from "../../../src/core";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { gnumericSheets } from "../../support/gnumeric";
import { sheetsAsCsv } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// `campaign init` writes a campaign before its summarising unit is named. Once the officer picks the unit's
// kind in TD_Parent, the awards' Phạm vi drop-down offers the whole at that level: computed by LibreOffice
// and Gnumeric as Excel computes it, from the guide's list the drop-down reads (Hướng dẫn, column F).

describe("the awards' scope offered by the level picked in TD_Parent", () => {
  const cases: [kind: string | null, offered: string][] = [
    [null, "Toàn tỉnh"],
    ["LĐLĐ huyện", "Toàn huyện"],
    ["Công đoàn ngành và tương đương", "Toàn ngành"],
    ["Liên đoàn Lao động", "Toàn tỉnh"],
  ];
  let workbooks: Uint8Array[];

  beforeAll(async () => {
    const blank = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2023, [])));
    workbooks = cases.map(([kind]) =>
      setWithOpenpyxl(blank, [
        ["Đơn vị tổng hợp", "A5", "LDLD_GL"],
        ["Đơn vị tổng hợp", "B5", "LĐLĐ huyện Gia Lâm"],
        ...(kind ? [["Đơn vị tổng hợp", "C5", kind] as const] : []),
      ]),
    );
  }, 120_000);

  it.each([
    ["LibreOffice", (bytes: Uint8Array) => sheetsAsCsv(bytes, "xlsx")],
    ["Gnumeric", gnumericSheets],
  ])("in %s", (_, sheets) => {
    const offered = workbooks.map((bytes) => {
      const guide = sheets(bytes).get("Hướng dẫn")!;
      // Under the scopes' heading, in its column of the lists.
      const heading = guide.findIndex((row) => row[5]?.startsWith("Phạm vi khen thưởng"));
      return [guide[heading + 1]![5], guide[heading + 2]![5]];
    });
    expect(offered).toEqual(cases.map(([, word]) => [word, "Mỗi cụm"]));
  });
});
