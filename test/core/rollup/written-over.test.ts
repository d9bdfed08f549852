import {
  decodeMeta,
  defaultTargets,
  metaEntries,
  parsePeriod,
  TEMPLATE_IDS,
  writtenOver,
  type MetaSource,
} from "../../../src/core";
import { WORDS } from "../../../src/core/vocabulary";

/** The metadata a workbook holding this report (or, with `rollupUnits`, this summary) would be read to have. */
function openMeta(code: string, periodId: string, rollupUnits?: readonly string[]) {
  const source: MetaSource = {
    unit: { code, name: `Công đoàn ${code}` },
    period: parsePeriod(periodId)!,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
    ...(rollupUnits ? { rollupUnits } : {}),
  };
  return decodeMeta(new Map(metaEntries(source)));
}

const summary = { parentCode: "T01", periodId: "2025-D2" };
const start = (text: string) => text.slice(0, text.indexOf("{"));

describe("writtenOver: what a summary written into the open workbook would replace", () => {
  it("asks nothing of a workbook without a report, or holding this summary made before", () => {
    expect(writtenOver(null, summary)).toBeNull();
    expect(writtenOver(openMeta("T01", "2025-D2", ["P01", "P02"]), summary)).toBeNull();
    // Codes are compared as the roll-up compares them.
    expect(writtenOver(openMeta("T01", "2025-D2", ["P01"]), { ...summary, parentCode: " t01" })).toBeNull();
  });

  it("asks before replacing the same unit's summary of another period (last round's, kept in the workbook)", () => {
    const asked = writtenOver(openMeta("T01", "2025-D1", ["P01", "P02"]), summary);
    expect(asked?.vi).toContain(start(WORDS.rollup.overwritesSummary.vi));
    expect(asked?.vi).toContain("Công đoàn T01 (T01)");
    expect(asked?.vi).toContain(parsePeriod("2025-D1")!.label.vi);
    expect(asked?.en).toContain(parsePeriod("2025-D1")!.label.en);
    expect(writtenOver(openMeta("T01", "2025", ["P01"]), summary)?.vi).toContain(
      parsePeriod("2025")!.label.vi,
    );
  });

  it("asks before replacing another unit's summary of the same period", () => {
    const asked = writtenOver(openMeta("T02", "2025-D2", ["P05"]), summary);
    expect(asked?.vi).toContain(start(WORDS.rollup.overwritesSummary.vi));
    expect(asked?.vi).toContain("Công đoàn T02 (T02)");
  });

  it("says another unit's own report stays as sheets that are no longer a report", () => {
    const asked = writtenOver(openMeta("P09", "2025-D2"), summary);
    expect(asked?.vi).toContain(start(WORDS.rollup.overwritesReport.vi));
    expect(asked?.en).toContain("Công đoàn P09 (P09)");
    expect(writtenOver(openMeta("T01", "2025-D1"), summary)).toBeNull();
  });
});
