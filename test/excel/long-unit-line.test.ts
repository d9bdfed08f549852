import { defaultTargets, extract, layoutReport, TEMPLATE_IDS, validate } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { PERIOD_2025_D1, unit } from "../support/reports";

// The Excel host writes the forms from the same plan as the file writer: a unit line merged across the
// printed width, wrapped, its rows as tall as a long name's lines, which the check of a merged line
// (identity.line_unseen) reads back as whole.

const LONG_NAME =
  "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cao su Đồng Phú, chi nhánh huyện Bình Long, " +
  "xí nghiệp chế biến mủ cao su xuất khẩu và dịch vụ kỹ thuật nông nghiệp số hai của tỉnh Bình Phước";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

describe("a template of a unit with a long name, inserted in Excel", () => {
  it("merges and wraps each form's unit lines in rows tall enough, and reads them back as whole", async () => {
    // Merged areas are read from ExcelApi 1.13.
    excel.supportedApi = "1.13";
    const plan = layoutReport({
      unit: unit("CD_P01", LONG_NAME),
      period: PERIOD_2025_D1,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
    });
    await createExcelHost().insertReport(plan, "bieu-mau.xlsx");
    for (const form of plan.sheets.filter((sheet) => sheet.name.startsWith("Biểu"))) {
      const sheet = excel.book.sheet(form.name);
      const last = String.fromCharCode(65 + form.print!.area!.right);
      expect({
        form: form.name,
        merges: ["A3", "A4"].map((at) => sheet.merges.includes(`${at}:${last}${at.slice(1)}`)),
        wrapped: ["A3", "A4"].map((at) => sheet.cell(at).format.wrap),
        tall: [2, 3].map((row) => (sheet.rowHeights.get(row) ?? 0) >= 30),
      }).toEqual({ form: form.name, merges: [true, true], wrapped: [true, true], tall: [true, true] });
    }
    const rules = ["identity.line_unseen", "identity.line_differs", "identity.line_missing", "cell.text_cut"];
    const found = async () =>
      validate(extract(await createExcelHost().live!.readGrid()))
        .filter((f) => rules.includes(f.rule))
        .map((f) => [f.rule, f.sheet, f.cell]);
    expect(await found()).toEqual([]);
    // The check reads the merge: the Vietnamese line's row lowered to one line hides its period. (The English
    // line's alone is no matter while the Vietnamese one is read whole: a Vietnamese copy hides it.)
    excel.book.sheet("Biểu 03").rowHeights.set(3, 15);
    expect(await found()).toEqual([]);
    excel.book.sheet("Biểu 03").rowHeights.set(2, 15);
    expect(await found()).toEqual([
      ["identity.line_unseen", "Biểu 03", "A3"],
      ["identity.line_unseen", "Biểu 03", "A4"],
    ]);
  });
});
