import { strFromU8, strToU8, unzipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, withoutTextLayout } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { mutateReport, zipEntriesOf } from "../../support/mutate-report";
import { reportBytes } from "../../support/report-file";

/**
 * Rewrites each column's run of formulas that are copies of the run's first as one shared formula, as
 * Excel saves a filled-down column, so the reader's expansion is checked against SheetJS's.
 */
function shareFormulas(xlsx: Uint8Array): Uint8Array {
  let si = 0;
  const shiftRows = (f: string, by: number) =>
    f.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${c}${Number(r) + by}`);
  const share = (xml: string) => {
    const masters = new Map<string, { row: number; text: string; si: number }>();
    return xml.replace(
      /<c r="([A-Z]+)(\d+)"([^>]*)><f[^>]*>([^<]+)<\/f>/g,
      (whole, col: string, row: string, rest: string, text: string) => {
        const master = masters.get(col);
        if (master && shiftRows(master.text, Number(row) - master.row) === text)
          return `<c r="${col}${row}"${rest}><f t="shared" si="${master.si}"/>`;
        masters.set(col, { row: Number(row), text, si: si++ });
        return `<c r="${col}${row}"${rest}><f t="shared" ref="${col}${row}:${col}${Number(row) + 50}" si="${si - 1}">${text}</f>`;
      },
    );
  };
  return zipEntriesOf(
    Object.entries(unzipSync(xlsx)).map(([n, d]) => [
      n,
      /worksheets\/sheet\d+\.xml$/.test(n) ? strToU8(share(strFromU8(d))) : d,
    ]),
  );
}

const fixtures = new Map<string, Uint8Array>();

beforeAll(async () => {
  const written = await reportBytes("CD_D01", 11);
  fixtures.set("written by the add-in", written);
  fixtures.set("another period", await reportBytes("CD_D02", 12, {}, "2025"));
  fixtures.set(
    "text where a number belongs",
    await reportBytes("CD_D03", 13, { TD_B01_state_grade_a: "12 người" }),
  );
  fixtures.set("shared formulas", shareFormulas(written));
  const viaLibreOffice = resaveWith(written, "xlsx", "xlsx");
  fixtures.set("re-saved by LibreOffice", viaLibreOffice);
  fixtures.set("re-saved by LibreOffice, shared formulas", shareFormulas(viaLibreOffice));
  fixtures.set(
    "through .ods and back by LibreOffice",
    resaveWith(resaveWith(written, "xlsx", "ods"), "ods", "xlsx"),
  );
  for (let seed = 1; seed <= 40; seed++) {
    const mutant = mutateReport(seed % 2 ? written : viaLibreOffice, seed);
    if (!/whole sheet/.test(mutant.label)) fixtures.set(`mutant ${seed}: ${mutant.label}`, mutant.bytes);
  }
}, 180_000);

describe("the report reader against SheetJS", () => {
  it("shares formulas in the fixture, so expansion is exercised", () => {
    expect(strFromU8(unzipSync(fixtures.get("shared formulas")!)["xl/worksheets/sheet2.xml"]!)).toMatch(
      /<f t="shared" si="\d+"\/>/,
    );
  });

  it("gives the same report and findings for every fixture, or both refuse", () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const outcomes = [...fixtures].map(([name, bytes]) => ({
      name,
      fast: withoutTextLayout(fastOutcome(bytes)),
      slow: withoutTextLayout(sheetJsOutcome(bytes)),
    }));
    for (const { name, fast, slow } of outcomes) {
      // A mutant the report reader refuses while SheetJS reads it is allowed (see fuzz.interop.test.ts): the
      // report reader is the stricter. Every real file must be read by both.
      if (!name.startsWith("mutant")) expect({ name, read: fast.read }).toEqual({ name, read: true });
      if (fast.read || !name.startsWith("mutant")) expect({ name, ...fast }).toEqual({ name, ...slow });
    }
  });
});
