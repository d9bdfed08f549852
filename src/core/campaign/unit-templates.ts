import { CUSTOM_FORM, TEMPLATE_IDS, type Indicator, type TemplateId } from "../catalog";
import type { MetaSource } from "../report/metadata";
import { overlaps, type Period } from "../model/period";
import { dueOf } from "./due-dates";
import type { Campaign } from "./types";
import { campaignForPeriod } from "./period-targets";
import { unitTargets } from "./unit-targets";
import { existenceOf } from "./listed-unit";

/** The forms a campaign's templates hold: the catalog's, and Biểu 05 when it has indicators of its own. */
export const campaignTemplates = (indicators: readonly Indicator[] = []): TemplateId[] =>
  indicators.length > 0 ? [...TEMPLATE_IDS, CUSTOM_FORM] : [...TEMPLATE_IDS];

/**
 * The forms chosen, and those a chosen Biểu 05's linked rows read (typed there once, shown in Biểu 05),
 * in the catalog's order: a linked row naming a form the workbook lacks would show no figure.
 */
function withLinkedForms(templates: readonly TemplateId[], indicators: readonly Indicator[] = []) {
  if (!templates.includes(CUSTOM_FORM)) return templates;
  const linked = new Set(indicators.flatMap((i) => (i.source ? [i.source.template] : [])));
  return campaignTemplates(indicators).filter((id) => templates.includes(id) || linked.has(id));
}

/**
 * The blank report every unit expected in a period receives: its own assigned targets and its due date —
 * its own TD_Deadlines row's, its kind's, else the period's, as the roll-up judges its lateness — travel in
 * the workbook (the province's values still count at roll-up).
 */
export function unitTemplates(
  campaign: Campaign,
  period: Period,
  chosen: readonly TemplateId[] = campaignTemplates(campaign.indicators),
): MetaSource[] {
  const templates = withLinkedForms(chosen, campaign.indicators);
  const own =
    templates.includes(CUSTOM_FORM) && campaign.indicators ? { indicators: campaign.indicators } : {};
  const split = (campaign.subRows ?? []).filter((s) => templates.includes(s.template));
  const shaped = split.length > 0 ? { subRows: split } : {};
  const proposing =
    campaign.nominationAwards && campaign.nominationAwards.length > 0
      ? { nominationAwards: campaign.nominationAwards }
      : {};
  return campaign.units
    .filter((u) => overlaps(period, u.validFrom, u.validTo))
    .map((u) => ({
      ...unitTargets(campaignForPeriod(campaign, period.id), u.code, templates),
      unit: {
        code: u.code,
        name: u.name,
        ...(u.kind ? { kind: u.kind } : {}),
        ...(u.parentCode ? { parentCode: u.parentCode } : {}),
      },
      period: withDue(
        period,
        dueOf(campaign, period, period, { code: u.code, ...(u.kind ? { kind: u.kind } : {}) }),
      ),
      templates,
      ...datedBy(u),
      ...own,
      ...shaped,
      ...proposing,
    }));
}

/** The days the list dates a unit, which its template's budget note counts; none for a unit it leaves open. */
const datedBy = (u: Campaign["units"][number]): Pick<MetaSource, "existence"> =>
  u.validFrom || u.validTo ? { existence: existenceOf(u) } : {};

/** The period with the unit's due date, where it has one. */
const withDue = (period: Period, due: string | undefined): Period => (due ? { ...period, due } : period);

/** A campaign period by id, case-insensitively. */
export function findPeriod(campaign: Campaign, id: string): Period | undefined {
  const wanted = id.trim().toUpperCase();
  return campaign.periods.find((p) => p.id.toUpperCase() === wanted);
}
