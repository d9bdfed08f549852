import {
  countLine,
  nominationList,
  notEligibleLine,
  pick,
  proposalLine,
  proposeAwards,
  type Lang,
  type Summary,
} from "../core";
import { wrapTo } from "./display-width";
import { oneLine } from "./io";
import { WORDS } from "../core/vocabulary";
import { percentText } from "../core/text/figure-text";

/**
 * "Đề nghị khen thưởng": a wrapped line per proposal, then the units not eligible with the reason; nothing
 * when the campaign has no award rules. Lines, not a table: a tied unit's mark and a unit's reason must
 * show at any width, where a table would drop or cut them.
 */
export function awardLines(summary: Summary, lang: Lang, width: number): string[] {
  const awards = proposeAwards(summary);
  if (!awards) return [];
  const say = (text: string, first = "") => wrapTo(oneLine(text), width, first);
  const { proposals, notEligible, counts } = awards;
  // Where ties at the last place made a list longer than its number, the count says so.
  const longer = counts.filter((c) => c.beyond > 0);
  return [
    "",
    ...say(`${pick(WORDS.awards.sheet, lang)}:`),
    ...(proposals.length === 0
      ? say(pick(WORDS.awards.noProposal, lang), "  ")
      : proposals.flatMap((p) => say(pick(proposalLine(p, summary.parent.kind), lang), "  ★ "))),
    ...(longer.length > 0 ? say(pick(WORDS.awards.ties, lang), "  ") : []),
    ...longer.flatMap((c) => say(pick(countLine(c, summary.parent.kind), lang), "  + ")),
    ...say(`${pick(WORDS.awards.notEligibleTitle, lang)}:`),
    ...(notEligible.length === 0
      ? ["  —"]
      : notEligible.flatMap((u) => say(pick(notEligibleLine(u), lang), "  ✗ "))),
  ];
}

/**
 * "Danh sách đề nghị khen thưởng": a line per award (proposed, of whom direct workers) and a line per point
 * for the council to review; nothing when the campaign gives no award to people or works.
 */
export function nominationLines(summary: Summary, lang: Lang, width: number): string[] {
  const list = nominationList(summary);
  if (!list) return [];
  const say = (text: string, first = "") => wrapTo(oneLine(text), width, first);
  return [
    "",
    ...say(`${pick(WORDS.nominations.sheet, lang)}:`),
    ...list.awards.flatMap((a) =>
      say(
        `${a.rule.award}: ${a.count} (${pick(WORDS.nominations.direct, lang)} ${a.direct}` +
          `${a.share === null ? "" : `, ${pick(percentText(a.share), lang)}`})`,
        "  ",
      ),
    ),
    ...list.review.flatMap((t) => say(pick(t, lang), "  ⚠ ")),
  ];
}
