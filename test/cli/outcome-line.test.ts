import { rollupOutcome } from "../../src/cli/outcome-line";
import { formatSummaryTable } from "../../src/cli/summary-table";
import { parsePeriod, rollup } from "../../src/core";
import { summarySent } from "../support/summary-sent";
import { consistentFills, submission, testCampaign, unit } from "../support/reports";

// Đắk Nông's year: KCN sent no Đợt 2 and X02's was refused, yet the roll-up's last line, the one that stays
// at the foot of the terminal, said "0 đơn vị thiếu báo cáo" and no more (a helper round).
describe("the line a year's roll-up ends with", () => {
  const round = (code: string, id: string) =>
    submission(
      { unit: unit(code), period: parsePeriod(id)!, templates: ["B04"], fills: consistentFills(["B04"], 4) },
      `${code}-${id}.xlsx`,
    );
  const units = ["KCN", "X01", "Y01"].map((code) => unit(code));
  const summary = rollup([round("KCN", "2025-D1"), round("X01", "2025-D1"), round("X01", "2025-D2")], {
    period: parsePeriod("2025")!,
    campaign: testCampaign({}, units),
  });

  it("counts the units that missed a round beside those that sent nothing", () => {
    expect(rollupOutcome(summary, 3)).toEqual({
      vi: "3 tệp: 3 đã tổng hợp, 0 bị loại, 0 không đọc được; 1 đơn vị thiếu báo cáo; 1 đơn vị chưa báo cáo đủ các đợt.",
      en: "3 file(s): 3 rolled up, 0 rejected, 0 unreadable; 1 unit(s) without a report; 1 unit(s) without every round.",
    });
  });
});

// The national level: a province's year summary lacking X02's Đợt 2 covers the year itself, and the last
// line said "1 file(s): 1 rolled up…" and no more, the province's row "On time".
describe("the line a roll-up of summaries ends with", () => {
  const round = (code: string, id: string) =>
    submission(
      { unit: unit(code), period: parsePeriod(id)!, templates: ["B04"], fills: consistentFills(["B04"], 4) },
      `${code}-${id}.xlsx`,
    );
  const year = parsePeriod("2025")!;
  const province = rollup([round("X01", "2025-D1"), round("X01", "2025-D2"), round("X02", "2025-D1")], {
    period: year,
    parent: { ...unit("T01"), kind: "federation" },
    campaign: testCampaign(
      {},
      ["X01", "X02"].map((code) => unit(code)),
    ),
  });
  const file = summarySent(province, { name: "tong-hop-T01.xlsx", sha256: "sha-T01" });
  const national = rollup([file], { period: year });

  it("counts the summaries that lack some of their units' reports", () => {
    expect(rollupOutcome(national, 1).en).toBe(
      "1 file(s): 1 rolled up, 0 rejected, 0 unreadable; 1 summary(ies) lacking some of their units' reports.",
    );
  });

  it("says so in the province's status", () => {
    expect(formatSummaryTable(national, "en", 200)).toContain("Summary incomplete");
  });
});
