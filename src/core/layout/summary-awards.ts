import { countLine, proposalLine, notEligibleLine } from "../rollup/award-lines";
import { type AwardProposals } from "../rollup/awards";
import type { Summary } from "../rollup/types";
import { bilingual, capitalised, fill, joinTexts, type Text } from "../text/text";
import { levelWithin, scopeText } from "../campaign/level-words";
import type { UnitKind } from "../model/units";
import type { SheetPlan } from "./plan";
import { printable } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { BLOC_STYLE, summaryAbout, title } from "./summary-common";
import { WORDS } from "../vocabulary";

/** The unit first, as on every summary sheet; the two tables share their first four columns. */
const proposalHeaders = (kind: UnitKind | undefined): readonly Text[] => [
  WORDS.summary.no,
  WORDS.summary.unitCode,
  WORDS.summary.unitName,
  WORDS.summary.bloc,
  WORDS.awards.award,
  WORDS.awards.scope,
  WORDS.summary.score,
  WORDS.summary.grade,
  fill(WORDS.awards.rank, { level: levelWithin(kind) }),
  WORDS.awards.rule,
];
const LAST = proposalHeaders(undefined).length - 1;
/** A unit's reason not to be proposed spreads over the proposals' award-to-rule columns. */
const REASON = 4;

/**
 * "Đề nghị khen thưởng": how proposals are drawn and how many each award proposes, each proposal with the
 * rule that put it there, in the awards table's order, then the units that cannot be proposed and why.
 * The lists go to the Hội đồng Thi đua – Khen thưởng in Vietnamese: their English is written below them,
 * line by line as the notes of other sheets are, and left off the printed page. With `nameTaken` the
 * summary's report to the level above has its own "Đề nghị khen thưởng", the people and works it proposes
 * upward, and Excel refuses a workbook with two sheets of one name: this one is named for the units.
 */
export function awardsSheet(summary: Summary, awards: AwardProposals, nameTaken = false): SheetPlan {
  const sheet = new SheetBuilder(
    (nameTaken ? WORDS.awards.unitsSheet : WORDS.awards.sheet).vi,
    WORDS.awards.sheet,
  );
  title(sheet, summary, LAST, false);
  const kind = summary.parent.kind;
  const headers = proposalHeaders(kind);
  const notes = [WORDS.awards.rules, WORDS.awards.ties, ...awards.counts.map((c) => countLine(c, kind))];
  let r = 3;
  for (const note of notes) r = wholeLine(sheet, r, note.vi, "note");

  r++;
  sheet.put(r++, 0, { value: WORDS.awards.proposalsTitle.vi, style: "section" });
  const proposalHeader = r;
  sheet.putRow(
    r++,
    0,
    headers.map((h) => h.vi),
    { style: "header" },
  );
  if (awards.proposals.length === 0) sheet.put(r++, 0, { value: WORDS.awards.noProposal.vi, style: "info" });
  awards.proposals.forEach((p, i) => {
    unitCells(sheet, r, i + 1, p);
    // Wrapped: on one line, "Cờ thi đua của Tổng Liên đoàn" printed "Cờ thi đua của Tổng Li".
    sheet.putRow(r, 4, [p.award, scopeText(p.scope, kind).vi], { style: "rowLabel" });
    sheet.put(r, 6, { value: p.score, style: "number", numFmt: "0.00" });
    sheet.putRow(r, 7, [p.grade, p.rank], { style: "text" });
    // A cell of its own begins with a capital, as the reasons below it do ("Hạng 1 toàn tỉnh; xếp loại…").
    sheet.put(r++, 9, { value: capitalised(p.why.vi), style: "rowLabel" });
  });

  r++;
  sheet.put(r++, 0, { value: WORDS.awards.notEligibleTitle.vi, style: "section" });
  sheet.putRow(
    r,
    0,
    headers.slice(0, REASON).map((h) => h.vi),
    { style: "header" },
  );
  sheet.put(r, REASON, { value: WORDS.awards.reason.vi, style: "header" }).merge(r, REASON, r, LAST);
  r++;
  if (awards.notEligible.length === 0) sheet.put(r++, 0, { value: WORDS.summary.none.vi, style: "info" });
  awards.notEligible.forEach((u, i) => {
    unitCells(sheet, r, i + 1, u);
    sheet.put(r, REASON, { value: u.reason.vi, style: "rowLabel" }).merge(r, REASON, r, LAST);
    r++;
  });
  const printed = r - 1;

  r++;
  const english = [
    ...notes,
    WORDS.awards.proposalsTitle,
    ...awards.proposals.map((p) => joinTexts([proposalLine(p, kind), p.why], " — ")),
    WORDS.awards.notEligibleTitle,
    ...awards.notEligible.map(notEligibleLine),
  ];
  sheet.put(r++, 0, { value: bilingual(WORDS.awards.englishTitle), style: "subtitle" });
  for (const line of english) r = wholeLine(sheet, r, line.en, "subtitle");

  const plan = sheet.build({ columnWidths: [6, 12, 32, 20, 18, 14, 10, 12, 14, 48], protect: false });
  return printable(plan, {
    about: summaryAbout(summary),
    repeatRows: { top: proposalHeader, bottom: proposalHeader },
    area: { top: 0, left: 0, bottom: printed, right: LAST },
  });
}

/** A line of text across the sheet's columns; returns the row after it. */
function wholeLine(sheet: SheetBuilder, r: number, value: string, style: "note" | "subtitle"): number {
  sheet.put(r, 0, { value, style }).merge(r, 0, r, LAST);
  return r + 1;
}

function unitCells(
  sheet: SheetBuilder,
  r: number,
  no: number,
  u: { code: string; name: string; bloc: string | null },
): void {
  sheet.putRow(r, 0, [no, u.code], { style: "text" });
  sheet.put(r, 2, { value: u.name, style: "rowLabel" });
  sheet.put(r, 3, { value: u.bloc, style: BLOC_STYLE });
}
