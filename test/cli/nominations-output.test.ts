import { rollup } from "../../src/core";
import { nominationLines } from "../../src/cli/award-lines";
import { summaryToJson } from "../../src/cli/summary-json";
import { AWARDS, campaignWith, D1, FILES, LDST, UNITS } from "../support/nominations";
import { submission, unit, zeroFills } from "../support/reports";

describe("the people and works proposed, on the command line", () => {
  it("says the same on the command line: JSON for scripts, and lines of counts and points to review", () => {
    const summary = rollup(FILES, { period: D1, campaign: campaignWith(AWARDS) });
    const json = summaryToJson(summary) as { nominations?: Record<string, unknown[]> };
    expect(json.nominations!.list).toHaveLength(10);
    expect(json.nominations!.awards![0]).toMatchObject({
      award: LDST,
      count: 4,
      direct: 1,
      share: 0.25,
      over: true,
    });
    expect(json.nominations!.review).toHaveLength(4);
    const lines = nominationLines(summary, "vi", 200);
    expect(lines).toContain(`  ${LDST}: 4 (Trong đó trực tiếp sản xuất 1, 25%)`);
    expect(lines.filter((l) => l.startsWith("  ⚠ "))).toHaveLength(4);
    // Nothing said for a campaign without awards to people or works.
    const plain = rollup(
      UNITS.map((u) =>
        submission({ unit: unit(u.code), templates: ["B04"], fills: zeroFills(["B04"]) }, u.code),
      ),
      { period: D1, campaign: campaignWith() },
    );
    expect(nominationLines(plain, "vi", 200)).toEqual([]);
    expect(summaryToJson(plain)).not.toHaveProperty("nominations");
  });
});
