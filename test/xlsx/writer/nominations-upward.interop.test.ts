import { extract, layoutSummary, nominationList, rollup, validate } from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { campaignWith, CNG, D1, LDST, person, PROVINCE, report, UPWARD } from "../../support/nominations";
import { setWithOpenpyxl } from "../../support/openpyxl";

// The province's summary file carries, in its report to the Tổng Liên đoàn, the proposals for the TLĐ's
// Bằng "Lao động sáng tạo"; staff strike one the council did not choose (openpyxl clears its line, as
// deleting a line's contents does), LibreOffice saves the file, and the level above rolls it up.

const SHEET = "Đề nghị khen thưởng";
/** The list's second line, from Đối tượng to Công nhân trực tiếp sản xuất (B to H), on row 9. */
const LINE_2 = ["B", "C", "D", "E", "F", "G", "H"].map((col) => [SHEET, `${col}9`, null] as const);

describe("proposals passed on to the level above, in a summary file staff shorten and save", () => {
  it("reads back as the lines left, which the level above counts", async () => {
    const files = [
      report("A1", [person("An", LDST, true), person("Chi", CNG, true)]),
      report("A2", [person("Dũng", LDST, false), person("Hà", LDST, true)]),
    ];
    const summary = rollup(files, {
      period: D1,
      campaign: campaignWith(UPWARD),
      parent: PROVINCE,
    });
    const written = await writeWorkbookPlan(layoutSummary(summary));
    const asWritten = extract(readWorkbookGrid(written, "tong-hop.xlsx"));
    expect(asWritten.report!.nominations!.map((n) => n.name)).toEqual(["An", "Dũng", "Hà"]);

    const saved = resaveWith(setWithOpenpyxl(written, LINE_2), "xlsx", "xlsx");
    const extraction = extract(readWorkbookGrid(saved, "tong-hop.xlsx"));
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
    expect(extraction.report!.nominations!.map((n) => [n.name, n.directWorker])).toEqual([
      ["An", true],
      ["Hà", true],
    ]);

    const above = rollup([{ source: { name: "tong-hop.xlsx", sha256: "sha-t" }, extraction }], {
      period: D1,
      campaign: {
        ...campaignWith([{ award: LDST, subject: "person", scope: "province", count: 2 }]),
        units: [],
      },
    });
    expect(above.rejected).toEqual([]);
    // By hand: An and Hà, both direct workers: 2 of the 2 the TLĐ gives, 2 ÷ 2 = 100 %.
    expect(nominationList(above)!.awards.map((a) => [a.count, a.direct, a.share, a.over])).toEqual([
      [2, 2, 1, false],
    ]);
  });
});
