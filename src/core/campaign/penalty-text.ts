import { figureText } from "../text/figure-text";
import { fill, type Text } from "../text/text";
import type { Penalty } from "./types";
import { WORDS } from "../vocabulary";

/**
 * Why a unit lost points, one clause per penalty that took any ("Nộp muộn 5 ngày: −2,5 điểm; Nộp lại 1
 * lần: −1 điểm"), a capped one said to be at its cap; empty when none did.
 */
export function penaltyReasons(penalties: readonly Penalty[]): Text {
  const clauses = penalties
    .filter((p) => p.points > 0)
    .map((p) => {
      const text = fill(WORDS.summary.penaltyReasons[p.rule.method], {
        count: figureText(p.count),
        points: figureText(p.points),
      });
      const capped = p.rule.cap !== undefined && p.rule.points * p.count > p.rule.cap;
      return capped
        ? { vi: text.vi + WORDS.summary.penaltyAtCap.vi, en: text.en + WORDS.summary.penaltyAtCap.en }
        : text;
    });
  return { vi: clauses.map((c) => c.vi).join("; "), en: clauses.map((c) => c.en).join("; ") };
}
