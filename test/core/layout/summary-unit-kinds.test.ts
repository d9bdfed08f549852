import { layoutSummary, parsePeriod, rollup } from "../../../src/core";
import { UNIT_KINDS, unitKindLabel } from "../../../src/core/model/units";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";
import { KIND_SHEETS, kindsNotWhole } from "../../support/summaries";

const PERIOD = parsePeriod("2025-D2")!;

/** A roll-up of `count` units of every kind in turn, each reporting Biểu 04 alone (quick to build). */
function summaryOfKinds(count: number) {
  const units = Array.from({ length: count }, (_, i) => ({
    ...unit(`K${String(i + 1).padStart(4, "0")}`),
    kind: UNIT_KINDS[i % UNIT_KINDS.length]!.key,
  }));
  const reports = units.map((u, i) =>
    submission(
      { unit: u, period: PERIOD, templates: ["B04"], fills: consistentFills(["B04"], i) },
      `${u.code}.xlsx`,
    ),
  );
  return layoutSummary(rollup(reports, { period: PERIOD, campaign: testCampaign({}, units) }));
}

describe("each unit's kind on Tổng hợp and Tình trạng nộp", () => {
  const labels = UNIT_KINDS.map((k) => unitKindLabel(k.key, PERIOD.end).vi);

  // At 24 and 20 characters, every commune's row printed "Công đoàn xã, phường, đặc kh", cut by the next
  // column. (1,000 units: summary-chart.interop.test.ts, which lays them out.)
  it.each([7, 100])(
    "prints whole for %i units: on one line in a column wide enough, its cell wrapped should a kind be longer",
    (count) => {
      const plan = summaryOfKinds(count);
      for (const name of KIND_SHEETS)
        expect(kindsNotWhole(plan, name, labels)).toEqual({
          sheet: name,
          cells: count,
          kinds: labels.length,
          cut: [],
        });
    },
  );
});
