import { strFromU8, unzipSync } from "fflate";
import { defaultTargets, layoutReport, TEMPLATE_IDS, type WorkbookPlan } from "../../../src/core";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { savedByGnumeric } from "../../support/gnumeric";
import { resaveWith } from "../../support/libreoffice";
import { PERIOD_2025_D1, unit } from "../../support/reports";

// Issue 64: the check sheet's cell addresses were plain text. Each is now a link to its form's cell, as
// LibreOffice and Gnumeric read it (needs both): LibreOffice turns a link it can follow into its own
// syntax ("#'Biểu 01'.$C$9"), and kept "'Biểu 01'!C9" as it was, which it reads as a column in R1C1.

const plan: WorkbookPlan = layoutReport({
  unit: unit("CD_P01"),
  period: PERIOD_2025_D1,
  templates: TEMPLATE_IDS,
  targets: defaultTargets(TEMPLATE_IDS),
});
const check = plan.sheets.find((s) => s.name === CHECK_SHEET)!;
/** Each line's link as the plan gives it, as [sheet, absolute address]. */
const planned = check.links!.map((l) => {
  const [, sheet, address] = /^'(.*)'!(\$[A-Z]+\$\d+)$/.exec(l.target)!;
  return [sheet, address];
});

const unxml = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("the check sheet's links to the forms' cells", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbookPlan(plan);
  });

  it("are links LibreOffice follows, in its own syntax, one per line", () => {
    const content = strFromU8(unzipSync(resaveWith(bytes, "xlsx", "ods"))["content.xml"]!);
    const hrefs = [...content.matchAll(/<text:a xlink:href="#([^"]*)"/g)].map(([, href]) => unxml(href!));
    expect(hrefs.map((href) => /^'(.*)'\.(\$[A-Z]+\$\d+)$/.exec(href)?.slice(1))).toEqual(planned);
  }, 120_000);

  it("are links to cells of the workbook in Gnumeric, one per line", () => {
    const files = unzipSync(savedByGnumeric(bytes, "xlsx"));
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const locations = sheets.flatMap((f) =>
      [...strFromU8(files[f]!).matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map(([, l]) => unxml(l!)),
    );
    expect(locations.map((l) => /^'(.*)'!(\$[A-Z]+\$\d+)$/.exec(l)?.slice(1))).toEqual(planned);
  }, 120_000);
});
