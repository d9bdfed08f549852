import { figureText } from "../text/figure-text";
import { fill, joinTexts, type Text } from "../text/text";
import { type AwardProposal, type NotEligible } from "./awards";
import { WORDS } from "../vocabulary";

const inBloc = (scope: Text, bloc: string): Text => ({
  vi: `${scope.vi}: ${bloc}`,
  en: `${scope.en}: ${bloc}`,
});

/**
 * A proposal as one line a person reads, where the summary sheet's table has no room (a terminal, the
 * pane): "Bằng khen (Mỗi cụm: Cụm B): B2 Công đoàn B2 — điểm 88, xếp loại Tốt, hạng 2 (vượt số lượng)".
 */
export function proposalLine(p: AwardProposal): Text {
  const scope = WORDS.awardScopes[p.scope];
  const line = fill(WORDS.awards.proposalLine, {
    award: p.award,
    scope: p.scope === "bloc" && p.bloc !== null ? inBloc(scope, p.bloc) : scope,
    code: p.code,
    name: p.name,
    score: figureText(p.score),
    grade: p.grade ?? "—",
    rank: p.rank,
  });
  return p.tied ? joinTexts([line, WORDS.awards.beyondNumber], " ") : line;
}

/** A unit that cannot be proposed, with why: "Z9 Công đoàn Z9: Thiếu báo cáo". */
export const notEligibleLine = (u: NotEligible): Text =>
  fill(WORDS.awards.notEligibleLine, { code: u.code, name: u.name, reason: u.reason });
