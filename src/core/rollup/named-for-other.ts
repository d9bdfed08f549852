import { unitKey } from "../model/units";

/**
 * Runs of the characters unit codes are written in, spaces too, in which separators set the parts apart.
 * A run begins a word of any script: "p 01" of "Lớp 01" is the tail of a Vietnamese word and a number, no
 * code (review: "Ấp 01", "Đợt 01", "Biểu 01" read as P01, T01, U01 and refused a unit's correction). It
 * ends before a letter outside A–Z, which no code is written in: "X03Đợt1" is X03 and a word typed on, as
 * "X03_Đợt1" is; "U080" and "U08Bao" hold no U08 (a code may run on in letters A–Z).
 */
const CODE_RUN = /(?<![\p{L}\p{M}\p{N}])[A-Za-z0-9]+(?:[ _.-]+[A-Za-z0-9]+)*(?![A-Za-z\p{M}\p{N}])/gu;
const CODE_PART = /[A-Za-z0-9]+/g;
/** What a file's name may set between a code's parts, or leave out: "X-03", "X 03", "x_03" are X03. */
const SEPARATORS = /[\s_.-]/g;
const compact = (code: string) => unitKey(code).replace(SEPARATORS, "");
/** The most parts a code is taken to run to ("CD-HCM-Q1-P01"), and the longest name a file system gives. */
const MOST_PARTS = 4;
const LONGEST_NAME = 255;
/** A code is taken to hold letters and digits both: a name's numbers and its words are not codes. */
const CODE_LIKE = /^(?=.*[A-Z])(?=.*[0-9])/;
/** A file's own name, past its folders, without its extension, its accents composed as a person types them. */
const baseName = (file: string) =>
  file
    .slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1)
    .slice(0, LONGEST_NAME)
    .replace(/\.[^.]*$/, "")
    .normalize("NFC");

/**
 * The units' codes (keys, `unitKey`) by how a file's name may spell them (`compact`): one spelling two
 * codes share ("X-03" and "X03" both units) names neither.
 */
export function codeSpellings(codes: Iterable<string>): ReadonlyMap<string, string> {
  const byCompact = new Map<string, string | null>();
  for (const code of codes) {
    const key = compact(code);
    byCompact.set(key, byCompact.has(key) ? null : unitKey(code));
  }
  return new Map([...byCompact].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * The one unit of `codes` (`codeSpellings`) whose code a file's own name carries, whole between its
 * separators ("U08" in "U08-2025-D1.xlsx", not in "U080"; written "U-08" or "U 08" as well, red team,
 * round 33), where the name does not carry the code of the unit the file's report is of (`own`): the mark
 * of a clerk who filled another unit's template (its identity says that unit) and saved it under their
 * own unit's code (red team, round 32). Words a name carries for other reasons are no code, though a
 * unit's code may spell them: numbers (days, years, rounds: "15.01.2026", "dot 2"), words ("BC" for báo
 * cáo: a code is taken to hold a letter and a digit both, red team, round 33), and the words of the
 * period (`periodWords`: "D1" of "2025-D1").
 */
export function otherUnitNamed(
  file: string,
  own: string,
  codes: ReadonlyMap<string, string>,
  periodWords: ReadonlySet<string>,
): string | undefined {
  const named = new Set<string>();
  for (const [run] of baseName(file).matchAll(CODE_RUN)) {
    const parts = [...run.matchAll(CODE_PART)];
    for (let i = 0; i < parts.length; i++)
      for (let j = i; j < Math.min(parts.length, i + MOST_PARTS); j++) {
        const spelt = compact(run.slice(parts[i]!.index, parts[j]!.index + parts[j]![0].length));
        const key = codes.get(spelt);
        if (key !== undefined && CODE_LIKE.test(spelt) && !periodWords.has(spelt)) named.add(key);
      }
  }
  return named.size === 1 && !named.has(unitKey(own)) ? [...named][0] : undefined;
}

/** The words of a period's id a file's name may carry ("2025-D1": "2025", "D1", "2025D1"), spelt as codes. */
export const periodWordsOf = (id: string): Set<string> =>
  new Set([compact(id), ...[...id.matchAll(CODE_PART)].map(([part]) => compact(part))]);
