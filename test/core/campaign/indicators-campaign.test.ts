import {
  layoutCampaign,
  readCampaign,
  type Campaign,
  type Finding,
  type SheetTable,
} from "../../../src/core";
import { OWN, ownCampaign } from "../../support/own-indicators";
import { planTables } from "../../support/plan-tables";

const SHEET = "Chỉ tiêu riêng";

const campaignOf = (extra: Partial<Campaign> = {}) =>
  ownCampaign([{ code: "X01", name: "Công đoàn X01" }], extra);

const read = (
  campaign: Campaign,
  extraRows: Record<string, (string | number | null)[][]> = {},
  change: (tables: Map<string, SheetTable>) => void = () => {},
) => {
  const tables = planTables(layoutCampaign(campaign), {}, extraRows);
  change(tables);
  return readCampaign((name) => tables.get(name.toUpperCase()));
};

const errorsOf = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell]);

/** One row of TD_Indicators as typed: code, name, English name, kind, numerator, denominator, unit, required. */
const row = (code: string, name: string, kind: string, parts: [string, string] | [] = []) => [
  code,
  name,
  null,
  kind,
  parts[0] ?? null,
  parts[1] ?? null,
  null,
  null,
];

describe("the province's own indicators (TD_Indicators)", () => {
  it("reads back what it wrote, and finds their targets and scoring lines by code, key or name", () => {
    const campaign = campaignOf({
      assigned: new Map([["X01", { B05_training: 4, B05_fund_rate: "na" as const }]]),
      scoring: [{ target: "B05_training", points: 10, method: "proportional" }],
    });
    const { campaign: back, findings } = read(campaign);
    expect(errorsOf(findings)).toEqual([]);
    expect(back!.indicators).toEqual(OWN);
    expect(back!.assigned.get("X01")).toEqual({ B05_training: 4, B05_fund_rate: "na" });
    expect(back!.scoring).toEqual(campaign.scoring);
    expect(back!.defaults).toMatchObject({ B05_training: null, B05_fund_rate: null });
  });

  it("takes headers in Vietnamese, in English or as keys, and Có/Không/Yes/No/blank for Bắt buộc", () => {
    const keys = [
      "code",
      "name",
      "name_en",
      "kind",
      "numerator",
      "denominator",
      "unit",
      "required",
      "source",
    ];
    const english = [
      "Indicator code",
      "Indicator name",
      "English name",
      "Kind",
      "Numerator",
      "Denominator",
      "Unit of measure",
      "Required",
      "Source figure",
    ];
    for (const header of [keys, english]) {
      const { campaign: back, findings } = read(
        campaignOf(),
        {
          TD_Indicators: [
            ["a1", "Chỉ tiêu A", null, "flow", null, null, null, "No"],
            ["a2", "Chỉ tiêu B", "B", "Stock at a date", null, null, "người", "yes"],
            ["a3", "Chỉ tiêu C", null, "tỷ lệ", "A1", "a2", null, null],
          ],
        },
        (tables) => {
          const table = tables.get("TD_INDICATORS")!;
          tables.set("TD_INDICATORS", {
            ...table,
            header: table.header.map((h, i) => ({ ...h, text: header[i]! })),
          });
        },
      );
      expect(errorsOf(findings)).toEqual([]);
      expect(back!.indicators!.slice(OWN.length)).toEqual([
        { code: "a1", name: { vi: "Chỉ tiêu A", en: "Chỉ tiêu A" }, kind: "flow", required: false },
        { code: "a2", name: { vi: "Chỉ tiêu B", en: "B" }, kind: "stock", unit: "người", required: true },
        // The parts are written as their indicators' codes are.
        {
          code: "a3",
          name: { vi: "Chỉ tiêu C", en: "Chỉ tiêu C" },
          kind: "ratio",
          required: true,
          parts: ["a1", "a2"],
        },
      ]);
    }
  });

  it("refuses at its cell a bad code, a code twice, an unknown kind, a bad Bắt buộc, and a ratio of a missing or a ratio code", () => {
    const { campaign, findings } = read(campaignOf(), {
      TD_Indicators: [
        row("so-lop", "Số lớp", "flow"),
        row("TRAINING", "Lớp tập huấn khác", "flow"),
        row("events", "Số sự kiện", "theo quý"),
        ["extra", "Số khác", null, "flow", null, null, null, "có lẽ"],
        row("r1", "Tỷ lệ một", "ratio", ["nothing", "clubs"]),
        row("r2", "Tỷ lệ hai", "ratio", ["fund_rate", "clubs"]),
      ],
    });
    expect(campaign).toBeNull();
    expect(errorsOf(findings)).toEqual([
      ["campaign.bad_indicator_code", SHEET, "A10"],
      ["campaign.repeated", SHEET, "A11"],
      ["campaign.unknown_indicator_kind", SHEET, "D12"],
      ["campaign.bad_required", SHEET, "H13"],
      ["campaign.bad_ratio_part", SHEET, "E14"],
      ["campaign.bad_ratio_part", SHEET, "E15"],
    ]);
    const kind = findings.find((f) => f.rule === "campaign.unknown_indicator_kind")!;
    expect(kind.message_vi).toContain("Số phát sinh trong kỳ; Số tại thời điểm; Kế hoạch; Tỷ lệ");
    expect(kind.message_en.startsWith(`${SHEET}: `)).toBe(true);
  });

  it("reads 1, x and 0 in Bắt buộc as another program writes a tick, and refuses two codes that look alike", () => {
    const { campaign, findings } = read(campaignOf(), {
      TD_Indicators: [
        ["CT1", "Chỉ tiêu một", null, "flow", null, null, null, "1"],
        ["CT2", "Chỉ tiêu hai", null, "flow", null, null, null, "0"],
        ["CT3", "Chỉ tiêu ba", null, "flow", null, null, null, "x"],
        // CTL reads as CT1 to a person, and a target headed CTL would land on CT1.
        ["CTL", "Chỉ tiêu lương", null, "flow", null, null, null, null],
      ],
    });
    expect(campaign).toBeNull();
    expect(errorsOf(findings)).toEqual([["campaign.repeated", SHEET, "A13"]]);
    const { campaign: ticked } = read(campaignOf(), {
      TD_Indicators: [
        ["CT1", "Chỉ tiêu một", null, "flow", null, null, null, "1"],
        ["CT2", "Chỉ tiêu hai", null, "flow", null, null, null, "0"],
        ["CT3", "Chỉ tiêu ba", null, "flow", null, null, null, "x"],
      ],
    });
    expect(ticked!.indicators!.slice(OWN.length).map((i) => [i.code, i.required])).toEqual([
      ["CT1", true],
      ["CT2", false],
      ["CT3", true],
    ]);
  });

  it("never lets an own indicator stand for a catalog target: by a catalog key, name or English name", () => {
    const { campaign, findings } = read(campaignOf(), {
      TD_Indicators: [
        row("B03_collection_rate", "Tỷ lệ thu", "flow"),
        row("fees", "Thu kinh phí, đoàn phí đạt dự toán giao", "flow"),
        [
          "houses",
          "Nhà mái ấm",
          '"Mái ấm công đoàn" houses built or repaired',
          "flow",
          null,
          null,
          null,
          null,
        ],
        row("b02_members_admitted", "Kết nạp", "flow"),
      ],
    });
    expect(campaign).toBeNull();
    expect(errorsOf(findings)).toEqual([
      ["campaign.catalog_code", SHEET, "A10"],
      ["campaign.shadows_catalog", SHEET, "B11"],
      ["campaign.shadows_catalog", SHEET, "C12"],
      ["campaign.catalog_code", SHEET, "A13"],
    ]);
    expect(findings.find((f) => f.rule === "campaign.shadows_catalog")!.message_vi).toContain(
      'trùng mã hoặc tên chỉ tiêu "Thu kinh phí, đoàn phí đạt dự toán giao" của danh mục',
    );
  });

  it("refuses a target or scoring line naming an indicator the campaign does not have", () => {
    const { findings } = read(campaignOf({ indicators: [] }), {
      TD_Scoring: [["B05_training", 5, "Đạt / Chưa đạt", null]],
    });
    expect(errorsOf(findings)).toEqual([["campaign.unknown_target", "Bảng chấm điểm", "A13"]]);
  });

  it("links a built-in figure by its cell name or its row label, and refuses a source that is none, a ratio or missing", () => {
    const linked = (code: string, source: string | null, kind = "Số của biểu") => [
      code,
      `Chỉ tiêu ${code}`,
      null,
      kind,
      null,
      null,
      null,
      null,
      source,
    ];
    const { campaign: back, findings } = read(campaignOf(), {
      TD_Indicators: [
        linked("safety", "B04_safety_contests_value"),
        linked("cdcs", "td_b04_grassroots_unions_VALUE"),
        linked("commended", "Số cá nhân được khen thưởng"),
        ["share", "Tỷ lệ", null, "Tỷ lệ", "safety", "cdcs", null, null, null],
      ],
    });
    expect(errorsOf(findings)).toEqual([]);
    expect(back!.indicators!.slice(OWN.length).map((i) => [i.code, i.kind, i.source, i.parts])).toEqual([
      ["safety", "figure", { template: "B04", row: "safety_contests", col: "value" }, undefined],
      ["cdcs", "figure", { template: "B04", row: "grassroots_unions", col: "value" }, undefined],
      ["commended", "figure", { template: "B04", row: "commended_individuals", col: "value" }, undefined],
      ["share", "ratio", undefined, ["safety", "cdcs"]],
    ]);
    // Written back for an officer, the source by its label as the form prints it, and read again the same.
    const written = planTables(layoutCampaign({ ...campaignOf(), indicators: back!.indicators! }));
    const sources = written.get("TD_INDICATORS")!.rows.map((r) => r.cells[8]?.value?.value ?? null);
    expect(sources.slice(OWN.length)).toEqual([
      "Số hội thi an toàn, vệ sinh viên giỏi",
      "Tổng số công đoàn cơ sở",
      "Số cá nhân được khen thưởng",
      null,
    ]);
    const again = read({ ...campaignOf(), indicators: back!.indicators! });
    expect(errorsOf(again.findings)).toEqual([]);
    expect(again.campaign!.indicators).toEqual(back!.indicators);

    const refused = read(campaignOf(), {
      TD_Indicators: [
        linked("none", null),
        linked("rate", "B04_party_procedure_rate_value"),
        linked("own", "B05_training_value"),
        linked("typo", "B04_safety_contest_value"),
        linked("flowing", "B04_safety_contests_value", "flow"),
      ],
    });
    expect(refused.campaign).toBeNull();
    expect(errorsOf(refused.findings)).toEqual([
      ["campaign.bad_figure_source", SHEET, "I10"],
      ["campaign.bad_figure_source", SHEET, "I11"],
      ["campaign.bad_figure_source", SHEET, "I12"],
      ["campaign.bad_figure_source", SHEET, "I13"],
    ]);
    expect(refused.findings.find((f) => f.rule === "campaign.source_ignored")?.cell).toBe("I14");
  });

  it("reads a campaign written before linked rows, its TD_Indicators without the source column", () => {
    const { campaign: back, findings } = read(campaignOf(), {}, (tables) => {
      const table = tables.get("TD_INDICATORS")!;
      tables.set("TD_INDICATORS", {
        ...table,
        header: table.header.slice(0, 8),
        rows: table.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 8) })),
      });
    });
    expect(errorsOf(findings)).toEqual([]);
    expect(back!.indicators).toEqual(OWN);
  });

  it("reads the kind Có/Không (Yes/No) of an answer the unit gives for itself", () => {
    const { campaign: back, findings } = read(campaignOf(), {
      TD_Indicators: [
        row("own_procedure", "Tự thực hiện quy trình", "Có/Không"),
        row("own_review", "Tự sơ kết", "yes/no"),
      ],
    });
    expect(errorsOf(findings)).toEqual([]);
    expect(back!.indicators!.slice(OWN.length).map((i) => [i.code, i.kind])).toEqual([
      ["own_procedure", "yesno"],
      ["own_review", "yesno"],
    ]);
  });
});
