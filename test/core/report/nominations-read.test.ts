import {
  extract,
  layoutReport,
  validate,
  type GridCell,
  type NominationAward,
  type WorkbookGrid,
} from "../../../src/core";
import type { Fill } from "../../support/plan-grid";
import { line } from "../../support/nominations";
import { PERIOD_2025_D1, reportGrid, unit, withMeta } from "../../support/reports";

const PEOPLE_AWARDS: readonly NominationAward[] = [
  { award: 'Bằng "Lao động sáng tạo"', subject: "person", scope: "province", count: 3 },
  { award: "Biển Công trình thi đua", subject: "work", scope: "unit", count: 1 },
];

const grid = (moreFills: Record<string, Fill>, awards = PEOPLE_AWARDS) =>
  reportGrid({ unit: unit("X01"), templates: ["B04"], nominationAwards: awards, moreFills });

const errors = (g: WorkbookGrid) =>
  validate(extract(g))
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.sheet, f.cell]);

const SHEET = "Đề nghị khen thưởng";

describe("a unit's list of people and works proposed", () => {
  it("is a sheet of the template only where the campaign gives awards to people or works", () => {
    const plain = layoutReport({
      unit: unit("X01"),
      period: PERIOD_2025_D1,
      templates: ["B04"],
      targets: {},
    });
    const proposing = layoutReport({
      unit: unit("X01"),
      period: PERIOD_2025_D1,
      templates: ["B04"],
      targets: {},
      nominationAwards: PEOPLE_AWARDS,
    });
    expect(plain.sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(plain.names.some((n) => n.name.startsWith("TD_DN_"))).toBe(false);
    expect(proposing.sheets.map((s) => s.name)).toContain(SHEET);
    const sheet = proposing.sheets.find((s) => s.name === SHEET)!;
    // 50 lines of 7 named inputs, each unlocked, under locked headings.
    const names = proposing.names.filter((n) => n.name.startsWith("TD_DN_"));
    expect(names).toHaveLength(350);
    expect(names[0]).toEqual({ name: "TD_DN_1_subject", sheet: SHEET, row: 7, col: 1 });
    const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)!;
    expect(names.every((n) => at(n.row, n.col).unlocked)).toBe(true);
    expect(at(5, 2).unlocked).toBeFalsy();
    expect(sheet.protect).toBe(true);
    // The award drop-down lists the campaign's awards for people and works, and only those.
    const awardList = sheet.validations.find((v) => "list" in v && v.areas[0]!.left === 6)!;
    expect("list" in awardList && awardList.list).toBe("'Đề nghị khen thưởng'!$K$7:$K$8");
    expect(at(6, 10).value).toBe('Bằng "Lao động sáng tạo"');
    expect(at(7, 10).value).toBe("Biển Công trình thi đua");
    expect(sheet.print?.area).toEqual(expect.objectContaining({ left: 0, right: 7 }));
    // Red as the clerk types, on what the roll-up refuses: no name, or a named line without award or answer.
    expect(sheet.conditionalFormats!.map((f) => [f.areas, f.formula])).toEqual([
      [[{ top: 7, left: 2, bottom: 56, right: 2 }], 'AND(C8="",COUNTA($B8:$H8)>0)'],
      [[{ top: 7, left: 6, bottom: 56, right: 6 }], 'AND($C8<>"",G8="")'],
      [[{ top: 7, left: 7, bottom: 56, right: 7 }], 'AND($C8<>"",H8="")'],
    ]);
  });

  it("reads its lines by name, skipping blank ones", () => {
    const g = grid({
      ...line(1, {
        subject: "Cá nhân",
        name: "Nguyễn Văn A",
        position: "Tổ trưởng",
        achievement: "Sáng kiến cải tiến máy",
        value: 120_000_000,
        award: 'Bằng "lao động sáng tạo"',
        direct_worker: "Có",
      }),
      ...line(3, { name: "Dây chuyền 2", award: "Biển Công trình thi đua", direct_worker: "Không" }),
    });
    expect(errors(g)).toEqual([]);
    const report = extract(g).report!;
    expect(report.nominations).toEqual([
      {
        subject: "person",
        name: "Nguyễn Văn A",
        position: "Tổ trưởng",
        achievement: "Sáng kiến cải tiến máy",
        value: 120_000_000,
        award: 'Bằng "Lao động sáng tạo"',
        directWorker: true,
        sheet: SHEET,
        cell: "C8",
        awardCell: "G8",
      },
      {
        // The subject left blank is the award's.
        subject: "work",
        name: "Dây chuyền 2",
        position: "",
        achievement: "",
        value: null,
        award: "Biển Công trình thi đua",
        directWorker: false,
        sheet: SHEET,
        cell: "C10",
        awardCell: "G10",
      },
    ]);
  });

  it("refuses, at the cell, a line without a name or award, an award not offered, a direct worker not Có/Không, a value not in đồng", () => {
    const g = grid({
      ...line(1, { achievement: "Không tên", award: "Biển Công trình thi đua", direct_worker: "Có" }),
      ...line(2, { name: "B", direct_worker: "Có" }),
      ...line(3, { name: "C", award: "Cờ thi đua", direct_worker: "Có" }),
      ...line(4, { name: "D", award: "Biển Công trình thi đua", direct_worker: "Hình như có" }),
      ...line(5, { name: "E", award: "Biển Công trình thi đua", direct_worker: "Có", value: "12.000.000" }),
      ...line(6, { name: "F", award: "Biển Công trình thi đua", direct_worker: "Có", value: -5 }),
      ...line(7, { subject: "Tập thể", name: "G", award: "Biển Công trình thi đua", direct_worker: "Có" }),
    });
    expect(errors(g)).toEqual([
      ["nomination.no_name", SHEET, "C8"],
      ["nomination.no_award", SHEET, "G9"],
      ["nomination.unknown_award", SHEET, "G10"],
      ["nomination.bad_yes_no", SHEET, "H11"],
      ["nomination.bad_value", SHEET, "F12"],
      ["nomination.bad_value", SHEET, "F13"],
      ["nomination.bad_subject", SHEET, "B14"],
    ]);
    expect(extract(g).report!.nominations).toEqual([]);
    const message = validate(extract(g)).find((f) => f.rule === "nomination.unknown_award")!;
    expect(message.message_vi).toContain('Hình thức "Cờ thi đua" ở ô G10');
    expect(message.message_vi).toContain('Bằng "Lao động sáng tạo"; Biển Công trình thi đua');
  });

  it("takes text as text: a formula's result only, a long text cut, a hidden control character refused", () => {
    const g = grid({
      ...line(1, {
        name: "Trần Thị B\nPhân xưởng 1",
        achievement: "x".repeat(1500),
        award: 'Bằng "Lao động sáng tạo"',
        direct_worker: "Có",
      }),
      ...line(2, { name: "Lê \u202eC", award: 'Bằng "Lao động sáng tạo"', direct_worker: "Có" }),
    });
    const sheet = g.sheets.find((s) => s.name === SHEET)!;
    (sheet.cells as Map<string, GridCell>).set("D8", {
      formula: 'HYPERLINK("http://x","Tổ 3")',
      value: { type: "string", value: "Tổ 3" },
    });
    const findings = validate(extract(g)).map((f) => [f.severity, f.rule, f.cell]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ["error", "nomination.unshowable", "C9"],
        ["warning", "nomination.formula", "D8"],
        ["warning", "nomination.cut", "E8"],
      ]),
    );
    const nominations = extract(g).report!.nominations!;
    expect(nominations).toHaveLength(1);
    expect(nominations[0]!.name).toBe("Trần Thị B Phân xưởng 1");
    expect(nominations[0]!.position).toBe("Tổ 3");
    expect(nominations[0]!.achievement).toHaveLength(1000);
  });

  it("refuses a line typed under the list's last, and reads the signature block the clerk fills", () => {
    const g = grid(line(50, { name: "A", award: 'Bằng "Lao động sáng tạo"', direct_worker: "Có" }));
    const sheet = g.sheets.find((s) => s.name === SHEET)!;
    const cells = sheet.cells as Map<string, GridCell>;
    const below = g.names.find((n) => n.name === "TD_DN_50_name")!.address.replace(/\d+/, (r) => `${+r + 1}`);
    expect(errors(g)).toEqual([]);
    // The preparer's name in the room to sign, well under the list: the clerk's to write.
    cells.set("A66", { value: { type: "string", value: "Nguyễn Văn Lập" } });
    cells.set("C66", { value: { type: "string", value: "Nguyễn Văn Lập" } });
    expect(errors(g)).toEqual([]);
    cells.set(below, { value: { type: "string", value: "Phạm Dòng 51" } });
    expect(errors(g)).toEqual([["nomination.outside_lines", SHEET, below]]);
  });

  it("refuses content in a line inserted by hand, which no name points at", () => {
    const g = grid(line(1, { name: "A", award: 'Bằng "Lao động sáng tạo"', direct_worker: "Có" }));
    // A clerk's inserted line would push every name below it down; here line 20's row holds content
    // outside the names, as if a line were typed over a deleted one.
    const sheet = g.sheets.find((s) => s.name === SHEET)!;
    const names = g.names as { name: string; sheet: string; address: string }[];
    const at = names.find((n) => n.name === "TD_DN_20_name")!;
    at.address = "Z99";
    (sheet.cells as Map<string, GridCell>).set("C27", { value: { type: "string", value: "Phạm D" } });
    expect(errors(g)).toEqual([["nomination.outside_lines", SHEET, "C27"]]);
  });

  it("refuses at its TD_META cell a list of awards that cannot be read", () => {
    for (const bad of ["not json", "[]", '[["=HYPERLINK(1)","person"]]', '[["A","team"]]'])
      expect(errors(withMeta(grid({}), { nomination_awards: bad }))).toEqual([
        ["nomination.awards_unreadable", "TD_META", expect.stringMatching(/^B\d+$/)],
      ]);
  });

  it("leaves a report without the list as it was: no list read, no finding", () => {
    const g = reportGrid({ unit: unit("X01"), templates: ["B04"] });
    expect(extract(g).nominations).toBeUndefined();
    expect(extract(g).report!.nominations).toBeUndefined();
  });
});
