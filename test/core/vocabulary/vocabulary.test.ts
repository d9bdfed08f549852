import { en, vi, WORDS } from "../../../src/core/vocabulary";

interface Leaf {
  readonly path: string;
  readonly vi: unknown;
  readonly en: unknown;
}

/** Every key of either language, paired with the other's value at the same path (undefined when absent). */
function leaves(viNode: unknown, enNode: unknown, path = ""): Leaf[] {
  if (typeof viNode !== "object" || viNode === null) return [{ path, vi: viNode, en: enNode }];
  const enObject = (typeof enNode === "object" && enNode !== null ? enNode : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(viNode), ...Object.keys(enObject)]);
  return [...keys].flatMap((key) =>
    leaves((viNode as Record<string, unknown>)[key], enObject[key], path ? `${path}.${key}` : key),
  );
}

const placeholders = (text: unknown) =>
  typeof text === "string" ? [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort() : [];

const all = leaves(vi, en);

describe("vocabulary", () => {
  it("has the same keys in Vietnamese and English", () => {
    const missing = all.filter((leaf) => typeof leaf.vi !== "string" || typeof leaf.en !== "string");
    expect(missing.map((leaf) => leaf.path)).toEqual([]);
  });

  it("has no empty word", () => {
    const empty = all.filter((leaf) => leaf.vi === "" || leaf.en === "");
    expect(empty.map((leaf) => leaf.path)).toEqual([]);
  });

  it.each(all.map((leaf) => [leaf.path, leaf] as const))(
    "%s has the same placeholders in both",
    (_, leaf) => {
      expect(placeholders(leaf.en)).toEqual(placeholders(leaf.vi));
    },
  );

  // The campaign workbook's tabs carry their Vietnamese names in either language: "the Units sheet" sent an
  // English reader looking for a tab the workbook has not, where its tab is Đơn vị.
  it("names a campaign sheet in English by the tab the workbook has", () => {
    const sheets = Object.entries(en.campaignSheets).filter(([key]) => key.endsWith("Sheet"));
    const byEnglishName = all.flatMap((leaf) =>
      sheets
        // Within a sentence: a section titled "Scoring table" names no tab.
        .filter(([, name]) => new RegExp(`\\S "?${name}"? (sheet|table)\\b`).test(String(leaf.en)))
        .map(([key]) => `${leaf.path}: ${key}`),
    );
    expect(byEnglishName).toEqual([]);
  });

  // Its columns carry their Vietnamese headers in either language too: "ask the federation above to correct
  // its Valid from, Valid to" sent an English reader looking for columns headed Hiệu lực từ, Hiệu lực đến.
  it("names a dated column of the campaign's units in English with the header the workbook has", () => {
    const dated = (["valid_from", "valid_to", "received"] as const).map((key) => ({
      key,
      header: vi.campaignColumns.units[key],
      english: new RegExp(`\\b${en.campaignColumns.units[key]}\\b`),
    }));
    const byEnglishHeader = all
      .filter((leaf) => !leaf.path.startsWith("campaignColumns."))
      .flatMap((leaf) =>
        dated
          .filter(({ header, english }) => english.test(String(leaf.en)) && !String(leaf.en).includes(header))
          .map(({ key }) => `${leaf.path}: ${key}`),
      );
    expect(byEnglishHeader).toEqual([]);
  });

  // A count is often one, and English does not say "1 files checked" (a single file checked in the pane) or
  // "1 days late: −2 points" (a unit a day late on the summary): a counted noun reads file(s), day(s). A
  // fraction's ("184/365 days of 2025") never is one.
  it("counts its nouns in English where a count may be one", () => {
    const plural =
      /(?<!\/)\{\w+\} (?:scored )?(?:units|files|days|times|errors|warnings|templates|blocs|periods|targets|parts)\b/;
    expect(
      all.filter((leaf) => plural.test(String(leaf.en))).map((leaf) => `${leaf.path}: ${String(leaf.en)}`),
    ).toEqual([]);
  });

  it("pairs a section key by key", () => {
    expect(WORDS.period.round).toEqual({ vi: vi.period.round, en: en.period.round });
  });
});
