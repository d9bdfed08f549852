import { type AwardProposals } from "../rollup/awards";
import type { Summary } from "../rollup/types";
import { bilingual as both, type Text } from "../text/text";
import type { SheetPlan } from "./plan";
import { printable } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { summaryAbout, title } from "./summary-common";
import { WORDS } from "../vocabulary";

/** The unit first, as on every summary sheet; the two tables share their first four columns. */
const PROPOSAL_HEADERS: readonly Text[] = [
  WORDS.summary.no,
  WORDS.summary.unitCode,
  WORDS.summary.unitName,
  WORDS.summary.bloc,
  WORDS.awards.award,
  WORDS.awards.scope,
  WORDS.summary.score,
  WORDS.summary.grade,
  WORDS.awards.rank,
  WORDS.awards.rule,
  WORDS.awards.ruleEn,
];
/** The reasons spread over the proposals' award-to-rank columns and their two rule columns. */
const REASON = { vi: { left: 4, right: 8 }, en: { left: 9, right: 10 } } as const;

/**
 * "Đề nghị khen thưởng": how proposals are drawn, each proposal with the rule that put it there, in
 * the awards table's order, then the units that cannot be proposed and why.
 */
export function awardsSheet(summary: Summary, awards: AwardProposals): SheetPlan {
  const sheet = new SheetBuilder(WORDS.awards.sheet.vi, WORDS.awards.sheet);
  const last = PROPOSAL_HEADERS.length - 1;
  title(sheet, summary, last, false);
  sheet.put(3, 0, { value: WORDS.awards.rules.vi, style: "note" }).merge(3, 0, 3, last);
  sheet.put(4, 0, { value: WORDS.awards.rules.en, style: "note" }).merge(4, 0, 4, last);

  let r = 6;
  sheet.put(r++, 0, { value: both(WORDS.awards.proposalsTitle), style: "section" });
  const proposalHeader = r;
  sheet.putRow(r++, 0, PROPOSAL_HEADERS.map(both), { style: "header" });
  if (awards.proposals.length === 0)
    sheet.put(r++, 0, { value: both(WORDS.awards.noProposal), style: "info" });
  awards.proposals.forEach((p, i) => {
    unitCells(sheet, r, i + 1, p);
    sheet.putRow(r, 4, [p.award, WORDS.awardScopes[p.scope].vi], { style: "text" });
    sheet.put(r, 6, { value: p.score, style: "number", numFmt: "0.00" });
    sheet.putRow(r, 7, [p.grade, p.rank], { style: "text" });
    sheet.put(r, 9, { value: p.why.vi, style: "rowLabel" });
    sheet.put(r++, 10, { value: p.why.en, style: "rowLabelEn" });
  });

  r++;
  sheet.put(r++, 0, { value: both(WORDS.awards.notEligibleTitle), style: "section" });
  sheet.putRow(
    r,
    0,
    [WORDS.summary.no, WORDS.summary.unitCode, WORDS.summary.unitName, WORDS.summary.bloc].map(both),
    { style: "header" },
  );
  sheet.put(r, REASON.vi.left, { value: both(WORDS.awards.reason), style: "header" });
  sheet.put(r, REASON.en.left, { value: both(WORDS.awards.reasonEn), style: "header" });
  mergeReason(sheet, r++);
  if (awards.notEligible.length === 0) sheet.put(r++, 0, { value: both(WORDS.summary.none), style: "info" });
  awards.notEligible.forEach((u, i) => {
    unitCells(sheet, r, i + 1, u);
    sheet.put(r, REASON.vi.left, { value: u.reason.vi, style: "rowLabel" });
    sheet.put(r, REASON.en.left, { value: u.reason.en, style: "rowLabelEn" });
    mergeReason(sheet, r++);
  });

  const plan = sheet.build({ columnWidths: [6, 12, 32, 20, 18, 14, 10, 12, 10, 34, 34], protect: false });
  return printable(plan, {
    about: summaryAbout(summary),
    repeatRows: { top: proposalHeader, bottom: proposalHeader },
  });
}

function unitCells(
  sheet: SheetBuilder,
  r: number,
  no: number,
  u: { code: string; name: string; bloc: string | null },
): void {
  sheet.putRow(r, 0, [no, u.code], { style: "text" });
  sheet.put(r, 2, { value: u.name, style: "rowLabel" });
  sheet.put(r, 3, { value: u.bloc, style: "text" });
}

function mergeReason(sheet: SheetBuilder, r: number): void {
  for (const { left, right } of [REASON.vi, REASON.en]) sheet.merge(r, left, r, right);
}
