import { defaultCampaign, layoutSummary, parsePeriod, rollup } from "../../../src/core";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveEach } from "../../support/libreoffice";
import { b02Round, unit } from "../../support/reports";

const YEAR = parsePeriod("2025")!;
const round = (code: string, period: string) =>
  b02Round(code, period, { members_start: 100, members_admitted: 0, members_left: 0 });

// A province's summary opened and saved again in LibreOffice Calc before it is sent up keeps what it lacked.
describe("a short summary re-saved in LibreOffice", () => {
  it("still names its unit with no report and its unit short of Đợt 2, and what its budgets cover", async () => {
    const campaign = defaultCampaign(
      2025,
      ["X01", "X02", "X03"].map((code) => ({ code, name: `Công đoàn ${code}` })),
    );
    const rounds = [round("X01", "2025-D1"), round("X01", "2025-D2"), round("X02", "2025-D1")];
    const parent = { ...unit("T01"), kind: "federation" as const };
    const bytes = await writeWorkbookPlan(layoutSummary(rollup(rounds, { period: YEAR, parent, campaign })));
    const saved = resaveEach(bytes, "xlsx", ["xlsx", "ods"]);
    for (const [format, file] of Object.entries(saved)) {
      const received = await readSubmission(file, {
        name: `tong-hop-T01.${format}`,
        sha256: `sha-${format}`,
      });
      if (!("extraction" in received)) throw new Error(`unreadable ${format}`);
      expect([format, received.extraction.report!.rollupShort]).toEqual([
        format,
        { missing: ["X03"], partial: [{ code: "X02", gaps: [{ start: "2025-07-01", end: "2025-12-31" }] }] },
      ]);
      // What its budgets cover, so the level above does not prorate a founded province's again.
      expect([format, received.extraction.report!.budgetBasis]).toEqual([format, "from_start"]);
    }
  });
});
