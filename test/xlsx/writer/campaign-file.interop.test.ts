import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  defaultCampaign,
  layoutCampaign,
  readCampaignGrid,
  type Assigned,
  type Campaign,
  type CampaignUnit,
} from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";

const UNITS: CampaignUnit[] = [
  {
    code: "P01",
    name: "Công đoàn phường Trấn Biên",
    kind: "commune",
    bloc: "Cụm 1",
    validFrom: "2025-07-01",
  },
  {
    code: "H01",
    name: "LĐLĐ thành phố Biên Hòa",
    kind: "district_legacy",
    bloc: "Cụm 1",
    validTo: "2025-06-30",
  },
  { code: "K01", name: "Công đoàn các KCN", kind: "industrial_park", bloc: "Cụm 2", parentCode: "LDLD_DN" },
];

const campaign: Campaign = {
  ...defaultCampaign(2025, UNITS),
  assigned: new Map<string, Record<string, Assigned>>([
    // Fees collected above the budget: 110 %, in a percent cell that holds 1.1.
    ["P01", { B02_members_admitted: 150, B02_unions_founded: 2, B03_collection_rate: 1.1 }],
    ["K01", { B02_members_admitted: 900, B04_initiative_rate: "na" as const }],
  ]),
  defaults: { ...defaultCampaign(2025).defaults, B01_nonstate_cla_rate: 0.75, B03_collection_rate: 1.05 },
  // A kind's due date and a unit's own, beside the periods; points off for lateness and corrections.
  deadlines: [
    { period: "2025-D1", kind: "industrial_park", due: "2025-07-31" },
    { period: "2025-D2", unit: "P01", due: "2026-01-20" },
  ],
  penalties: [
    { method: "late_day", points: 0.5, cap: 5 },
    { method: "correction", points: 1 },
  ],
};

function expectSameCampaign(back: Campaign | null) {
  expect(back).not.toBeNull();
  expect(back!.periods.map((p) => [p.id, p.start, p.end, p.due])).toEqual(
    campaign.periods.map((p) => [p.id, p.start, p.end, p.due]),
  );
  expect(back!.units).toEqual(UNITS);
  expect(back!.defaults).toEqual(campaign.defaults);
  expect([...back!.assigned]).toEqual([...campaign.assigned]);
  expect(back!.scoring).toEqual(campaign.scoring);
  expect(back!.grades).toEqual(campaign.grades);
  expect(back!.deadlines).toEqual(campaign.deadlines);
  expect(back!.penalties).toEqual(campaign.penalties);
  // The indicators table is written empty, and an empty one adds no Biểu 05.
  expect(back!.indicators).toBeUndefined();
  // So is the split rows table, and an empty one keeps the forms as they are.
  expect(back!.subRows).toBeUndefined();
}

describe("the campaign workbook as a file", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbookPlan(layoutCampaign(campaign));
  });

  it("is made of Excel tables under the names other programs fill, and reads back the same campaign", () => {
    const grid = readWorkbookGrid(bytes, "ke-hoach.xlsx");
    expect(grid.tables!.map((t) => [t.name, t.sheet, t.ref])).toEqual([
      ["TD_Periods", "Kỳ báo cáo", "A4"],
      ["TD_Deadlines", "Kỳ báo cáo", "G4"],
      ["TD_Units", "Đơn vị", "A4"],
      ["TD_Parent", "Đơn vị tổng hợp", "A4"],
      ["TD_Targets", "Chỉ tiêu giao", "A4"],
      ["TD_Scoring", "Bảng chấm điểm", "A4"],
      ["TD_Grades", "Bảng chấm điểm", "F4"],
      ["TD_Awards", "Khen thưởng", "A4"],
      ["TD_Indicators", "Chỉ tiêu riêng", "A4"],
      ["TD_Rows", "Chia dòng", "A4"],
    ]);
    const tableXml = strFromU8(unzipSync(bytes)["xl/tables/table1.xml"]!);
    expect(tableXml).toMatch(/displayName="TD_Periods" ref="A4:E7"/);
    const { campaign: back, findings } = readCampaignGrid(grid);
    expect(findings).toEqual([]);
    expectSameCampaign(back);
  });

  it.each(["xlsx", "xls", "ods"] as const)(
    "reads the same campaign once LibreOffice saved it as .%s",
    (ext) => {
      const { campaign: back, findings } = readCampaignGrid(
        readWorkbookGrid(resaveWith(bytes, "xlsx", ext), `c.${ext}`),
      );
      expect(findings).toEqual([]);
      expectSameCampaign(back);
    },
  );

  it("reads a table claiming the whole sheet by the cells really there", () => {
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts["xl/tables/table3.xml"]!).replace(/ref="A4:[A-Z]+7"/g, 'ref="A4:XFD1048576"');
    const hostile = zipSync({ ...parts, "xl/tables/table3.xml": strToU8(xml) });
    const grid = readWorkbookGrid(hostile, "hostile.xlsx");
    const units = grid.tables!.find((t) => t.name === "TD_Units")!;
    expect(units.rows).toHaveLength(UNITS.length);
    expect(units.header).toHaveLength(512);
    expect(readCampaignGrid(grid).campaign!.units).toEqual(UNITS);
  });

  it("refuses a table part that is not well-formed XML, naming the file", () => {
    const parts = unzipSync(bytes);
    const broken = zipSync({ ...parts, "xl/tables/table1.xml": strToU8("<table name='TD_Periods' ref=") });
    expect(() => readWorkbookGrid(broken, "hong.xlsx")).toThrow(/hong\.xlsx/);
  });
});
