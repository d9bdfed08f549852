import {
  defaultCampaign,
  extract,
  layoutSummary,
  parsePeriod,
  rollup,
  type Submission,
  type Summary,
} from "../../../src/core";
import { summaryToJson } from "../../../src/cli/summary-json";
import { statusSheet } from "../../../src/core/layout/summary-status";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { gridFromPlan } from "../../support/plan-grid";
import { b02Round, consistentFills, submission, unit, withMeta } from "../../support/reports";

const YEAR = parsePeriod("2025")!;

const round = (code: string, period: string, members: number) =>
  b02Round(code, period, { members_start: members, members_admitted: 0, members_left: 0 });

/** A province's year summary of the units listed, from the rounds given, as a file the level above receives. */
async function provinceSummary(
  code: string,
  listed: readonly string[],
  rounds: readonly Submission[],
  period = YEAR,
) {
  const campaign = defaultCampaign(
    2025,
    listed.map((c) => ({ code: c, name: `Công đoàn ${c}` })),
  );
  const parent = { ...unit(code), kind: "federation" as const };
  const summary = rollup(rounds, { period, parent, campaign });
  const bytes = await writeWorkbookPlan(layoutSummary(summary));
  const name = `tong-hop-${code}-${period.id}.xlsx`;
  return { summary, file: await readSubmission(bytes, { name, sha256: `sha-${code}-${period.id}` }) };
}

const rowOf = (summary: Summary, code: string) => summary.units.find((u) => u.unit.code === code)!;
const both = ["2025-D1", "2025-D2"];

describe("a summary rolled up again says which of its units were short", () => {
  it("names its unit with no report and its unit missing Đợt 2 on the level above's row", async () => {
    // X01 sent both rounds, X02 only Đợt 1, X03 nothing: the province's own summary knows it.
    const rounds = [...both.map((p) => round("X01", p, 100)), round("X02", "2025-D1", 200)];
    const { summary: own, file } = await provinceSummary("T01", ["X01", "X02", "X03"], rounds);
    expect(own.missing.map((u) => u.code)).toEqual(["X03"]);
    expect(rowOf(own, "X02").status).toBe("partial");

    const national = rollup([file], { period: YEAR });
    const t01 = rowOf(national, "T01");
    expect(t01.status).toBe("partial");
    const warning = t01.warnings.find((w) => w.rule === "rollup.short_inside");
    expect(warning?.message_en).toBe(
      "The summary of T01 is incomplete: 1 unit(s) with no report (X03); 1 unit(s) not reporting the whole " +
        "period (X02 (01/7/2025 – 31/12/2025)). The figures of T01 leave that out; ask T01 before signing.",
    );
    expect(warning?.message_vi).toContain("1 đơn vị không có báo cáo (X03)");
  });

  it("gives scripts what each summary lacked: the province's own and the one it received (--json)", async () => {
    const rounds = [...both.map((p) => round("X01", p, 100)), round("X02", "2025-D1", 200)];
    const { summary: own, file } = await provinceSummary("T01", ["X01", "X02", "X03"], rounds);
    const lacked = {
      missing: ["X03"],
      partial: [{ code: "X02", gaps: [{ start: "2025-07-01", end: "2025-12-31" }] }],
    };
    expect(summaryToJson(own).short).toEqual(lacked);
    const national = summaryToJson(rollup([file], { period: YEAR }));
    expect(national.units.map((u) => [u.code, u.short_inside])).toEqual([["T01", lacked]]);
    expect(national.short).toEqual({ missing: [], partial: [{ code: "T01", gaps: [] }] });
    const complete = await provinceSummary(
      "T02",
      ["X01"],
      both.map((p) => round("X01", p, 100)),
    );
    expect(summaryToJson(complete.summary).short).toBeNull();
    expect(summaryToJson(rollup([complete.file], { period: YEAR })).units[0]!.short_inside).toBeNull();
  });

  it("shows the province as short on the national summary's Tình trạng nộp", async () => {
    const rounds = [...both.map((p) => round("X01", p, 100)), round("X02", "2025-D1", 200)];
    const { file } = await provinceSummary("T01", ["X01", "X02"], rounds);
    const national = rollup([file], { period: YEAR });
    const status = statusSheet(national);
    const t01 = status.cells.find((c) => c.value === "T01")!;
    const row = status.cells.filter((c) => c.row === t01.row).map((c) => String(c.value));
    expect(row).toContain(
      "Báo cáo tổng hợp của T01 chưa đủ: 1 đơn vị báo cáo không đủ kỳ (X02 (01/7/2025 – 31/12/2025)). " +
        "Số liệu của T01 không gồm phần đó; hãy hỏi lại T01 trước khi ký.",
    );
  });

  it("passes a short province on as short, without spans, when the national summary is rolled up again", async () => {
    const rounds = [...both.map((p) => round("X01", p, 100)), round("X02", "2025-D1", 200)];
    const { file } = await provinceSummary("T01", ["X01", "X02"], rounds);
    const national = rollup([file], { period: YEAR, parent: { ...unit("VN"), kind: "federation" } });
    const bytes = await writeWorkbookPlan(layoutSummary(national));
    const received = await readSubmission(bytes, { name: "tong-hop-VN.xlsx", sha256: "sha-VN" });
    if (!("extraction" in received)) throw new Error("unreadable");
    expect(received.extraction.report!.rollupShort).toEqual({
      missing: [],
      partial: [{ code: "T01", gaps: [] }],
    });
    expect(rowOf(rollup([received], { period: YEAR }), "VN").shortInside?.en).toContain(
      "1 unit(s) not reporting the whole period (T01)",
    );
  });

  it("keeps what a round's summary lacked when the level above combines the rounds into the year", async () => {
    const first = await provinceSummary(
      "T03",
      ["X01", "X02", "X03"],
      ["X01", "X02"].map((c) => round(c, "2025-D1", 100)),
      parsePeriod("2025-D1")!,
    );
    const second = await provinceSummary(
      "T03",
      ["X01", "X02", "X03"],
      [round("X01", "2025-D2", 100)],
      parsePeriod("2025-D2")!,
    );
    const t03 = rowOf(rollup([first.file, second.file], { period: YEAR }), "T03");
    expect(t03.gaps).toEqual([]);
    expect(t03.status).toBe("partial");
    // X02 sent Đợt 1 alone; X03 sent nothing all year.
    expect(t03.shortInside?.en).toContain(
      "1 unit(s) with no report (X03); 1 unit(s) not reporting the whole period (X02 (01/7/2025 – 31/12/2025))",
    );
  });

  it("stays complete where every unit sent every round", async () => {
    const rounds = ["X01", "X02"].flatMap((c) => both.map((p) => round(c, p, 100)));
    const { file } = await provinceSummary("T02", ["X01", "X02"], rounds);
    if (!("extraction" in file)) throw new Error("unreadable");
    expect(file.extraction.report!.rollupShort).toBeUndefined();
    const t02 = rowOf(rollup([file], { period: YEAR }), "T02");
    expect(t02.status).toBe("ok");
    expect(t02.warnings.filter((w) => w.rule === "rollup.short_inside")).toEqual([]);
  });

  it("reads a list that does not hold up as short, never as complete", async () => {
    const rounds = [...both.map((p) => round("X01", p, 100)), round("X02", "2025-D1", 200)];
    const { summary } = await provinceSummary("T01", ["X01", "X02"], rounds);
    const grid = gridFromPlan(layoutSummary(summary));
    const cases: Record<string, string>[] = [
      { rollup_partial: "2" },
      { rollup_partial_units: "X02:2025-13-01/2025-12-31" },
      { rollup_partial_units: "=HYPERLINK(1)" },
      { rollup_partial: "0" },
      { rollup_partial_units: "X02:2025-07-01/2025-12-31/B99" },
      { rollup_partial: "2", rollup_partial_units: "X02,x02" },
    ];
    for (const edit of cases) {
      const report = extract(withMeta(grid, edit)).report!;
      expect([edit, report.rollupShort]).toEqual([edit, "broken"]);
    }
  });
});

describe("a summary's unit that left a form out of a round", () => {
  it("is passed on with the form it lacked, not as a missed round", async () => {
    const withoutB02 = submission(
      {
        unit: unit("X02"),
        period: parsePeriod("2025-D2")!,
        templates: ["B04"],
        fills: consistentFills(["B04"], 4),
      },
      "X02-2025-D2.xlsx",
    );
    const both = (code: string, id: string) =>
      submission(
        {
          unit: unit(code),
          period: parsePeriod(id)!,
          templates: ["B02", "B04"],
          fills: consistentFills(["B02", "B04"], 4),
        },
        `${code}-${id}.xlsx`,
      );
    const rounds = [both("X01", "2025-D1"), both("X01", "2025-D2"), both("X02", "2025-D1"), withoutB02];
    const { file } = await provinceSummary("T04", ["X01", "X02"], rounds);
    if (!("extraction" in file)) throw new Error("unreadable");
    expect(file.extraction.report!.rollupShort).toEqual({
      missing: [],
      partial: [{ code: "X02", gaps: [{ start: "2025-07-01", end: "2025-12-31", templates: ["B02"] }] }],
    });
  });
});
