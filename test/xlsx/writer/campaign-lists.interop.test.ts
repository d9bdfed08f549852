import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultCampaign, layoutCampaign, type ListValidation } from "../../../src/core";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { sheetsAsCsv } from "../../support/libreoffice";
import { appendTableRows, setWithOpenpyxl } from "../../support/openpyxl";

// A province types an own indicator into the campaign workbook after it was written (here with openpyxl):
// the scoring sheet's "Chỉ tiêu" list must offer it, as LibreOffice computes the list's range.

describe("the scoring sheet's list of targets, once an own indicator is typed in", () => {
  it("ends with the indicator's name, after the catalog's eight targets", async () => {
    const plan = layoutCampaign(defaultCampaign(2017, [{ code: "H01", name: "LĐLĐ huyện Phú Riềng" }]));
    const scoring = plan.sheets.find((s) => s.name === "Bảng chấm điểm")!;
    const list = (scoring.validations.find((v) => "list" in v && v.areas[0]!.left === 0) as ListValidation)
      .list;
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-lists-"));
    try {
      const file = path.join(dir, "ke-hoach.xlsx");
      writeFileSync(file, await writeWorkbookPlan(plan));
      appendTableRows(file, "TD_Indicators", [
        [
          "DACTHU",
          "Số CĐCS có nội dung thi đua đặc thù",
          null,
          "Số phát sinh trong kỳ",
          null,
          null,
          "CĐCS",
          "Có",
        ],
      ]);
      const probed = setWithOpenpyxl(new Uint8Array(readFileSync(file)), [
        ["Kiểm tra", "A1", `=ROWS(${list})`],
        ["Kiểm tra", "A2", `=INDEX(${list},ROWS(${list}))`],
      ]);
      const probe = sheetsAsCsv(probed, "xlsx").get("Kiểm tra")!;
      expect(probe.map((r) => r[0])).toEqual(["9", "Số CĐCS có nội dung thi đua đặc thù"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
