import type { Campaign, CampaignUnit } from "../campaign/types";
import { dmy, overlaps, type Period } from "../model/period";
import { fill, joinTexts, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/**
 * What to say of a unit the list ends within or at the close of the period, wherever it is listed
 * ("đã giải thể ngày 31/8/2020; đơn vị tiếp nhận: P01, P02"): a province's 2020 Bằng khen proposed for a
 * union gone since August must say it is gone, and who took it over. Null for a unit still there.
 */
export function endedText(unit: CampaignUnit | undefined, period: Period): Text | null {
  if (!unit?.validTo || unit.validTo > period.end) return null;
  const ended = fill(WORDS.awards.ended, { date: dmy(unit.validTo) });
  if (!unit.successors?.length) return ended;
  return joinTexts([ended, fill(WORDS.awards.successors, { units: unit.successors.join(", ") })], "; ");
}

/** The units of the period's list it ends, each with what to say of it (see endedText). */
export function endedUnits(campaign: Campaign, period: Period): { unit: CampaignUnit; text: Text }[] {
  return campaign.units.flatMap((unit) => {
    const text = overlaps(period, unit.validFrom, unit.validTo) ? endedText(unit, period) : null;
    return text ? [{ unit, text }] : [];
  });
}
