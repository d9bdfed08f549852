import { blocKey } from "../campaign/bloc";
import { defaultCampaign } from "../campaign/defaults";
import { campaignForPeriod } from "../campaign/period-targets";
import type { Campaign, CampaignUnit } from "../campaign/types";
import { CUSTOM_FORM, inCatalogOrder, indicatorsKey, type Indicator, type SubRow } from "../catalog";
import { targetsOf } from "../model/targets";
import type { Extraction } from "../report/extract";
import type { Report } from "../report/report";
import { finding, hasErrors, type Finding } from "../findings/finding";
import { isWithin, overlaps, periodText, samePeriodDates, spanText, type Period } from "../model/period";
import { findingPlace } from "./place-text";
import { fill, shortList, type Text } from "../text/text";
import { isValidUnitCode, unitKey, type ReportingUnit } from "../model/units";
import { validate } from "../check/validate";
import { codesCampaign, countApart, overlappingSummaries } from "./counted-units";
import { planCoverage } from "./plan-coverage";
import { withMissingTargets } from "./missing-targets";
import { lookAlikeCodes } from "./look-alike-codes";
import { expectedForms, withFormGaps } from "./missing-forms";
import { resolveUnit, savedAt, type Accepted } from "./resolve-unit";
import { scoreUnits } from "./score-units";
import { sumReports } from "./sum-units";
import { submissionStatuses } from "./submission-status";
import { unreportedCells } from "./unreported";
import type {
  DateSpan,
  Duplicate,
  PreviousFigures,
  Rejection,
  RollupOptions,
  Submission,
  Summary,
} from "./types";
import { cellPlaces } from "./cell-places";
import { codeSpellings, otherUnitNamed, periodWordsOf } from "./named-for-other";
import { earlierPrevious, withPrevious } from "./previous";
import { foreignNomination } from "./nominations";
import { otherSplit, rolledSubRows } from "../campaign/split-check";
import { outsideValidity } from "../campaign/unit-validity";
import { existenceOf, listedUnit, sameNamedUnder } from "../campaign/listed-unit";
import { blankTemplateReason } from "./blank-template";
import { WORDS } from "../vocabulary";

/** A roll-up that cannot produce a summary; it still says why each file was rejected. */
export class RollupError extends Error {
  constructor(
    readonly text: Text,
    readonly rejected: readonly Rejection[],
  ) {
    super(text.en);
  }
}

/** One received file reduced to what a roll-up needs: its report and where its cells are, or why it is refused. */
export type CheckedSubmission = Accepted | Rejection;

/**
 * Validates one received file and keeps only what the roll-up folds in, so a reader can drop the file's
 * grid (and a worker send back a small result) as soon as the file is read.
 */
export function checkSubmission(submission: Submission): CheckedSubmission {
  const { source } = submission;
  if ("unreadable" in submission)
    return { source, rule: "file.unreadable", reason: submission.unreadable, findings: [] };
  const extraction: Extraction = submission.extraction;
  const findings = validate(extraction);
  const unitCode = extraction.meta?.unitCode;
  const periodId = extraction.meta?.periodId;
  if (hasErrors(findings) || !extraction.report) {
    const errors = findings.filter((f) => f.severity === "error");
    const first = errors[0];
    // The first error's sheet and cell, as validation names them, so the reason says where to look.
    const reason =
      blankTemplateReason(extraction, errors) ??
      fill(errors.length === 1 ? WORDS.rollup.invalidOne : WORDS.rollup.invalid, {
        count: errors.length,
        at: first ? findingPlace(first) : "",
        first: first ? { vi: first.message_vi, en: first.message_en } : "",
      });
    return {
      source,
      rule: errors[0]?.rule ?? "identity.incomplete",
      reason,
      findings,
      ...(unitCode ? { unitCode } : {}),
      ...(periodId ? { periodId } : {}),
    };
  }
  return { source, report: extraction.report, warnings: findings, cells: cellPlaces(extraction) };
}

/**
 * A warning for each refused file of a unit (`refused`, its own) saved after the reports used for the same
 * period: the unit's latest word is not what counts (red team, round 57: a corrected file missing a figure
 * refused, the older one counted with nothing said).
 */
function newerRefused(used: readonly Accepted[], refused: readonly Rejection[]): Finding[] {
  return used.flatMap((kept) =>
    refused.flatMap((r) => {
      if (r.periodId !== kept.report.period.id || savedAt(r.source) <= savedAt(kept.source)) return [];
      const text = fill(WORDS.rollup.newerRefused, {
        unit: kept.report.unit.code,
        refused: r.source.name,
        kept: kept.source.name,
      });
      return [finding("warning", "rollup.newer_refused", text)];
    }),
  );
}

/**
 * The period most files report, when the user named none. Only its id and dates are taken: its due date
 * is the file's own, which decides nobody's lateness (a unit could write any).
 */
function inferPeriod(accepted: readonly Accepted[]): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  for (const { report } of accepted) {
    const entry = counts.get(report.period.id) ?? { period: report.period, count: 0 };
    counts.set(report.period.id, { ...entry, count: entry.count + 1 });
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.period.id.localeCompare(b.period.id),
  );
  const found = ranked[0]?.period;
  if (!found) return null;
  // Nor is its label: a file can call three months "Cả năm 2025". The title says the dates (a default
  // period of the same dates replaces it, label and all; see campaignPeriod).
  const label = fill(WORDS.rollup.periodOfDates, { span: spanText(found.start, found.end) });
  return { id: found.id, start: found.start, end: found.end, label };
}

/** A few codes or file names, then how many more: a district's list may hold hundreds. */
/**
 * A report under its unit's code as the province's list writes it: a file may type it in another case
 * or spaced ("u0022 "), and the summary's rows, its duplicates and its warnings named the unit so beside
 * the submission status's U0022 (red team, round 40; review).
 */
function asListed(accepted: Accepted, listed: CampaignUnit | undefined): Accepted {
  const { report } = accepted;
  if (!listed || report.unit.code === listed.code) return accepted;
  return { ...accepted, report: { ...report, unit: { ...report.unit, code: listed.code } } };
}

function reject(accepted: Accepted, rule: string, reason: Rejection["reason"]): Rejection {
  return {
    source: accepted.source,
    rule,
    reason,
    unitCode: accepted.report.unit.code,
    findings: accepted.warnings,
  };
}

/** The parent the units name, when they all name the same valid one; a placeholder otherwise. */
function defaultParent(units: readonly ReportingUnit[]): ReportingUnit {
  const named = units.map((u) => u.parentCode ?? "");
  const [first] = named;
  const agreed = first && isValidUnitCode(first) && named.every((c) => unitKey(c) === unitKey(first));
  return { code: agreed ? first : "TONG_HOP", name: WORDS.rollup.defaultParent.vi, kind: "federation" };
}

/**
 * The own indicators (Biểu 05) the roll-up adds up: the campaign's; without a campaign, those most reports
 * declare (of lists as common, the first by its text), so the order of the files does not matter.
 */
function rolledIndicators(given: Campaign | undefined, accepted: readonly Accepted[]): readonly Indicator[] {
  if (given) return given.indicators ?? [];
  const counts = new Map<string, { list: readonly Indicator[]; count: number }>();
  for (const { report } of accepted) {
    if (!report.indicators) continue;
    const key = indicatorsKey(report.indicators);
    counts.set(key, { list: report.indicators, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const [first] = [...counts].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  return first?.[1].list ?? [];
}

const codesText = (list: readonly Indicator[]) => list.map((i) => i.code).join(", ") || "—";

/** Whether a report's Biểu 05 lists other own indicators than the roll-up adds up. */
const otherIndicators = ({ indicators: own }: Report, indicators: readonly Indicator[]) =>
  !!own && indicatorsKey(own) !== indicatorsKey(indicators);

/**
 * A report whose forms are shaped otherwise than the roll-up's, refused: figures keyed by another list of
 * own indicators, or of rows split otherwise, would be added to other rows, or a row's dropped unseen. A
 * summary's list is its own level's campaign's: its Biểu 05 alone is set aside (withoutOwnIndicators).
 */
function otherShape(
  a: Accepted,
  indicators: readonly Indicator[],
  subRows: readonly SubRow[],
): Rejection | null {
  const own = a.report.indicators;
  const said = { file: a.source.name, code: a.report.unit.code };
  if (own && !a.report.rollupUnits && otherIndicators(a.report, indicators))
    return reject(
      a,
      "rollup.other_indicators",
      fill(WORDS.rollup.otherIndicators, { ...said, found: codesText(own), wanted: codesText(indicators) }),
    );
  const split = otherSplit(a.report, subRows);
  return split && reject(a, "rollup.other_sub_rows", fill(WORDS.rollup.otherSubRows, { ...said, ...split }));
}

/**
 * A summary (`rollupUnits`) whose Biểu 05 lists other own indicators than the roll-up's, without that form
 * and with a warning: its list is its own level's campaign's, which the level above need not share, and its
 * standard forms add up as any unit's (a national roll-up refused a province's whole summary for it). A
 * unit's own report with another list is still refused (`otherShape`): it filled another campaign's template.
 */
function withoutOwnIndicators(a: Accepted, indicators: readonly Indicator[]): Accepted {
  const { report } = a;
  const own = report.indicators;
  if (!own || !report.rollupUnits || !otherIndicators(report, indicators)) return a;
  // Its targets of Biểu 05 too: the roll-up's list may give one of its codes to another row.
  const ownTargets = new Set(targetsOf([CUSTOM_FORM], own).map((t) => t.key));
  const notOwn = (key: string) => !ownTargets.has(key);
  const kept: { -readonly [K in keyof Report]: Report[K] } = {
    ...report,
    templates: report.templates.filter((id) => id !== CUSTOM_FORM),
    forms: { ...report.forms },
    targets: Object.fromEntries(Object.entries(report.targets).filter(([key]) => notOwn(key))),
  };
  delete kept.forms[CUSTOM_FORM];
  delete kept.indicators;
  if (report.notApplicable) kept.notApplicable = new Set([...report.notApplicable].filter(notOwn));
  const text = fill(WORDS.rollup.ownIndicatorsSetAside, {
    file: a.source.name,
    code: report.unit.code,
    found: codesText(own),
    wanted: codesText(indicators),
  });
  return {
    ...a,
    report: kept,
    warnings: [...a.warnings, finding("warning", "rollup.own_indicators_set_aside", text)],
  };
}

/** The campaign's own period of the same dates, so its label and due date apply. */
function campaignPeriod(campaign: Campaign, period: Period): Period {
  return (
    campaign.periods.find((p) => p.id === period.id && samePeriodDates(p, period)) ??
    campaign.periods.find((p) => samePeriodDates(p, period)) ??
    period
  );
}

/**
 * The part of the period a unit had to report: from its first day (or the unit's founding) to its last
 * (or the unit's end). A unit nobody listed is taken to start with its first report, unless a file of it
 * was rejected: that file may be the missing round, so the whole period counts.
 */
function spanOf(period: Period, unit: CampaignUnit | undefined, listed: boolean): DateSpan | null {
  if (!listed) return null;
  const start = unit?.validFrom && unit.validFrom > period.start ? unit.validFrom : period.start;
  const end = unit?.validTo && unit.validTo < period.end ? unit.validTo : period.end;
  return { start, end };
}

/**
 * The units a summary holds that the list counts on their own over days it covers (`listedSpan`, the
 * days the list gives a unit, if it lists it): counted, it would add their figures to its own unit's and
 * leave them missing (red team, round 21: K01's summary of P01 and P03 took K01's place). A unit the list
 * dates apart from the summary's days reports on its own only on its own days.
 */
function unitsListedInside(report: Report, listedSpan: (code: string) => DateSpan | undefined): string[] {
  const own = unitKey(report.unit.code);
  return (report.rollupUnits ?? []).filter((code) => {
    const span = listedSpan(code);
    return (
      unitKey(code) !== own && !!span && span.start <= report.period.end && span.end >= report.period.start
    );
  });
}

/**
 * The files whose name gives them to another unit of `codes` (`otherUnitNamed`): refused beside their own
 * unit's other files where that unit sent none of its own, so the unit's own report is used (red team,
 * round 32: U08's figures in U07's template, named U08-2025-D1.xlsx and newer, replaced U07's own report,
 * U08 missing, exit 0); otherwise kept with a warning, a file's name being no proof (review: a ward's
 * correction named after its district, "LDLD Q1 - Phuong 5", Q1 a unit that sent its own report).
 * Changes `byUnit` in place.
 */
function setApartMisnamed(
  byUnit: Map<string, Accepted[]>,
  codes: ReadonlySet<string>,
  periods: readonly Period[],
): Rejection[] {
  const out: Rejection[] = [];
  // The words of every period of the campaign: a year's roll-up names its rounds' files ("2025-D1").
  const periodWords = new Set(periods.flatMap((p) => [...periodWordsOf(p.id)]));
  const spellings = codeSpellings(codes);
  for (const [key, files] of byUnit) {
    const named = files.map((a) => otherUnitNamed(a.source.name, a.report.unit.code, spellings, periodWords));
    if (named.every((other) => other === undefined)) continue;
    const own = files.filter((_, i) => named[i] === undefined);
    const kept: Accepted[] = [];
    files.forEach((a, i) => {
      const other = named[i];
      if (other === undefined) return kept.push(a);
      const said = {
        file: a.source.name,
        code: a.report.unit.code,
        other,
        kept: shortList(own.map((o) => o.source.name)),
      };
      if (own.length > 0 && !byUnit.has(other))
        return out.push(reject(a, "rollup.named_for_other", fill(WORDS.rollup.namedForOther, said)));
      const warning = finding(
        "warning",
        "rollup.named_for_other",
        fill(WORDS.rollup.namedForOtherAlone, said),
      );
      kept.push({ ...a, warnings: [...a.warnings, warning] });
    });
    byUnit.set(key, kept);
  }
  return out;
}

/**
 * The summaries that count a unit another file counts too, the codes they hold read as the roll-up's own
 * or another campaign's (see `codesCampaign`): refused, each with the files it overlaps.
 */
function countedTwiceApart(
  distinct: readonly Accepted[],
  { period, expectedByKey, ownCampaign }: Judged,
): { refused: Rejection[]; overlapping: ReadonlySet<Accepted> } {
  const refused: Rejection[] = [];
  // The days the list says a unit existed; an undated or unlisted one, the whole period.
  const counted = (a: Accepted) => ({
    presence: spanOf(period, expectedByKey.get(unitKey(a.report.unit.code)), true)!,
  });
  const countedTwice = overlappingSummaries(
    distinct,
    (a, b) => countApart(counted(a), counted(b)),
    (a) => codesCampaign(a.report, ownCampaign),
  );
  for (const { summary, others, shared } of countedTwice)
    refused.push(
      reject(
        summary,
        "rollup.counted_twice",
        fill(codesUnnamed(summary, others) ? WORDS.rollup.countedTwiceUnnamed : WORDS.rollup.countedTwice, {
          code: summary.report.unit.code,
          units: shortList(shared),
          file: shortList(others.map((other) => other.source.name)),
        }),
      ),
    );
  const overlapping = new Set(countedTwice.map((o) => o.summary));
  return { refused, overlapping };
}

/**
 * Whether every file a summary shares units with is a summary, none saying whose campaign its codes are:
 * two provinces' X01 may be two unions, which only their campaigns' TD_Parent can tell the level above;
 * a district's summary beside its union's own report is one union either way.
 */
const codesUnnamed = (summary: Accepted, others: readonly Accepted[]) =>
  [summary, ...others].every(
    (a) => a.report.rollupUnits !== undefined && a.report.rollupCampaign === undefined,
  );

/** The units' blocs, each once however it is spelt, in Vietnamese order. */
function blocsOf(units: Summary["units"]): string[] {
  return [
    ...new Map(units.flatMap((u) => (u.bloc === null ? [] : [[blocKey(u.bloc), u.bloc] as const]))).values(),
  ].sort((a, b) => a.localeCompare(b, "vi"));
}

/** What decides whether a file may enter a period's roll-up. */
interface Judged {
  period: Period;
  indicators: readonly Indicator[];
  subRows: readonly SubRow[];
  given: Campaign | undefined;
  expectedByKey: ReadonlyMap<string, CampaignUnit>;
  expected: boolean;
  /** The list's unit of a code, whatever its dates. */
  listedAt: (code: string) => CampaignUnit | undefined;
  /** The key of the summarising unit's own code, when it is known before the roll-up. */
  parentKey: string | undefined;
  /**
   * The codes a summary names its campaign by (`rollup_campaign`) for the codes it holds to be this
   * roll-up's own: its campaign's summarising unit (TD_Parent) and the unit it sums for.
   */
  ownCampaign: readonly string[];
}

/**
 * Why the period's list lacks a file's unit, said as staff can act on it: the list dates the unit
 * elsewhere; the file is the summarising unit's own (an earlier summary left among the reports); the list
 * names a unit of the file's name under another code (staff changed it after the templates went out).
 */
function unlistedReason({ code, name }: ReportingUnit, { listedAt, expectedByKey, parentKey }: Judged): Text {
  const listed = listedAt(code);
  if (listed) return fill(WORDS.rollup.notActive, { code, ...outsideValidity(listed) });
  if (unitKey(code) === parentKey) return fill(WORDS.rollup.ownUnit, { code });
  const renamed = sameNamedUnder([...expectedByKey.values()], code, name);
  return renamed
    ? fill(WORDS.rollup.notExpectedSameName, { code, listed: renamed.code, name: renamed.name })
    : fill(WORDS.rollup.notExpected, { code });
}

/** Why a checked file may not enter this period's roll-up (wrong period, other shape, unknown award,
 * unlisted unit, units listed inside it), or undefined when it may. */
function ineligibility(a: Accepted, judged: Judged): Rejection | undefined {
  const { period, indicators, subRows, given, expectedByKey, expected } = judged;
  if (!isWithin(a.report.period, period)) {
    return reject(
      a,
      "rollup.wrong_period",
      // The file's own label is not trusted to say which dates it holds.
      fill(WORDS.rollup.wrongPeriod, {
        found: periodText(a.report.period),
        wanted: periodText(period),
      }),
    );
  }
  const shaped = otherShape(a, indicators, subRows);
  if (shaped) {
    return shaped;
  }
  const foreign = given && foreignNomination(a.report, given);
  if (foreign) {
    return reject(
      a,
      "rollup.nomination_award_unknown",
      fill(WORDS.nominations.rejectUnknownAward, {
        file: a.source.name,
        code: a.report.unit.code,
        award: foreign.award,
        cell: foreign.awardCell,
        sheet: foreign.sheet,
        awards: (given.nominationAwards ?? []).map((n) => n.award).join("; "),
      }),
    );
  }
  if (expected && !expectedByKey.has(unitKey(a.report.unit.code))) {
    return reject(a, "rollup.unit_not_expected", unlistedReason(a.report.unit, judged));
  }
  // Whichever campaign a summary names, a code this list holds is one of this level's units: a district
  // that summed with a campaign of its own the unions the province lists would count them twice.
  const listedSpan = (code: string) => {
    const listed = expectedByKey.get(unitKey(code));
    return listed && spanOf(period, listed, true)!;
  };
  const listedInside = unitsListedInside(a.report, listedSpan);
  if (listedInside.length > 0) {
    return reject(
      a,
      "rollup.holds_listed_units",
      fill(WORDS.rollup.holdsListedUnits, {
        file: a.source.name,
        code: a.report.unit.code,
        units: shortList(listedInside),
      }),
    );
  }
  return undefined;
}

/** The summarising unit's codes known before the roll-up: as given, and as its campaign names it. */
function ownCodes(
  given: string | undefined,
  named: string | undefined,
): Pick<Judged, "parentKey" | "ownCampaign"> {
  const codes = [given, named].filter((c): c is string => !!c);
  return { parentKey: codes.map(unitKey).find(Boolean), ownCampaign: codes };
}

/** The refused files by their unit's key (those naming a unit). */
function byUnitKey(rejected: readonly Rejection[]): Map<string, Rejection[]> {
  const refusedOf = new Map<string, Rejection[]>();
  for (const r of rejected) {
    if (!r.unitCode) continue;
    const key = unitKey(r.unitCode);
    const own = refusedOf.get(key);
    if (own) own.push(r);
    else refusedOf.set(key, [r]);
  }
  return refusedOf;
}

/**
 * Rolls received reports up into a summary against the province's campaign. The same submissions in any
 * order give the same summary; a file that cannot be used is listed with its reason, never dropped.
 */
export function rollup(submissions: readonly Submission[], options: RollupOptions = {}): Summary {
  return rollupChecked(submissions.map(checkSubmission), options);
}

/** Refused files in the order of their names, then of their contents: the same whatever order they came in. */
const byFile = (a: Rejection, b: Rejection) =>
  a.source.name.localeCompare(b.source.name) || a.source.sha256.localeCompare(b.source.sha256);

/** What the summary says of the previous summary given: the period compared with, or one set aside. */
function previousFields(given: PreviousFigures | undefined, used: PreviousFigures | undefined) {
  const period = ({ periodId, periodLabel }: PreviousFigures) => ({ periodId, periodLabel });
  return {
    previous: used ? period(used) : null,
    ...(given && !used ? { previousSetAside: period(given) } : {}),
  };
}

/** The same roll-up over files already checked one by one (by `checkSubmission`, possibly elsewhere). */
export function rollupChecked(checked: readonly CheckedSubmission[], options: RollupOptions = {}): Summary {
  const rejected: Rejection[] = [];
  const accepted: Accepted[] = [];
  for (const c of checked) {
    if ("report" in c) accepted.push(c);
    else rejected.push(c);
  }

  const inferred = options.period ?? inferPeriod(accepted);
  if (!inferred) throw new RollupError(WORDS.rollup.noPeriod, rejected);
  const indicators = rolledIndicators(options.campaign, accepted);
  const subRows = rolledSubRows(
    options.campaign,
    accepted.map((a) => a.report),
  );
  const given = options.campaign ?? {
    ...defaultCampaign(Number(inferred.start.slice(0, 4)), options.expectedUnits ?? []),
    ...(indicators.length > 0 ? { indicators } : {}),
    ...(subRows.length > 0 ? { subRows } : {}),
  };
  const period = campaignPeriod(given, inferred);
  // The targets set for this period (a sprint's, a five-year review's) over the annual ones.
  const campaign = campaignForPeriod(given, period.id);
  const listed = campaign.units.length > 0;
  const expected = listed ? campaign.units.filter((u) => overlaps(period, u.validFrom, u.validTo)) : null;
  const expectedByKey = new Map((expected ?? []).map((u) => [unitKey(u.code), u]));

  const eligible: Accepted[] = [];
  const judged = {
    period,
    indicators,
    subRows,
    given: options.campaign,
    expectedByKey,
    expected: expected !== null,
    listedAt: listedUnit(campaign),
    ...ownCodes(options.parent?.code, given.parent?.code),
  };
  for (const a of accepted) {
    const refused = ineligibility(a, judged);
    if (refused) rejected.push(refused);
    else eligible.push(withoutOwnIndicators(a, indicators));
  }
  // A list names each unit once: a code it lacks is refused above, look-alike or not.
  const alike = expected ? [] : lookAlikeCodes(eligible);
  for (const { report, other } of alike)
    rejected.push(
      reject(
        report,
        "rollup.lookalike_code",
        fill(WORDS.rollup.lookAlikeCode, {
          code: report.report.unit.code,
          other: other.report.unit.code,
          file: other.source.name,
        }),
      ),
    );
  const lookingAlike = new Set(alike.map(({ report }) => report));
  const distinct = eligible.filter((a) => !lookingAlike.has(a));
  const { refused: twice, overlapping } = countedTwiceApart(distinct, judged);
  rejected.push(...twice);
  const byUnit = new Map<string, Accepted[]>();
  for (const a of distinct) {
    if (overlapping.has(a)) continue;
    const key = unitKey(a.report.unit.code);
    byUnit.set(key, [...(byUnit.get(key) ?? []), asListed(a, expectedByKey.get(key))]);
  }

  rejected.push(
    ...setApartMisnamed(byUnit, new Set(expected ? expectedByKey.keys() : byUnit.keys()), [
      period,
      ...campaign.periods,
    ]),
  );

  // Each unit's refused files, by its key: a refused file of the unit makes its list's dates count, and
  // one saved after the report used is said.
  const refusedOf = byUnitKey(rejected);
  const duplicates: Duplicate[] = [];
  const chosen = [...byUnit.keys()].sort().map((key) => {
    const unit = expectedByKey.get(key);
    const refused = refusedOf.get(key) ?? [];
    const existence = existenceOf(unit);
    const r = resolveUnit(
      byUnit.get(key)!,
      period,
      spanOf(period, unit, listed || refused.length > 0),
      existence,
    );
    duplicates.push(...r.duplicates);
    return { ...r, notes: [...r.notes, ...newerRefused(r.used, refused)], listed: unit, existence };
  });
  const forms = expectedForms(chosen.flatMap((r) => r.used.map((u) => u.report)));
  const resolved = chosen.map((r) => withFormGaps(r, forms));
  const previous = earlierPrevious(options.previous, period, campaign);
  const units = scoreUnits(resolved, period, campaign, { ...options, previous }, forms, indicators);
  const parent = options.parent ?? defaultParent(units.map((u) => u.unit));
  const { attainment: summed, stocks, ...total } = sumReports(units, parent, period, campaign.defaults);
  // The total row's previous result is the previous summary's own (red team, round 32: left blank).
  const attained = withPrevious(summed, previous?.total, campaign.indicators);
  const statuses = submissionStatuses(expected, units, rejected, period, campaign);

  return {
    period,
    campaign,
    scoring: campaign.scoring,
    grades: campaign.grades,
    blocs: blocsOf(units),
    ...previousFields(options.previous, previous),
    parent,
    templates: inCatalogOrder(total.templates),
    ...(total.indicators ? { indicators: total.indicators } : {}),
    ...(total.subRows ? { subRows: total.subRows } : {}),
    units,
    total,
    totalAttainment: withMissingTargets(attained, statuses.missing, campaign, period),
    stocks,
    unreported: unreportedCells(units, resolved, total.templates, total.indicators, total.subRows),
    rejected: [...rejected].sort(byFile),
    duplicates: duplicates.sort(
      (a, b) => a.unitCode.localeCompare(b.unitCode) || a.periodId.localeCompare(b.periodId),
    ),
    plans: planCoverage(resolved),
    ...statuses,
  };
}
