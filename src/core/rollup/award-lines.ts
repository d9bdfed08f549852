import { scoreText } from "../text/figure-text";
import { fill, joinTexts, type Text } from "../text/text";
import { type AwardCount, type AwardProposal, type NotEligible } from "./awards";
import { WORDS } from "../vocabulary";
import { scopeText } from "../campaign/level-words";
import type { UnitKind } from "../model/units";

const inBloc = (scope: Text, bloc: string): Text => ({
  vi: `${scope.vi}: ${bloc}`,
  en: `${scope.en}: ${bloc}`,
});

/**
 * An award's scope as a line names it: "Mỗi cụm: Cụm B" where it was drawn in a bloc, the whole as the
 * summarising unit's level (`kind`) names it otherwise: "Toàn tỉnh", "Toàn huyện"…
 */
const scopeOf = (scope: AwardCount["scope"], bloc: string | null, kind: UnitKind | undefined): Text =>
  scope === "bloc" && bloc !== null ? inBloc(scopeText(scope, kind), bloc) : scopeText(scope, kind);

/**
 * How many units one draw of an award proposes against its number, and how many more ties at the last
 * place added: "Bằng khen (Mỗi cụm: Cụm B): đề nghị 2 đơn vị, số lượng 1 — nhiều hơn số lượng 1 đơn vị …".
 */
export function countLine(c: AwardCount, kind: UnitKind | undefined): Text {
  const line = fill(WORDS.awards.countLine, {
    award: c.award,
    scope: scopeOf(c.scope, c.bloc, kind),
    proposed: c.proposed,
    number: c.number,
  });
  return c.beyond > 0 ? joinTexts([line, fill(WORDS.awards.countBeyond, { beyond: c.beyond })], "") : line;
}

/**
 * A proposal as one line a person reads, where the summary sheet's table has no room (a terminal, the
 * pane): "Bằng khen (Mỗi cụm: Cụm B): B2 Công đoàn B2 — điểm 88, xếp loại Tốt, hạng 2 (vượt số lượng)".
 */
export function proposalLine(p: AwardProposal, kind: UnitKind | undefined): Text {
  const line = fill(WORDS.awards.proposalLine, {
    award: p.award,
    scope: scopeOf(p.scope, p.bloc, kind),
    code: p.code,
    name: p.name,
    score: scoreText(p.score),
    grade: p.grade ?? "—",
    rank: p.rank,
  });
  return p.tied ? joinTexts([line, WORDS.awards.beyondNumber], " ") : line;
}

/** A unit that cannot be proposed, with why: "Z9 Công đoàn Z9: Thiếu báo cáo". */
export const notEligibleLine = (u: NotEligible): Text =>
  fill(WORDS.awards.notEligibleLine, { code: u.code, name: u.name, reason: u.reason });
