import {
  defaultCampaign,
  layoutCampaign,
  readCampaign,
  type Campaign,
  type NominationAward,
  type SheetTable,
} from "../../../src/core";
import { planTables } from "../../support/plan-tables";

const UNITS = [{ code: "A1", name: "Công đoàn A1", bloc: "Cụm A" }];
const NOMINATED: readonly NominationAward[] = [
  {
    award: 'Bằng "Lao động sáng tạo"',
    subject: "person",
    scope: "province",
    count: 3,
    minDirectShare: 0.5,
    upward: true,
  },
  { award: "Biển Công trình thi đua", subject: "work", scope: "unit", count: 1 },
  { award: "Công nhân giỏi xứ Thanh", subject: "person", scope: "bloc" },
];

function campaignOf(extra: Partial<Campaign> = {}): Campaign {
  return {
    ...defaultCampaign(2025, UNITS),
    awards: [{ award: "Cờ thi đua", scope: "province", count: 1, minGrade: "Xuất sắc" }],
    ...extra,
  };
}

const tablesOf = (campaign: Campaign, extra: Record<string, (string | number | null)[][]> = {}) =>
  planTables(layoutCampaign(campaign), {}, extra);

const readTables = (tables: Map<string, SheetTable>) =>
  readCampaign((name) => tables.get(name.toUpperCase()));

describe("the campaign's awards to people and works (TD_Awards, Đối tượng)", () => {
  it("reads back what it wrote: awards to units drawn by score, awards to people and works apart", () => {
    const { campaign, findings } = readTables(tablesOf(campaignOf({ nominationAwards: NOMINATED })));
    expect(findings).toEqual([]);
    expect(campaign!.awards).toEqual([
      { award: "Cờ thi đua", scope: "province", count: 1, minGrade: "Xuất sắc" },
    ]);
    expect(campaign!.nominationAwards).toEqual(NOMINATED);
  });

  it("reads a row as staff type it: subject and scope in words, a share as 50%, a blank number as no limit", () => {
    const tables = tablesOf(campaignOf(), {
      TD_Awards: [
        ["Bằng LĐST", "toàn tỉnh", 2, null, null, null, "cá nhân", "50%"],
        ["Sáng kiến", "Mỗi đơn vị", null, null, null, null, "Sáng kiến", null],
        // As a plan words it: "ít nhất 30%" of those commended work in production.
        ["Giấy khen", "Mỗi đơn vị", 3, null, null, null, "Cá nhân", "ít nhất 30%"],
      ],
    });
    const { campaign, findings } = readTables(tables);
    expect(findings).toEqual([]);
    expect(campaign!.nominationAwards).toEqual([
      { award: "Bằng LĐST", subject: "person", scope: "province", count: 2, minDirectShare: 0.5 },
      { award: "Sáng kiến", subject: "work", scope: "unit" },
      { award: "Giấy khen", subject: "person", scope: "unit", count: 3, minDirectShare: 0.3 },
    ]);
  });

  it("refuses at its cell a subject, a scope or a share it cannot read", () => {
    const tables = tablesOf(campaignOf(), {
      TD_Awards: [
        ["A", "Toàn tỉnh", 1, null, null, null, "Gia đình", null],
        ["B", "Mỗi xã", 1, null, null, null, "Cá nhân", null],
        ["C", "Toàn tỉnh", 1, null, null, null, "Cá nhân", "150%"],
        ["D", "Toàn tỉnh", 1, null, null, null, "Cá nhân", null, "Tỉnh"],
      ],
    });
    const { campaign, findings } = readTables(tables);
    expect(campaign).toBeNull();
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["campaign.unknown_subject", "G6"],
      ["campaign.unknown_scope", "B7"],
      ["campaign.bad_share", "H8"],
      ["campaign.bad_yes_no", "I9"],
    ]);
  });

  it("names, for a scope it cannot read, the whole as every level writes it", () => {
    const tables = tablesOf(campaignOf(), { TD_Awards: [["Cờ thi đua", "Toàn quận", 1]] });
    const said = readTables(tables).findings.find((f) => f.rule === "campaign.unknown_scope");
    expect(said?.message_vi).toMatch(/Toàn tỉnh \/ Toàn huyện \/ Toàn ngành[^;]*; Mỗi cụm/);
    expect(said?.message_en).toMatch(/Province-wide[^;]*District-wide/i);
  });

  it("warns, at the cell, of a share or a level above typed on an award to units, which takes neither", () => {
    const tables = tablesOf(campaignOf(), {
      TD_Awards: [["Cờ thi đua", "Toàn tỉnh", 1, null, null, null, "Đơn vị", "50%", "Có"]],
    });
    const { findings } = readTables(tables);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["campaign.unit_only", "warning", "H6"],
      ["campaign.unit_only", "warning", "I6"],
    ]);
  });

  it("reads a workbook written before the column as it did: every award to units", () => {
    const tables = tablesOf(campaignOf());
    const awards = tables.get("TD_AWARDS")!;
    const old: SheetTable = {
      ...awards,
      header: awards.header.slice(0, 5),
      rows: awards.rows.map((r) => ({ cells: r.cells.slice(0, 5) })),
    };
    tables.set("TD_AWARDS", old);
    const { campaign, findings } = readTables(tables);
    expect(findings).toEqual([]);
    expect(campaign!.awards).toEqual(campaignOf().awards);
    expect(campaign!.nominationAwards).toBeUndefined();
  });
});
