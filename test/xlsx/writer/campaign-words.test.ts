import { strFromU8, unzipSync } from "fflate";
import {
  awardScopeOf,
  DEFAULT_GRADES,
  defaultCampaign,
  INDICATOR_KINDS,
  indicatorKindOf,
  layoutCampaign,
  PENALTY_METHODS,
  penaltyMethodOf,
  readCampaignGrid,
  SCORING_METHODS,
  scoringMethodOf,
  targetsOf,
  TEMPLATE_IDS,
  UNIT_KINDS,
  unitKindOf,
  type CampaignCheck,
} from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { plainWorkbook } from "../../support/plain-workbook";

// Campaign workbooks as a person makes them in another program: plain sheets (no Excel tables), found by
// their header rows, with Vietnamese words typed as people type them, or with the English keys of the
// first campaign files.

const workbook = plainWorkbook;

const read = (bytes: Uint8Array): CampaignCheck => readCampaignGrid(readWorkbookGrid(bytes, "ke-hoach.xlsx"));

const [first, second] = targetsOf(TEMPLATE_IDS);

/** Decomposed accents, other case, doubled and trailing spaces: what another keyboard or program gives. */
const typed = (text: string) => `  ${text.normalize("NFD").toUpperCase().replace(/ /g, "  ")} `;

const vietnamese = (word: (text: string) => string) =>
  workbook({
    "Kỳ báo cáo": [
      [word("Mã kỳ"), word("Tên kỳ"), word("Từ ngày"), word("Đến ngày"), word("Hạn nộp")],
      ["2025-D1", "Đợt 1", "01/01/2025", "30/06/2025", "15/07/2025"],
    ],
    "Đơn vị": [
      [
        word("Mã đơn vị"),
        word("Tên đơn vị"),
        word("Loại đơn vị"),
        word("Đơn vị cấp trên"),
        word("Cụm thi đua"),
      ],
      ["P01", "Công đoàn phường Trấn Biên", word("Công đoàn xã, phường, đặc khu"), "LDLD_DN", "Cụm 1"],
      ["K01", "Công đoàn các KCN", "industrial_park", "LDLD_DN", "Cụm 2"],
    ],
    "Chỉ tiêu giao": [
      [word("Mã đơn vị"), word(first!.label.vi), second!.key],
      ["*", "80%", "55%"],
      ["K01", "-", ""],
    ],
    "Bảng chấm điểm": [
      [word("Chỉ tiêu"), word("Điểm"), word("Cách tính"), word("Điểm thưởng tối đa")],
      [word(first!.label.vi), 10, word("Đạt/Chưa đạt"), ""],
      [second!.key, 5, word("Có điểm thưởng"), 2],
    ],
  });

describe("a campaign workbook typed in Vietnamese in another program", () => {
  it.each([
    ["as written", (text: string) => text],
    ["with other case, spaces and decomposed accents", typed],
  ])("reads every table %s", (_, word) => {
    const check = read(vietnamese(word));
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    const campaign = check.campaign!;
    expect(campaign.periods.map((p) => [p.id, p.start, p.end, p.due])).toEqual([
      ["2025-D1", "2025-01-01", "2025-06-30", "2025-07-15"],
    ]);
    expect(campaign.units.map((u) => [u.code, u.kind, u.parentCode, u.bloc])).toEqual([
      ["P01", "commune", "LDLD_DN", "Cụm 1"],
      ["K01", "industrial_park", "LDLD_DN", "Cụm 2"],
    ]);
    expect([campaign.defaults[first!.key], campaign.defaults[second!.key]]).toEqual([0.8, 0.55]);
    expect(campaign.assigned.get("K01")).toEqual({ [first!.key]: "na" });
    expect(campaign.scoring).toEqual([
      { target: first!.key, points: 10, method: "pass_fail" },
      { target: second!.key, points: 5, method: "bonus", cap: 2 },
    ]);
  });

  it("names the cell of a word it cannot read, with the words it takes", () => {
    const bytes = workbook({
      "Kỳ báo cáo": [
        ["Mã kỳ", "Tên kỳ", "Từ ngày", "Đến ngày", "Hạn nộp"],
        ["2025", "Cả năm", "01/01/2025", "31/12/2025", "15/01/2026"],
      ],
      "Đơn vị": [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ["P01", "Công đoàn phường Trấn Biên", "Phường"],
      ],
      "Chỉ tiêu giao": [
        ["Mã đơn vị", first!.label.vi, "Tỷ lệ đoàn viên nữ"],
        ["*", "80%", "50%"],
      ],
      "Bảng chấm điểm": [
        ["Chỉ tiêu", "Điểm", "Cách tính"],
        [first!.label.vi, 10, "Theo điểm"],
      ],
    });
    const errors = read(bytes).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.sheet, f.cell])).toEqual(
      expect.arrayContaining([
        ["campaign.unknown_kind", "Đơn vị", "C2"],
        ["campaign.unknown_column", "Chỉ tiêu giao", "C1"],
        ["campaign.unknown_method", "Bảng chấm điểm", "C2"],
      ]),
    );
    const method = errors.find((f) => f.rule === "campaign.unknown_method")!;
    expect(method.message_vi).toContain("Đạt / Chưa đạt; Theo tỷ lệ hoàn thành; Có điểm thưởng");
    expect(method.message_vi.startsWith("Bảng chấm điểm: ")).toBe(true);
    expect(errors.find((f) => f.rule === "campaign.unknown_kind")!.message_vi).toContain(
      "Công đoàn xã, phường, đặc khu",
    );
  });
});

describe("unit kinds as officers write them", () => {
  const short: [string, string][] = [
    ["Công đoàn ngành", "sector"],
    ["Công đoàn ngành & tương đương", "sector"],
    ["LĐLĐ huyện", "district_legacy"],
    ["Liên đoàn Lao động huyện", "district_legacy"],
    ["Công đoàn cơ sở trực thuộc", "grassroots_direct"],
    ["Công đoàn KCN", "industrial_park"],
    ["Công đoàn xã/phường", "commune"],
    ["Công đoàn phường", "commune"],
    ["LĐLĐ tỉnh", "federation"],
  ];

  it("reads the short names of domain.md and the plans in TD_Units, each as one kind", () => {
    const bytes = workbook({
      "Kỳ báo cáo": [
        ["Mã kỳ", "Tên kỳ", "Từ ngày", "Đến ngày", "Hạn nộp"],
        ["2023", "Cả năm", "01/01/2023", "31/12/2023", "15/01/2024"],
      ],
      "Đơn vị": [
        ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
        ...short.map(([kind], i) => [`U${i}`, `Đơn vị ${i}`, typed(kind)]),
      ],
      "Chỉ tiêu giao": [
        ["Mã đơn vị", first!.label.vi],
        ["*", "80%"],
      ],
    });
    const check = read(bytes);
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.campaign!.units.map((u) => u.kind)).toEqual(short.map(([, kind]) => kind));
  });

  it("gives no name two kinds, and still refuses a bare place word", () => {
    expect(short.map(([kind]) => unitKindOf(kind))).toEqual(short.map(([, kind]) => kind));
    expect(["Phường", "LĐLĐ thành phố", "Công đoàn"].map(unitKindOf)).toEqual([null, null, null]);
  });
});

describe("a campaign workbook made before the Vietnamese headers", () => {
  it("is read by its English keys and codes, as it always was", () => {
    const bytes = workbook({
      Periods: [
        ["id", "label", "start", "end", "due"],
        ["2025-D2", "Đợt 2", "2025-07-01", "2025-12-31", "2026-01-15"],
      ],
      Units: [
        ["code", "name", "kind", "parent", "bloc", "valid_from", "valid_to"],
        ["X01", "Công đoàn xã Long Thành", "commune", "LDLD_DN", "Cụm 2", "2025-07-01", ""],
      ],
      Targets: [
        ["unit", first!.key],
        ["*", 0.7],
      ],
      Scoring: [
        ["target", "points", "method", "cap"],
        [first!.key, 10, "proportional", ""],
      ],
      Grades: [
        ["grade", "min_score"],
        ["Tốt", 80],
        ["Khá", 0],
      ],
    });
    const check = read(bytes);
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.campaign!.units[0]).toMatchObject({ code: "X01", kind: "commune", validFrom: "2025-07-01" });
    expect(check.campaign!.defaults[first!.key]).toBe(0.7);
    expect(check.campaign!.scoring).toEqual([{ target: first!.key, points: 10, method: "proportional" }]);
    expect(check.campaign!.grades.map((g) => g.grade)).toEqual(["Tốt", "Khá"]);
  });
});

describe("the campaign workbook's drop-downs in the file", () => {
  it("lists kinds and methods from the guide sheet, which holds the values the reader takes", async () => {
    const bytes = await writeWorkbookPlan(
      layoutCampaign(defaultCampaign(2025, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }])),
    );
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts)
      .filter((p) => p.startsWith("xl/worksheets/sheet"))
      .map((p) => strFromU8(parts[p]!));
    const lists = sheets.flatMap((xml) =>
      [
        ...xml.matchAll(
          /<dataValidation type="list"( errorStyle="warning")?[^>]*sqref="([^"]+)"><formula1>([^<]+)<\/formula1>/g,
        ),
      ].map((m) => [m[2], m[3]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"'), Boolean(m[1])]),
    );
    // Every row of each table and 200 more for the rows the province adds; the targets, the catalog's
    // and then the own indicators' names, as many as are typed in the indicators table.
    expect(lists).toEqual([
      // The kind of a due date by unit kind, beside the periods.
      ["H5:H205", "'Hướng dẫn'!$A$27:$A$32", false],
      ["C5:C205", "'Hướng dẫn'!$A$27:$A$32", false],
      ["D5:D205", "'Hướng dẫn'!$E$27:$E$27", true],
      ["E5:E205", "'Hướng dẫn'!$D$27:$D$27", true],
      // The summarising unit's kind, on its one row.
      ["C5:C5", "'Hướng dẫn'!$A$27:$A$32", false],
      // The period of a row of targets: the campaign's periods.
      ["B5:B206", "'Hướng dẫn'!$I$27:$I$29", true],
      ["A5:A212", `OFFSET('Hướng dẫn'!$C$27,0,0,COUNTIF('Hướng dẫn'!$C$27:$C$235,"?*"),1)`, false],
      // Three scoring methods and two penalty rows.
      ["C5:C212", "'Hướng dẫn'!$B$27:$B$31", false],
      // Toàn tỉnh, Mỗi cụm, and Mỗi đơn vị for people and works.
      ["B5:B205", "'Hướng dẫn'!$F$27:$F$29", false],
      ["D5:D205", "'Hướng dẫn'!$G$27:$G$31", true],
      // Phải tồn tại cả kỳ and Đề nghị cấp trên khen: Có, Không.
      ["F5:F205 I5:I205", "'Hướng dẫn'!$J$27:$J$28", false],
      // Đối tượng: Đơn vị, Cá nhân, Công trình, sáng kiến.
      ["G5:G205", "'Hướng dẫn'!$K$27:$K$29", false],
      ["D5:D205", "'Hướng dẫn'!$H$27:$H$32", false],
    ]);
    const guide = readWorkbookGrid(bytes, "ke-hoach.xlsx").sheets.find((s) => s.name === "Hướng dẫn")!;
    const column = (letter: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => guide.cells.get(`${letter}${from + i}`)?.value?.value);
    const kinds = column("A", 27, 32).map((k) => String(k));
    expect(kinds.map((k) => unitKindOf(k))).toEqual(UNIT_KINDS.map((k) => k.key));
    expect(column("B", 27, 31).map((m) => scoringMethodOf(String(m)) ?? penaltyMethodOf(String(m)))).toEqual([
      ...SCORING_METHODS,
      ...PENALTY_METHODS,
    ]);
    expect(column("D", 27, 27)).toEqual(["Cụm 1"]);
    expect(column("E", 27, 27)).toEqual(["P01"]);
    expect(column("F", 27, 28).map((s) => awardScopeOf(String(s)))).toEqual(["province", "bloc"]);
    // The scope an award to people or works may also have: counted in each unit.
    expect(column("F", 29, 29)).toEqual(["Mỗi đơn vị"]);
    expect(column("K", 27, 29)).toEqual(["Đơn vị", "Cá nhân", "Công trình, sáng kiến"]);
    expect(column("G", 27, 31)).toEqual(DEFAULT_GRADES.map((g) => g.grade));
    expect(column("H", 27, 32).map((k) => indicatorKindOf(String(k)))).toEqual([...INDICATOR_KINDS]);
    // The periods a row of Chỉ tiêu giao may be for (Mã kỳ), and Có / Không for an award's whole period.
    expect(column("I", 27, 29)).toEqual(["2025-D1", "2025-D2", "2025"]);
    expect(column("J", 27, 28)).toEqual(["Có", "Không"]);
  });

  it("offers an own indicator among the targets to score, by the name the indicators table gives it", async () => {
    const indicator = {
      code: "DACTHU",
      name: { vi: "Số CĐCS có nội dung đặc thù", en: "Own" },
      kind: "flow" as const,
      required: true,
    };
    const campaign = { ...defaultCampaign(2017, []), indicators: [indicator] };
    const bytes = await writeWorkbookPlan(layoutCampaign(campaign));
    const guide = readWorkbookGrid(bytes, "ke-hoach.xlsx").sheets.find((s) => s.name === "Hướng dẫn")!;
    // After the catalog's eight, each row of the indicators table: the one typed, then blanks to fill.
    expect(guide.cells.get("C35")?.value?.value).toBe("Số CĐCS có nội dung đặc thù");
    expect(guide.cells.get("C36")?.value?.value ?? "").toBe("");
    const formulas = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(formulas).toContain(`<f>IF('Chỉ tiêu riêng'!$B$5="","",'Chỉ tiêu riêng'!$B$5)</f>`);
    expect(formulas).toContain(`'Chỉ tiêu riêng'!$B$205)</f>`);
  });
});
