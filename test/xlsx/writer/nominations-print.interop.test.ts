import { layoutReport, layoutSummary, rollup, unitTemplates } from "../../../src/core";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { AWARDS, campaignWith, D1, FILES } from "../../support/nominations";
import { a4Orientation, printedPages, type PrintedPage } from "../../support/printed-pages";

// Needs LibreOffice and poppler (pdfinfo, pdftotext), like libreoffice-print.interop.test.ts.

const squeezed = (text: string) => text.replace(/\s+/g, "");
/** The pages whose footer begins with the sheet's name. */
const pagesOf = (pages: readonly PrintedPage[], sheet: string) =>
  pages.filter((p) =>
    p.text.split("\n").some((line) => line.startsWith(`${sheet} `) && /Trang \d+\//.test(line)),
  );
const smallest = (pages: readonly PrintedPage[]) =>
  Math.min(...pages.flatMap((p) => p.words.filter((w) => /\p{L}/u.test(w.text)).map((w) => w.height)));

describe("the nominations as LibreOffice prints them", () => {
  let template: PrintedPage[];
  let summary: PrintedPage[];

  beforeAll(async () => {
    const source = unitTemplates(campaignWith(AWARDS), D1)[0]!;
    const books = await Promise.all([
      writeWorkbookPlan(layoutReport(source)),
      writeWorkbookPlan(layoutSummary(rollup(FILES, { period: D1, campaign: campaignWith(AWARDS) }))),
    ]);
    [template, summary] = printedPages(books) as [PrintedPage[], PrintedPage[]];
  }, 300_000);

  it("prints a unit's list on A4, its fifty lines and the signature block, not the drop-downs' lists", () => {
    const pages = pagesOf(template, "Đề nghị khen thưởng");
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(pages.every((p) => a4Orientation(p) !== null)).toBe(true);
    const text = squeezed(pages.map((p) => p.text).join("\n"));
    expect(text).toContain(squeezed("Hình thức đề nghị"));
    expect(text).toContain(squeezed("NGƯỜI LẬP BIỂU"));
    expect(text).not.toContain(squeezed("Danh sách để chọn"));
    // Readable: no letter printed smaller than about 7 points.
    expect(smallest(pages)).toBeGreaterThan(6.5);
  });

  it("prints the province's list for the council on A4, with the counts, the remarks and the signature block", () => {
    const pages = pagesOf(summary, "Danh sách đề nghị khen thưởng");
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((p) => a4Orientation(p) !== null)).toBe(true);
    const text = squeezed(pages.map((p) => p.text).join("\n"));
    for (const words of [
      "Dây chuyền 1",
      "Vượt số lượng; Dưới tỷ lệ",
      "Những điểm Hội đồng cần xem xét",
      "THỦ TRƯỞNG ĐƠN VỊ",
    ])
      expect(text).toContain(squeezed(words));
    expect(smallest(pages)).toBeGreaterThan(6.5);
  });
});
