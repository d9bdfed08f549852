import {
  placedTarget,
  defaultCampaign,
  layoutCampaign,
  readCampaign,
  targetsOf,
  unitTargets,
  type Campaign,
  type CampaignUnit,
  type GridValue,
} from "../../../src/core";
import { planTables, readPlannedCampaign as read } from "../../support/plan-tables";

const UNITS: CampaignUnit[] = [
  {
    code: "X01",
    name: "Công đoàn phường Bến Thành",
    kind: "commune",
    bloc: "Cụm 1",
    validFrom: "2025-07-01",
  },
  { code: "K01", name: "Công đoàn KCN Tân Thuận", kind: "industrial_park", bloc: "Cụm 2" },
];

function campaignOf(extra: Partial<Campaign> = {}): Campaign {
  return {
    ...defaultCampaign(2025, UNITS),
    assigned: new Map([["X01", { B02_members_admitted: 120, B04_mai_am_total: "na" as const }]]),
    ...extra,
  };
}

/** A target's column of Chỉ tiêu giao: after the unit's code (A) and the period's (B). */
const placedColumn = (key: string) =>
  String.fromCharCode(67 + targetsOf(["B01", "B02", "B03", "B04"]).findIndex((t) => t.key === key));

const text = (value: string): GridValue => ({ type: "string", value });
const num = (value: number): GridValue => ({ type: "number", value });

describe("campaign workbook", () => {
  it("reads back what it wrote: periods with due dates, units in blocs, assigned targets, scoring, grades", () => {
    const campaign = campaignOf();
    const { campaign: back, findings } = read(campaign);
    expect(findings).toEqual([]);
    expect(back!.periods.map((p) => [p.id, p.start, p.end, p.due])).toEqual(
      campaign.periods.map((p) => [p.id, p.start, p.end, p.due]),
    );
    // The table holds one name per round; the standard rounds keep their English too.
    expect(back!.periods.map((p) => p.label)).toEqual(campaign.periods.map((p) => p.label));
    expect(back!.periods[0]!.label.en).not.toBe(back!.periods[0]!.label.vi);
    expect(back!.units).toEqual(UNITS);
    expect(back!.defaults).toEqual(campaign.defaults);
    expect(back!.assigned.get("X01")).toEqual({ B02_members_admitted: 120, B04_mai_am_total: "na" });
    expect(back!.scoring).toEqual(campaign.scoring);
    expect(back!.grades).toEqual(campaign.grades);
  });

  it('drops a built-in target for every unit with "-" on the `*` row, and gives it back where a unit has a figure', () => {
    const key = "B04_initiative_rate";
    const column = placedColumn(key);
    const { campaign, findings } = read(campaignOf(), { [`Chỉ tiêu giao!${column}5`]: text("-") }, {});
    expect(findings).toEqual([]);
    expect(campaign!.defaults[key]).toBe("na");
    const other = unitTargets(campaign!, "K01", ["B04"]);
    expect([other.targets[key], other.notApplicable.has(key)]).toEqual([null, true]);
    const givenBack = read(campaignOf(), {
      [`Chỉ tiêu giao!${column}5`]: text("-"),
      [`Chỉ tiêu giao!${column}6`]: num(0.3),
    }).campaign!;
    const own = unitTargets(givenBack, "X01", ["B04"]);
    expect([own.targets[key], own.notApplicable.has(key)]).toEqual([0.3, false]);
    // Written back, the `*` row says "-" again.
    expect(read(campaign!).campaign!.defaults[key]).toBe("na");
  });

  // Officers write "not applicable" as the forms print it, or copy the decision's table from Word, whose
  // lone dash may be an en dash: before, each was an invalid target and the campaign could not be used.
  it.each(["Không áp dụng", "KHÔNG ÁP DỤNG", " không  áp dụng ", "–", "—", "−"])(
    'reads a unit\'s target written "%s" as not applicable, as "-"',
    (written) => {
      const key = "B04_initiative_rate";
      const { campaign, findings } = read(campaignOf(), {
        [`Chỉ tiêu giao!${placedColumn(key)}6`]: text(written),
      });
      expect(findings).toEqual([]);
      expect(campaign!.assigned.get("X01")![key]).toBe("na");
    },
  );

  it("sets no common target where the `*` row is blank, nor the built-in default the province never set", () => {
    const key = "B04_initiative_rate";
    const { campaign, findings } = read(campaignOf(), { [`Chỉ tiêu giao!${placedColumn(key)}5`]: null });
    expect(findings).toEqual([]);
    expect(campaign!.defaults[key]).toBeNull();
    const other = unitTargets(campaign!, "K01", ["B04"]);
    expect([other.targets[key], other.notApplicable.has(key)]).toEqual([null, false]);
    // The other targets keep the common level the row gives.
    expect(campaign!.defaults.B01_nonstate_cla_rate).toBe(0.7);
  });

  it("takes any rounds: quarters, a sprint across the year end of another, a five-year review", () => {
    const { campaign, findings } = read(
      campaignOf(),
      {},
      {
        TD_Periods: [
          ["2025-Q3", "Quý III", "01/07/2025", "30/09/2025", "10/10/2025"],
          ["SPRINT", "90 ngày cao điểm", "2025-10-25", "2025-12-31", null],
          ["2021-2025", "Tổng kết 5 năm", "01/01/2021", "31/12/2025", "15/01/2026"],
        ],
      },
    );
    // The sprint has no due date: said, not refused.
    expect(findings.map((f) => f.rule)).toEqual(["campaign.no_due"]);
    expect(campaign!.periods.map((p) => p.id)).toEqual([
      "2025-D1",
      "2025-D2",
      "2025",
      "2025-Q3",
      "SPRINT",
      "2021-2025",
    ]);
    expect(campaign!.periods.find((p) => p.id === "2025-Q3")!.due).toBe("2025-10-10");
    expect(campaign!.periods.find((p) => p.id === "SPRINT")!.label).toEqual({
      vi: "90 ngày cao điểm (25/10/2025 – 31/12/2025)",
      en: "90 ngày cao điểm (25/10/2025 – 31/12/2025)",
    });
  });

  it.each([
    [
      "a bonus without its cap",
      { "Bảng chấm điểm!D7": null },
      {},
      "campaign.cap_required",
      "Bảng chấm điểm",
      "D7",
    ],
    ["a wildcard in a bloc name", { "Đơn vị!E5": text("Cụm *") }, {}, "campaign.bad_bloc", "Đơn vị", "E5"],
    [
      "an unknown target column",
      { "Chỉ tiêu giao!C4": text("B09_nonsense") },
      {},
      "campaign.unknown_column",
      "Chỉ tiêu giao",
      "C4",
    ],
    ["an unknown unit kind", { "Đơn vị!C5": text("village") }, {}, "campaign.unknown_kind", "Đơn vị", "C5"],
    ["a bad date", { "Kỳ báo cáo!C5": text("31/02/2025") }, {}, "campaign.bad_date", "Kỳ báo cáo", "C5"],
    [
      "an end before the start",
      { "Kỳ báo cáo!D5": num(45000) },
      {},
      "campaign.end_before_start",
      "Kỳ báo cáo",
      "D5",
    ],
    [
      "points not positive",
      { "Bảng chấm điểm!B5": num(0) },
      {},
      "campaign.points_not_positive",
      "Bảng chấm điểm",
      "B5",
    ],
    [
      "points that would overflow the score",
      { "Bảng chấm điểm!B5": num(1e308) },
      {},
      "campaign.points_too_large",
      "Bảng chấm điểm",
      "B5",
    ],
    [
      "an unknown method",
      { "Bảng chấm điểm!C5": text("linear") },
      {},
      "campaign.unknown_method",
      "Bảng chấm điểm",
      "C5",
    ],
    [
      "grades not descending",
      { "Bảng chấm điểm!G6": num(99) },
      {},
      "campaign.grades_not_descending",
      "Bảng chấm điểm",
      "G6",
    ],
    [
      "a unit in two blocs",
      {},
      { TD_Units: [["K01", "KCN Tân Thuận", "industrial_park", "", "Cụm 1", "", ""]] },
      "campaign.two_blocs",
      "Đơn vị",
      "E7",
    ],
    [
      "overlapping rounds",
      {},
      { TD_Periods: [["X", "Chồng lấn", "2025-05-01", "2025-08-31", null]] },
      "campaign.overlapping",
      "Kỳ báo cáo",
      "C8",
    ],
    [
      "a target for an unknown unit",
      {},
      { TD_Targets: [["Z99", null, 10]] },
      "campaign.unknown_unit",
      "Chỉ tiêu giao",
      "A8",
    ],
    [
      "a bad target value",
      { "Chỉ tiêu giao!D6": text("nhiều") },
      {},
      "campaign.bad_target",
      "Chỉ tiêu giao",
      "D6",
    ],
  ])("names the sheet and cell of %s", (_, edits, extra, rule, sheet, cell) => {
    const { campaign, findings } = read(campaignOf(), edits, extra);
    const found = findings.find((f) => f.rule === rule);
    expect(found).toMatchObject({ severity: "error", sheet, cell });
    // Every list of findings shows the sheet and cell beside the message, which does not repeat them.
    expect(found!.message_vi).not.toContain(`${sheet}!${cell}`);
    expect(found!.message_en).not.toContain(`${sheet}!${cell}`);
    expect(campaign).toBeNull();
  });

  it("names a bad target by its column's header as the workbook heads it, not by its key", () => {
    const { findings } = read(campaignOf(), { "Chỉ tiêu giao!D6": text("nhiều") });
    const found = findings.find((f) => f.rule === "campaign.bad_target")!;
    const header = planTables(layoutCampaign(campaignOf())).get("TD_TARGETS")!.header[3]!.text;
    expect(found.message_en).toContain(`Chỉ tiêu giao: target "${header}" has an invalid value: "nhiều".`);
    expect(found.message_vi).toContain(
      `Chỉ tiêu giao: chỉ tiêu "${header}" có giá trị không hợp lệ: "nhiều".`,
    );
    expect(header).not.toMatch(/^B\d\d_/);
  });

  it("says how a target is written when it cannot read one, so staff need not guess", () => {
    const { findings } = read(campaignOf(), { "Chỉ tiêu giao!D6": text("nhiều") });
    const found = findings.find((f) => f.rule === "campaign.bad_target")!;
    expect(found.message_vi).toMatch(/Ghi một số: .*70%.*Không áp dụng/);
    expect(found.message_en).toMatch(/Type a figure: .*70%.*Không áp dụng/);
  });

  it("takes blocs spelled differently in case as one bloc, with the first spelling", () => {
    const { campaign } = read(campaignOf(), { "Đơn vị!E6": text("cụm 1 ") });
    expect(campaign!.units.map((u) => u.bloc)).toEqual(["Cụm 1", "Cụm 1"]);
  });

  it.each([
    ["decomposed accents", "Cụm 1".normalize("NFD")],
    ["a non-breaking space", "Cụm\u00a01"],
    ["a doubled space", "cụm  1"],
  ])("takes a bloc that differs only by %s as the same bloc, with one spelling", (_, typed) => {
    const { campaign, findings } = read(campaignOf(), { "Đơn vị!E6": text(typed) });
    expect(findings).toEqual([]);
    expect(campaign!.units.map((u) => u.bloc)).toEqual(["Cụm 1", "Cụm 1"]);
  });

  it("refuses a workbook without its periods, and lists every table it misses", () => {
    const { campaign, findings } = readCampaign(() => undefined);
    expect(campaign).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(["campaign.missing_table", "campaign.missing_table"]);
    expect(findings[0]!.message_vi).toContain("TD_Periods");
  });
});

describe("campaign texts held to the identity rules", () => {
  it.each([
    ["a label with a line break and RLO", "Kỳ báo cáo!B5", "Đợt 1\nĐã duyệt ✓\u202eabc", "holds control"],
    [
      "a label that starts like a formula",
      "Kỳ báo cáo!B5",
      '=HYPERLINK("http://evil.example","Đợt 1")',
      "starts with =",
    ],
    ["a unit name with an escape", "Đơn vị!B5", "Công đoàn\u001b[31m ĐỎ\nDòng giả", "holds control"],
    ["a unit name that starts with @", "Đơn vị!B5", "@SUM(1)", "starts with ="],
    ["a status-looking unit name", "Đơn vị!B5", "✓ Sẵn sàng gửi", "starts with ✓"],
    ["a bloc with a zero-width space", "Đơn vị!E5", "Cụm\u200b 2", "holds control"],
    ["a grade that starts with @", "Bảng chấm điểm!F7", "@Khá", "starts with ="],
    ["a label over 200 characters", "Kỳ báo cáo!B5", "Đ".repeat(201), "longer than 200 characters"],
    ["a unit name over 200 characters", "Đơn vị!B5", "N".repeat(40_000), "longer than 200 characters"],
  ])("refuses %s, naming its sheet and cell", (_, at, value, reason) => {
    const { campaign, findings } = read(campaignOf(), { [at]: text(value) });
    const found = findings.filter((f) => f.rule === "campaign.bad_text");
    expect(found).toHaveLength(1);
    const [sheet, cell] = at.split("!");
    expect(found[0]).toMatchObject({ severity: "error", sheet, cell });
    expect(found[0]!.message_en).toContain(reason);
    expect(found[0]!.message_en.startsWith(`${sheet}: `)).toBe(true);
    expect(found[0]!.message_vi.startsWith(`${sheet}: `)).toBe(true);
    expect(found[0]!.message_vi).not.toContain(at);
    for (const raw of ["\u001b", "\u202e", "\u200b", "\n"]) expect(found[0]!.message_en).not.toContain(raw);
    expect(campaign).toBeNull();
  });

  it("refuses a grade that looks the same as another one", () => {
    const lowest = read(campaignOf()).campaign!.grades.length;
    expect(lowest).toBeGreaterThan(1);
    for (const lookAlike of ["xuất sắc", "Xua\u0302\u0301t sa\u0306\u0301c"]) {
      const { campaign, findings } = read(campaignOf(), {
        [`Bảng chấm điểm!F${4 + lowest}`]: text(lookAlike),
      });
      const found = findings.filter((f) => f.rule === "campaign.same_grade");
      expect(found).toHaveLength(1);
      expect(found[0]!.message_en).toContain('looks the same as grade "Xuất sắc"');
      expect(campaign).toBeNull();
    }
  });

  it("takes the default campaign's texts", () => {
    expect(read(campaignOf()).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("rate targets as the province types them", () => {
  /** The table's cell of a target column in its defaults row "*", with what the cell shows. */
  const readRate = (value: GridValue, shown?: string) => {
    const tables = planTables(layoutCampaign(campaignOf()));
    const targets = tables.get("TD_TARGETS")!;
    // The workbook heads each target's column with its Vietnamese name.
    const column = targets.header.findIndex((h) => h.text === placedTarget("B03_collection_rate")!.label.vi);
    const rows = targets.rows.map((row, r) =>
      r !== 0
        ? row
        : {
            cells: row.cells.map((cell, c) =>
              c === column ? { address: cell.address, value, ...(shown ? { shown } : {}) } : cell,
            ),
          },
    );
    tables.set("TD_TARGETS", { ...targets, rows });
    return readCampaign((name) => tables.get(name.toUpperCase()));
  };
  const rate = (check: ReturnType<typeof readRate>) => check.campaign!.defaults["B03_collection_rate"];

  it.each([
    ["a percent cell (1.05 shown 105%)", num(1.05), "105%", 1.05],
    ["a plain number over 1 (105)", num(105), undefined, 1.05],
    ["a fraction in a plain cell (0.9)", num(0.9), undefined, 0.9],
    ['the text "110%"', text("110%"), undefined, 1.1],
    ["a percent cell of 110 % (1.1 shown 110.0%)", num(1.1), "110.0%", 1.1],
  ])("reads %s as it shows", (_, value, shown, expected) => {
    const check = readRate(value, shown);
    expect(rate(check)).toBeCloseTo(expected, 10);
    expect(check.findings).toEqual([]);
  });

  it.each([
    ["1.05 in a plain cell (1.05 %)", num(1.05), undefined, { vi: "1,05%", en: "1.05%" }],
    ["a percent cell of 1 % ", num(0.01), "1%", { vi: "1%", en: "1%" }],
    ["a percent cell of 500 %", num(5), "500%", { vi: "500%", en: "500%" }],
  ])(
    "warns on an implausible rate target: %s, naming the cell and how it was read",
    (_, value, shown, read) => {
      const check = readRate(value, shown);
      expect(check.campaign).not.toBeNull();
      const found = check.findings.find((f) => f.rule === "campaign.implausible_rate");
      expect(found).toMatchObject({ severity: "warning", sheet: "Chỉ tiêu giao" });
      expect(found!.message_en).toContain(`read as ${read.en},`);
      expect(found!.message_vi).toContain(`được đọc là ${read.vi},`);
      // The column as the workbook heads it, not the target's key.
      expect(found!.message_en).toContain(`"${placedTarget("B03_collection_rate")!.label.vi}"`);
      expect(found!.message_en).not.toContain("B03_collection_rate");
    },
  );
});

describe("odd campaign numbers", () => {
  it("refuses points that add up to more than a million, naming the scoring table", () => {
    const { campaign, findings } = read(campaignOf(), {
      "Bảng chấm điểm!B5": num(600_000),
      "Bảng chấm điểm!B6": num(600_000),
    });
    expect(campaign).toBeNull();
    const found = findings.find((f) => f.rule === "campaign.points_too_large")!;
    expect(found).toMatchObject({ severity: "error", sheet: "Bảng chấm điểm", cell: "A4" });
  });

  it("warns on a period without a due date, naming its cell", () => {
    const { campaign, findings } = read(campaignOf(), { "Kỳ báo cáo!E5": null });
    expect(campaign).not.toBeNull();
    const found = findings.find((f) => f.rule === "campaign.no_due")!;
    expect(found).toMatchObject({ severity: "warning", sheet: "Kỳ báo cáo", cell: "E5" });
    expect(found.message_en).toContain("2025-D1");
  });
});
