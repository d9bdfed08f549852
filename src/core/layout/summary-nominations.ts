import { NOMINATION_COLUMNS } from "../catalog";
import type { NominationList } from "../rollup/nominations";
import type { Summary } from "../rollup/types";
import { fill } from "../text/text";
import { WORDS } from "../vocabulary";
import { scopeText } from "../campaign/level-words";
import type { UnitKind } from "../model/units";
import { NUMBER_FORMATS, type SheetPlan } from "./plan";
import { printable } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { signatureBlock } from "./signature-block";
import { summaryAbout } from "./summary-common";

const label = (key: string) => NOMINATION_COLUMNS.find((c) => c.key === key)!.label.vi;

/** The list's columns: the unit, then the unit's own columns as its sheet has them. */
const LIST_HEADERS = [
  WORDS.nominations.lineNo.vi,
  WORDS.summary.unitCode.vi,
  WORDS.summary.unitName.vi,
  ...NOMINATION_COLUMNS.map((c) => c.label.vi),
];
const WIDTHS = [5, 10, 22, 12, 22, 20, 34, 14, 20, 12];

/**
 * "Danh sách đề nghị khen thưởng": every person and work the units propose, then the proposals counted
 * by award (the plan's number and least share of direct workers beside them) and by unit, then what is
 * over a number or below a share, for the Hội đồng Thi đua – Khen thưởng to read and sign. Vietnamese
 * only: it is the council's paper.
 */
export function nominationsSheet(summary: Summary, list: NominationList): SheetPlan {
  const sheet = new SheetBuilder(WORDS.nominations.sheet.vi, WORDS.nominations.sheet);
  const widths = [...WIDTHS];
  // The awards' table takes 11 columns, the units' one a column per award past the list's.
  while (widths.length < Math.max(11, 5 + list.awards.length)) widths.push(12);
  const last = widths.length - 1;
  const heading = fill(WORDS.nominations.title, { period: summary.period.label }).vi;
  sheet.put(0, 0, { value: heading, style: "titleWrapped" }).merge(0, 0, 0, last);
  sheet.rowHeight(0, 36);
  const parent = fill(WORDS.summary.parent, { name: summary.parent.name, code: summary.parent.code });
  sheet.put(1, 0, { value: parent.vi, style: "info" }).merge(1, 0, 1, last);

  let r = 3;
  sheet.put(r++, 0, { value: WORDS.nominations.listSection.vi, style: "section" });
  const listHeader = r;
  sheet.putRow(r++, 0, LIST_HEADERS, { style: "header" });
  if (list.entries.length === 0)
    sheet.put(r++, 0, { value: WORDS.nominations.noneProposed.vi, style: "info" });
  list.entries.forEach(({ unit, nomination: n }, i) => {
    sheet.putRow(r, 0, [i + 1, unit.code], { style: "text" });
    sheet.put(r, 2, { value: unit.name, style: "rowLabel" });
    sheet.put(r, 3, { value: WORDS.nominations[n.subject].vi, style: "rowLabel" });
    sheet.put(r, 4, { value: n.name, style: "rowLabel" });
    sheet.put(r, 5, { value: n.position, style: "rowLabel" });
    sheet.put(r, 6, { value: n.achievement, style: "rowLabel" });
    sheet.put(r, 7, { value: n.value, style: "number", numFmt: NUMBER_FORMATS.money });
    sheet.put(r, 8, { value: n.award, style: "rowLabel" });
    const yes = n.directWorker ? WORDS.campaignSheets.yes : WORDS.campaignSheets.no;
    sheet.put(r++, 9, { value: yes.vi, style: "text" });
  });

  r = awardTable(sheet, list, r + 1, summary.parent.kind);
  r = unitTable(sheet, list, r + 1);

  sheet.put(r++ + 1, 0, { value: WORDS.nominations.reviewSection.vi, style: "section" });
  r++;
  const review =
    list.review.length > 0 ? list.review.map((t) => t.vi) : [WORDS.nominations.nothingToReview.vi];
  for (const text of review) sheet.put(r, 0, { value: `– ${text}`, style: "note" }).merge(r, 0, r++, last);
  const end = signatureBlock(sheet, r + 1, widths, true);

  const plan = sheet.build({ columnWidths: widths, protect: false });
  return printable(plan, {
    about: summaryAbout(summary),
    repeatRows: { top: listHeader, bottom: listHeader },
    area: { top: 0, left: 0, bottom: end, right: last },
  });
}

/** Proposals by award: the plan's number and scope, how many, of whom direct workers, and the remark. */
function awardTable(
  sheet: SheetBuilder,
  list: NominationList,
  top: number,
  kind: UnitKind | undefined,
): number {
  let r = top;
  sheet.put(r++, 0, { value: WORDS.nominations.awardSection.vi, style: "section" });
  const headers = [
    WORDS.nominations.lineNo.vi,
    label("award"),
    "",
    label("subject"),
    WORDS.nominations.scope.vi,
    WORDS.nominations.quota.vi,
    WORDS.nominations.count.vi,
    WORDS.nominations.direct.vi,
    WORDS.nominations.share.vi,
    WORDS.nominations.minShare.vi,
    WORDS.nominations.remark.vi,
  ];
  sheet.putRow(r, 0, headers, { style: "header" }).merge(r, 1, r, 2);
  r++;
  list.awards.forEach((a, i) => {
    const scope = scopeText(a.rule.scope, kind);
    const remark = [
      ...(a.over ? [WORDS.nominations.overQuota.vi] : []),
      ...(a.below ? [WORDS.nominations.belowShare.vi] : []),
    ];
    sheet.put(r, 0, { value: i + 1, style: "text" });
    sheet.put(r, 1, { value: a.rule.award, style: "rowLabel" }).merge(r, 1, r, 2);
    sheet.putRow(r, 3, [WORDS.nominations[a.rule.subject].vi, scope.vi], { style: "rowLabel" });
    sheet.put(r, 5, { value: a.rule.count ?? WORDS.nominations.noQuota.vi, style: "number" });
    sheet.putRow(r, 6, [a.count, a.direct], { style: "number", numFmt: NUMBER_FORMATS.count });
    sheet.put(r, 8, { value: a.share, style: "number", numFmt: NUMBER_FORMATS.ratio });
    sheet.put(r, 9, { value: a.rule.minDirectShare ?? null, style: "number", numFmt: NUMBER_FORMATS.ratio });
    sheet.put(r++, 10, {
      value: remark.length > 0 ? remark.join("; ") : WORDS.nominations.withinPlan.vi,
      style: remark.length > 0 ? "notMet" : "text",
    });
  });
  const count = list.entries.length;
  const direct = list.entries.filter((e) => e.nomination.directWorker).length;
  sheet.put(r, 0, { value: WORDS.nominations.total.vi, style: "total" }).merge(r, 0, r, 5);
  sheet.putRow(r, 6, [count, direct], { style: "total", numFmt: NUMBER_FORMATS.count });
  sheet.put(r++, 8, {
    value: count > 0 ? direct / count : null,
    style: "total",
    numFmt: NUMBER_FORMATS.ratio,
  });
  return r;
}

/** Proposals by unit: how many for each award, in all, and of whom direct workers. */
function unitTable(sheet: SheetBuilder, list: NominationList, top: number): number {
  let r = top;
  sheet.put(r++, 0, { value: WORDS.nominations.unitSection.vi, style: "section" });
  sheet.putRow(
    r++,
    0,
    [
      WORDS.nominations.lineNo.vi,
      WORDS.summary.unitCode.vi,
      WORDS.summary.unitName.vi,
      ...list.awards.map((a) => a.rule.award),
      WORDS.nominations.total.vi,
      WORDS.nominations.direct.vi,
    ],
    { style: "header" },
  );
  list.units.forEach((u, i) => {
    sheet.putRow(r, 0, [i + 1, u.unit.code], { style: "text" });
    sheet.put(r, 2, { value: u.unit.name, style: "rowLabel" });
    sheet.putRow(r++, 3, [...u.byAward, u.total, u.direct], {
      style: "number",
      numFmt: NUMBER_FORMATS.count,
    });
  });
  sheet.put(r, 0, { value: WORDS.nominations.total.vi, style: "total" }).merge(r, 0, r, 2);
  const totals = list.awards.map((a) => a.count);
  const direct = list.entries.filter((e) => e.nomination.directWorker).length;
  sheet.putRow(r++, 3, [...totals, list.entries.length, direct], {
    style: "total",
    numFmt: NUMBER_FORMATS.count,
  });
  return r;
}
