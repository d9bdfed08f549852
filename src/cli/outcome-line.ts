import { fill, type CheckedFile, type Summary, type Text } from "../core";
import { WORDS } from "../core/vocabulary";

/**
 * The line `validate` ends with: how many files are ready, have errors, could not be read. Over a folder
 * the files' own lines scroll past a terminal's height; this one stays at its foot.
 */
export function validateOutcome(results: readonly CheckedFile[]): Text {
  const unreadable = results.filter((r) => r.unusable).length;
  const ready = results.filter((r) => r.ready).length;
  return fill(WORDS.cli.validateOutcome, {
    files: results.length,
    ready,
    errors: results.length - ready - unreadable,
    unreadable,
  });
}

/**
 * The line `rollup` ends with: of the files given, how many were rolled up (a unit's older file replaced by
 * its newer one counts), rejected, unreadable; where the expected units are known, how many lack one; and
 * how many missed a round of a longer period (a year's "0 units without a report" said nothing of two
 * units whose Đợt 2 was missing or refused).
 */
export function rollupOutcome(summary: Summary, files: number): Text {
  const unreadable = summary.rejected.filter((r) => r.rule === "file.unreadable").length;
  const lacking = summary.expected?.filter((e) => e.status !== "received").length;
  const partial = summary.units.filter((u) => u.gaps.some((gap) => !gap.templates)).length;
  // A province's summary covering the year while lacking its units' rounds is no complete report either.
  const short = summary.units.filter((u) => u.shortInside).length;
  const none = { vi: "", en: "" };
  return fill(WORDS.cli.rollupOutcome, {
    files,
    used: files - summary.rejected.length,
    rejected: summary.rejected.length - unreadable,
    unreadable,
    missing: lacking === undefined ? none : fill(WORDS.cli.unitsLacking, { count: lacking }),
    partial: partial === 0 ? none : fill(WORDS.cli.unitsWithoutRounds, { count: partial }),
    short: short === 0 ? none : fill(WORDS.cli.summariesShort, { count: short }),
  });
}
