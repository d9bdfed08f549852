import { parsePeriod, rollup } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";

const D1 = parsePeriod("2025-D1")!;
const AT = "2025-07-05T08:00:00Z";

/** P04's report of Đợt 1 under `file`, its figures drawn from `seed`, saved at `at`. */
const report = (file: string, seed: number, at = AT) =>
  submission(
    { unit: unit("P04"), period: D1, fills: consistentFills(["B01", "B02", "B03", "B04"], seed) },
    file,
    at,
  );

const sameTimeWarnings = (summary: ReturnType<typeof rollup>) =>
  summary.units
    .find((u) => u.unit.code === "P04")!
    .warnings.filter((w) => w.rule === "rollup.duplicate_same_time");

describe("two reports of a unit for one period saved at the same time", () => {
  it("says which one is used and that nothing tells which is the correction, when their figures differ", () => {
    const files = [report("P04-lan1.xlsx", 11), report("P04-lan2.xlsx", 12)];
    const summary = rollup(files);
    const kept = summary.duplicates[0]!.kept.name;
    const [warning] = sameTimeWarnings(summary);
    expect(warning!.message_vi).toContain(`đang dùng tệp ${kept}`);
    expect(warning!.message_vi).toContain("P04-lan1.xlsx");
    expect(warning!.message_vi).toContain("P04-lan2.xlsx");
    expect(warning!.message_en).toContain(`file ${kept} is used`);
    // The choice itself stays independent of the files' order.
    expect(rollup([...files].reverse()).duplicates[0]!.kept.name).toBe(kept);
  });

  it("says nothing when the two hold the same figures, or when one was saved later", () => {
    expect(sameTimeWarnings(rollup([report("P04.xlsx", 11), report("P04 (1).xlsx", 11)]))).toEqual([]);
    const later = report("P04-lan2.xlsx", 12, "2025-07-06T08:00:00Z");
    expect(sameTimeWarnings(rollup([report("P04-lan1.xlsx", 11), later]))).toEqual([]);
  });

  // The national level received Bình Phước's year summary and its Đợt 1 summary, copied in at one time: the
  // year's was used as the whole period's, and the warning said nothing told which was the latest correction
  // and to ask the province (a helper round), where the period, not a save time, chose.
  it("says nothing of a round's report set aside for the whole period's", () => {
    const year = submission(
      {
        unit: unit("P04"),
        period: parsePeriod("2025")!,
        fills: consistentFills(["B01", "B02", "B03", "B04"], 12),
      },
      "P04-2025.xlsx",
      AT,
    );
    const summary = rollup([report("P04-D1.xlsx", 11), year], { period: parsePeriod("2025")! });
    expect(summary.duplicates.map((d) => [d.kept.name, d.dropped.map((f) => f.name)])).toEqual([
      ["P04-2025.xlsx", ["P04-D1.xlsx"]],
    ]);
    expect(sameTimeWarnings(summary)).toEqual([]);
  });
});
