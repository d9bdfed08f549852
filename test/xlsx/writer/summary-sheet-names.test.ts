import { checkFile, layoutSummary, rollup } from "../../../src/core";
import { distinctlyNamed } from "../../../src/core/layout/plan";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { campaignWith, CNG, D1, LDST, person, PROVINCE, report, UPWARD } from "../../support/nominations";

// A campaign as provinces write it: units' flags and certificates drawn by score (TD_Awards, Đối tượng
// Đơn vị) and the TLĐ's Bằng "Lao động sáng tạo" proposed upward (Đề nghị cấp trên khen: Có). The summary
// then holds the units' award proposals and, in its report to the level above, that report's own list of
// people proposed: before, both sheets were named "Đề nghị khen thưởng", which Excel refuses to open and
// the level above refused as unreadable.

describe("a summary of a campaign with unit awards and awards proposed upward", () => {
  const campaign = {
    ...campaignWith(UPWARD),
    awards: [{ award: "Cờ thi đua", scope: "province" as const, count: 1 }],
  };
  const files = [
    report("A1", [person("An", LDST, true), person("Chi", CNG, true)]),
    report("A2", [person("Dũng", LDST, false)]),
  ];
  const summary = rollup(files, { period: D1, campaign, parent: PROVINCE });

  it("names every sheet once, as Excel compares names (letter case aside)", () => {
    const names = layoutSummary(summary).sheets.map((s) => s.name.toLocaleLowerCase("vi"));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  // Excel refuses the file; written over the previous summary, it would lose that one too.
  it("is not laid out at all where two sheets would share a name, letter case aside", () => {
    const sheets = layoutSummary(summary).sheets;
    expect([...distinctlyNamed(sheets)]).toHaveLength(sheets.length);
    const again = { ...sheets[0]!, name: sheets[0]!.name.toLocaleLowerCase("vi") };
    expect(() => [...distinctlyNamed([...sheets, again])]).toThrow(/two sheets named/);
  });

  it("is read as the province's report, its upward proposals and no error, by the level above", async () => {
    const written = await writeWorkbookPlan(layoutSummary(summary));
    const read = readSubmission(written, { name: "tong-hop.xlsx", sha256: "" });
    expect("unreadable" in read ? read.unreadable.en : "read").toBe("read");
    if ("unreadable" in read) return;
    expect(read.extraction.report!.nominations!.map((n) => n.name)).toEqual(["An", "Dũng"]);
    expect(checkFile(read).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
