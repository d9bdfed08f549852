import {
  defaultTargets,
  layoutReport,
  TEMPLATE_IDS,
  unitTemplates,
  type WorkbookPlan,
} from "../../../src/core";
import { writtenIdentityLine } from "../../../src/core/report/identity-line";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { fastOutcome, ruled, sheetJsOutcome } from "../../support/compare-readers";
import { savedByGnumeric } from "../../support/gnumeric";
import { AWARDS, campaignWith, D1 } from "../../support/nominations";
import { resaveEach } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";
import { printedPages, type PrintedPage } from "../../support/printed-pages";
import { PERIOD_2025_D1, unit } from "../../support/reports";

// A grassroots union's name runs to 70–200 characters. The unit line under each form's title ran on over
// the empty cells beside it and was cut at the printed width: at 74 characters Biểu 03 and 04 printed
// "(01/0" for the period's end, at 100 the period was gone, at 200 every form lost it. Merged across the
// printed width and wrapped, in rows as tall as its lines, it prints whole (needs LibreOffice and poppler).

const STEM =
  "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cao su Đồng Phú, chi nhánh huyện Bình Long, " +
  "xí nghiệp chế biến mủ cao su xuất khẩu và dịch vụ kỹ thuật nông nghiệp số hai của tỉnh Bình Phước, " +
  "thuộc Tập đoàn Công nghiệp Cao su Việt Nam";
/** A name of `length` characters: the start of STEM, or a shorter name whole. */
const named = (length: number) => (length === 30 ? "Công đoàn cơ sở Công ty Cao su" : STEM.slice(0, length));
const FORMS = ["Biểu 01", "Biểu 02", "Biểu 03", "Biểu 04"];
const NOMINATIONS = "Đề nghị khen thưởng";

const planFor = (name: string): WorkbookPlan =>
  layoutReport({
    unit: unit("CD_P01", name),
    period: PERIOD_2025_D1,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
  });

const squeezed = (text: string) => text.replace(/\s+/g, "");

/** The pages a form printed on: its name begins the footer ("Biểu 03 … Trang 1/1 · Page 1/1"). */
const pagesOf = (pages: readonly PrintedPage[], form: string) =>
  pages.filter((page) =>
    page.text.split("\n").some((line) => line.startsWith(`${form} `) && /Trang \d+\/\d+/.test(line)),
  );

describe("a long unit name on the printed forms", () => {
  const lengths = [30, 74, 100, 200];
  let printed: PrintedPage[][];

  let nominations: PrintedPage[];
  const source = unitTemplates(campaignWith(AWARDS), D1)[0]!;
  const nominating = { ...source, unit: { ...source.unit, name: named(200) } };

  beforeAll(async () => {
    const plans = [...lengths.map((n) => planFor(named(n))), layoutReport(nominating)];
    const pages = printedPages(await Promise.all(plans.map((plan) => writeWorkbookPlan(plan))));
    nominations = pagesOf(pages.pop()!, NOMINATIONS);
    printed = pages;
  }, 120_000);

  it.each(lengths.map((n, i) => [n, i]))(
    "prints the whole unit line of %i characters, in both languages, each form on one page",
    (length, i) => {
      const line = writtenIdentityLine(unit("CD_P01", named(length)), PERIOD_2025_D1);
      const seen = FORMS.map((form) => {
        const pages = pagesOf(printed[i]!, form);
        const whole = (text: string) => pages.some((page) => squeezed(page.text).includes(squeezed(text)));
        return { form, pages: pages.length, vi: whole(line.vi), en: whole(line.en) };
      });
      expect(seen).toEqual(FORMS.map((form) => ({ form, pages: 1, vi: true, en: true })));
    },
  );

  // Merged across its printed width without wrapping, the list's line lost its period from about 85.
  it("prints the whole unit line of a 200-character name on the nominations list, on its pages as before", () => {
    const line = writtenIdentityLine(nominating.unit, nominating.period);
    const whole = (text: string) => nominations.some((page) => squeezed(page.text).includes(squeezed(text)));
    expect({ vi: whole(line.vi), en: whole(line.en), pages: nominations.length }).toEqual({
      vi: true,
      en: true,
      pages: 2,
    });
  });
});

describe("a template's unit lines merged across the form, re-saved by other programs", () => {
  const UNIT_LINE_RULES = ["identity.line_unseen", "identity.line_differs", "identity.line_missing"];
  const unitLineFindings = (outcome: ReturnType<typeof fastOutcome>): unknown[] =>
    UNIT_LINE_RULES.flatMap((rule): unknown[] => ruled(outcome, rule, ["sheet", "cell"]));

  // The short name is the one Gnumeric's save had Biểu 04's English line judged cut in a row it stored 15 pt.
  it.each([16, 30, 74, 200])(
    "still shows the line of a %i-character name whole",
    async (length) => {
      const bytes = await writeWorkbookPlan(planFor(length === 16 ? "Công đoàn CD_P01" : named(length)));
      const { xlsx, ods } = resaveEach(bytes, "xlsx", ["xlsx", "ods"]);
      const judged = {
        ours: unitLineFindings(fastOutcome(bytes)),
        libreOfficeXlsx: unitLineFindings(fastOutcome(xlsx)),
        // The SheetJS reader measures the same merges (the sheet's default width where a column stores none).
        libreOfficeXlsxBySheetJs: unitLineFindings(sheetJsOutcome(xlsx)),
        libreOfficeOds: unitLineFindings(sheetJsOutcome(ods, "r.ods")),
        gnumeric: unitLineFindings(fastOutcome(savedByGnumeric(bytes, "xlsx"))),
        // Its .ods columns are in Excel's points, which the reader counts at LibreOffice's, a quarter narrower.
        gnumericOds: unitLineFindings(sheetJsOutcome(savedByGnumeric(bytes, "ods"), "r.ods")),
        openpyxl: unitLineFindings(fastOutcome(setWithOpenpyxl(bytes, []))),
      };
      expect(judged).toEqual({
        ours: [],
        libreOfficeXlsx: [],
        libreOfficeXlsxBySheetJs: [],
        libreOfficeOds: [],
        gnumeric: [],
        gnumericOds: [],
        openpyxl: [],
      });
    },
    120_000,
  );
});
