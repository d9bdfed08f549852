import { inBloc } from "../campaign/bloc-groups";
import { byRank } from "../rollup/rank-order";
import type { Summary } from "../rollup/types";
import { bilingual as both } from "../text/text";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { printable } from "./print";
import { NOTE_STYLE, summaryAbout, title, unitNote, UNIT_NAME_STYLE } from "./summary-common";
import { WORDS } from "../vocabulary";

/** "Xếp hạng cụm": bloc by bloc, the units in rank order with their score and grade. */
export function blocRankingSheet(summary: Summary): SheetPlan {
  const sheet = new SheetBuilder(WORDS.summary.blocSheet.vi, WORDS.summary.blocSheet);
  title(sheet, summary, 6, false);
  const groups = summary.blocs.map((bloc) => ({
    heading: `${both(WORDS.summary.bloc)}: ${bloc}`,
    units: summary.units.filter(inBloc(bloc)).sort(byRank((u) => u.blocRank)),
  }));
  const loose = summary.units.filter((u) => u.bloc === null).sort(byRank((u) => u.rank));
  if (loose.length > 0) groups.push({ heading: both(WORDS.summary.noBloc), units: loose });

  let r = 4;
  // Every group's column headings are the same: the first group's are printed again on every page, so a
  // page of a long bloc (300 units in one took seven) says which figure is the score and which the rank.
  const headings = groups.length > 0 ? r + 1 : undefined;
  for (const group of groups) {
    sheet.put(r++, 0, { value: group.heading, style: "section" });
    const headers = [
      WORDS.summary.blocRank,
      WORDS.summary.unitCode,
      WORDS.summary.unitName,
      WORDS.summary.score,
      WORDS.summary.grade,
      WORDS.summary.rank,
      WORDS.summary.note,
    ];
    sheet.putRow(r++, 0, headers.map(both), { style: "header" });
    for (const u of group.units) {
      sheet.putRow(r, 0, [u.blocRank, u.unit.code], { style: "text" });
      sheet.put(r, 2, { value: u.unit.name, style: UNIT_NAME_STYLE });
      sheet.put(r, 3, { value: u.score, style: "number", numFmt: "0.00" });
      sheet.putRow(r, 4, [u.grade, u.rank], { style: "text" });
      sheet.put(r++, 6, { value: unitNote(u), style: NOTE_STYLE });
    }
    r++;
  }
  return printable(sheet.build({ columnWidths: [12, 14, 36, 10, 12, 10, 30], protect: false }), {
    about: summaryAbout(summary),
    ...(headings !== undefined ? { repeatRows: { top: headings, bottom: headings } } : {}),
  });
}
