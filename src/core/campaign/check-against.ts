import { countFindings, finding, hasErrors, type Finding } from "../findings/finding";
import type { CheckedFile } from "../check/check-file";
import { narrowestHolding, overlaps, periodText, samePeriodDates, type Period } from "../model/period";
import { campaignForPeriod } from "./period-targets";
import { dueOf } from "./due-dates";
import { placedTarget } from "../model/targets";
import type { Report } from "../report/report";
import type { Nomination } from "../catalog";
import { nameKey } from "../text/fold";
import { fill, joinTexts, shown, type Text } from "../text/text";
import type { Campaign, CampaignUnit } from "./types";
import { targetDifferences, unitTargets } from "./unit-targets";
import { otherSplit } from "./split-check";
import { listedUnit, sameNamedUnder } from "./listed-unit";
import { outsideValidity } from "./unit-validity";
import { unitKey, type ReportingUnit } from "../model/units";
import { WORDS } from "../vocabulary";

/**
 * A checked report against the province's campaign, before it is sent: what the roll-up would refuse
 * (a unit not in the list for the period), or replace (the name, the targets), said to the clerk who can
 * still fix it; and the day it is due, by the campaign's periods.
 */
export function checkAgainstCampaign(file: CheckedFile, campaign: Campaign): CheckedFile {
  const { unit, period, targets, notApplicable } = file;
  if (!unit || !period) return file;
  const findings: Finding[] = [];
  const holding = narrowestHolding(campaign.periods, period);
  if (!holding)
    findings.push(
      finding(
        "warning",
        "campaign.period_unknown",
        fill(WORDS.againstCampaign.periodUnknown, {
          period: periodText(period),
          periods: joinTexts(
            campaign.periods.map((p) => p.label),
            "; ",
          ),
        }),
      ),
    );
  const listed = listedUnit(campaign)(unit.code);
  if (campaign.units.length > 0 && (!listed || !overlaps(period, listed.validFrom, listed.validTo))) {
    const text = unlistedText(campaign, unit, period, listed);
    findings.push(finding("error", "campaign.unit_not_listed", text));
  }
  if (listed && nameKey(listed.name) !== nameKey(unit.name))
    findings.push(
      finding(
        "warning",
        "campaign.name_differs",
        fill(WORDS.againstCampaign.nameDiffers, {
          code: listed.code,
          found: shown(unit.name),
          listed: listed.name,
        }),
      ),
    );
  const carried = {
    targets: targets ?? {},
    ...(notApplicable ? { notApplicable: new Set(notApplicable) } : {}),
  };
  // A report of a period with targets of its own (a sprint's) is held to those.
  const assigned = campaignForPeriod(
    campaign,
    campaign.periods.find((p) => samePeriodDates(p, period))?.id ?? "",
  );
  findings.push(...targetFindings(assigned, unit.code, carried));
  findings.push(...nominationFindings(campaign, file.nominations ?? []));
  const split = file.shape && otherSplit(file.shape, campaign.subRows ?? []);
  if (split)
    findings.push(
      finding("error", "campaign.other_sub_rows", fill(WORDS.againstCampaign.otherSubRows, { ...split })),
    );
  // The unit's own due date, else its kind's (the list's kind, never the file's), else the period's.
  const due =
    holding &&
    dueOf(campaign, holding, period, { code: unit.code, ...(listed?.kind ? { kind: listed.kind } : {}) });
  if (findings.length === 0 && !due) return file;
  const all = [...file.findings, ...findings];
  return {
    ...file,
    findings: all,
    ...countFindings(all),
    ready: file.ready && !hasErrors(findings),
    ...(due ? { due } : {}),
  };
}

/**
 * Why the campaign's list for the period lacks the report's unit, said as the clerk or staff can act on
 * it: the list dates the unit elsewhere; it is the campaign's summarising unit (the province's own summary
 * checked with its campaign still chosen, not a unit to add to the list); the list names a unit of the
 * report's name under another code (its code changed after the template went out).
 */
function unlistedText(
  campaign: Campaign,
  unit: ReportingUnit,
  period: Period,
  listed: CampaignUnit | undefined,
): Text {
  const said = { code: unit.code, period: periodText(period) };
  if (listed) return fill(WORDS.againstCampaign.unitNotActive, { ...said, ...outsideValidity(listed) });
  if (campaign.parent && unitKey(campaign.parent.code) === unitKey(unit.code))
    return fill(WORDS.againstCampaign.ownUnit, said);
  const active = campaign.units.filter((u) => overlaps(period, u.validFrom, u.validTo));
  const renamed = sameNamedUnder(active, unit.code, unit.name);
  return renamed
    ? fill(WORDS.againstCampaign.unitNotListedSameName, { ...said, listed: renamed.code, name: renamed.name })
    : fill(WORDS.againstCampaign.unitNotListed, said);
}

/** A warning for each target the report carries that is not what the campaign assigns the unit. */
function targetFindings(
  campaign: Campaign,
  code: string,
  carried: Pick<Report, "targets" | "notApplicable">,
): Finding[] {
  const own = campaign.indicators;
  const templates = [
    ...new Set(Object.keys(carried.targets).flatMap((key) => placedTarget(key, own)?.template ?? [])),
  ];
  return targetDifferences(carried, unitTargets(campaign, code, templates), own).map(
    ({ key, found, assigned }) => {
      const target = placedTarget(key, own)!.label;
      return assigned === null
        ? finding(
            "warning",
            "campaign.target_not_assigned",
            fill(WORDS.againstCampaign.targetNotAssigned, { target, found }),
          )
        : finding(
            "warning",
            "campaign.target_differs",
            fill(WORDS.againstCampaign.targetDiffers, { target, found, assigned }),
          );
    },
  );
}

/** An error at its cell for each proposal of an award the campaign does not give: the roll-up refuses the file. */
function nominationFindings(campaign: Campaign, nominations: readonly Nomination[]): Finding[] {
  const rules = campaign.nominationAwards ?? [];
  return nominations
    .filter((n) => !rules.some((r) => nameKey(r.award) === nameKey(n.award)))
    .map((n) =>
      finding(
        "error",
        "campaign.nomination_award_unknown",
        fill(WORDS.nominations.unknownAward, {
          value: shown(n.award, 60),
          cell: n.awardCell,
          sheet: n.sheet,
          awards: rules.map((r) => r.award).join("; "),
        }),
        { sheet: n.sheet, cell: n.awardCell },
      ),
    );
}
