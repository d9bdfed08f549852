import { parsePeriod, rollup, type Submission } from "../../../src/core";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";

// K01 sent its Đợt 1 report on 10/7/2025, before the due date (15/7), and the same file again on 20/7, as
// "K01 (1).xlsx" (mail and Zalo name a second download so): the copy was used by its name and the unit
// counted five days late (a staff round, 02/12/2026).
const D1 = parsePeriod("2025-D1")!;
const campaign = testCampaign({}, [{ code: "K01", name: unit("K01").name }]);
const fills = consistentFills(["B02"], 7);
const report = submission({ unit: unit("K01"), period: D1, templates: ["B02"], fills }, "K01.xlsx");

/** The report's bytes received as `file` on `day`, its recorded save time `saved` (none: the file's time). */
const received = (file: string, day: string, saved?: string): Submission => ({
  ...report,
  source: {
    name: file,
    sha256: "sha-same-bytes",
    modifiedAt: saved ?? `${day}T08:00:00Z`,
    receivedAt: `${day}T08:00:00Z`,
  },
});

const k01 = (files: Submission[]) => {
  const unitRow = rollup(files, { campaign, period: D1 }).units[0]!;
  return [unitRow.sources[0]!.name, unitRow.daysLate];
};

describe("the same report received twice, unchanged", () => {
  it.each([
    ["its save time recorded", "2025-07-09T03:00:00Z"],
    ["no save time recorded, the files' own times", undefined],
  ])("is counted as it first arrived, on time (%s)", (_, saved) => {
    const files = [received("K01.xlsx", "2025-07-10", saved), received("K01 (1).xlsx", "2025-07-20", saved)];
    expect(k01(files)).toEqual(["K01.xlsx", null]);
    expect(k01([...files].reverse())).toEqual(["K01.xlsx", null]);
  });
});
