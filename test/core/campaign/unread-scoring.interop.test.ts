import { defaultCampaign, layoutCampaign, readCampaignGrid } from "../../../src/core";
import { DEFAULT_GRADES, DEFAULT_SCORING } from "../../../src/core/campaign/defaults";
import { checkCampaignGrid } from "../../../src/core/campaign/plan-warnings";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// An officer retypes the first heading of Bảng chấm điểm ("Chỉ tiêu" as "Tên chỉ tiêu"). In an .ods or
// .xls, found by its header, the scoring table was then not found and the default scoring took its
// place without a word. The sheet also holds the grades table, so a cell there beside the grades is the
// sign: the scoring table, or the grades one, is unread. A sheet holding the grades alone (the scoring
// left out, as the guide allows, for the defaults) is read as before.

jest.setTimeout(120_000);

const SHEET = "Bảng chấm điểm";
const units = ["P01", "X01"].map((code) => ({ code, name: `Công đoàn ${code}` }));

let written: Uint8Array;
/** The cells of a table of the written workbook: its header's, then its rows'. */
let cellsOf: (table: string) => { header: string[]; all: string[] };

beforeAll(async () => {
  const campaign = defaultCampaign(2025, units);
  // Grades of the province's own, told apart from the defaults a table unread would leave.
  written = await writeWorkbookPlan(
    layoutCampaign({ ...campaign, grades: campaign.grades.map((g, i) => ({ ...g, grade: `Loại ${i}` })) }),
  );
  const grid = readWorkbookGrid(written, "ke-hoach.xlsx");
  cellsOf = (name) => {
    const table = grid.tables!.find((t) => t.name === name)!;
    const header = table.header.map((h) => h.address);
    return { header, all: [...header, ...table.rows.flatMap((r) => r.cells.map((c) => c.address))] };
  };
});

/** The workbook with the first heading of `table` retyped as `heading`. */
const retyped = (table: string, heading: string) =>
  setWithOpenpyxl(written, [[SHEET, cellsOf(table).header[0]!, heading]]);

const errors = (bytes: Uint8Array, ext: string) =>
  [readCampaignGrid, checkCampaignGrid].map((check) =>
    check(readWorkbookGrid(bytes, `ke-hoach.${ext}`))
      .findings.filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.sheet]),
  );

const unread = [["campaign.table_unread", SHEET]];

describe("a campaign's scoring sheet whose heading was retyped", () => {
  it.each(["ods", "xls"] as const)("is an error for the scoring table, not the defaults (.%s)", (ext) => {
    const file = resaveWith(retyped("TD_Scoring", "Tên chỉ tiêu"), "xlsx", ext);
    expect(errors(file, ext)).toEqual([unread, unread]);
  });

  it.each(["ods", "xls"] as const)("is an error for the grades table, not the defaults (.%s)", (ext) => {
    const file = resaveWith(retyped("TD_Grades", "Loại"), "xlsx", ext);
    expect(errors(file, ext)).toEqual([unread, unread]);
  });

  it.each(["ods", "xls"] as const)("is read as written where the headings are intact (.%s)", (ext) => {
    const file = resaveWith(written, "xlsx", ext);
    expect(errors(file, ext)).toEqual([[], []]);
    expect(readCampaignGrid(readWorkbookGrid(file, `ke-hoach.${ext}`)).campaign!.grades[0]!.grade).toBe(
      "Loại 0",
    );
  });

  it.each(["ods", "xls"] as const)("holding the grades alone takes the default scoring (.%s)", (ext) => {
    const cleared = cellsOf("TD_Scoring").all.map((cell) => [SHEET, cell, null] as const);
    const file = resaveWith(setWithOpenpyxl(written, cleared), "xlsx", ext);
    const { campaign, findings } = readCampaignGrid(readWorkbookGrid(file, `ke-hoach.${ext}`));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.scoring).toEqual(DEFAULT_SCORING);
    expect(campaign!.grades).not.toEqual(DEFAULT_GRADES);
  });

  it.each(["ods", "xls"] as const)("holding its title alone takes the defaults (.%s)", (ext) => {
    const tables = [...cellsOf("TD_Scoring").all, ...cellsOf("TD_Grades").all];
    const file = resaveWith(
      setWithOpenpyxl(
        written,
        tables.map((cell) => [SHEET, cell, null] as const),
      ),
      "xlsx",
      ext,
    );
    const { campaign, findings } = readCampaignGrid(readWorkbookGrid(file, `ke-hoach.${ext}`));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect([campaign!.scoring, campaign!.grades]).toEqual([DEFAULT_SCORING, DEFAULT_GRADES]);
  });
});
