import { dmy } from "../model/period";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import type { CampaignUnit } from "./types";

/**
 * What a listed unit's report of a period outside its dates must be told: the dates the list gives it
 * and who took it over. A district dissolved on 30/6/2025 sending Đợt 2 is in the list; telling its
 * clerk to have it added would have the province list it twice.
 */
export function outsideValidity(unit: CampaignUnit): { validity: Text; successors: Text | "" } {
  const dates = {
    from: unit.validFrom ? dmy(unit.validFrom) : "",
    to: unit.validTo ? dmy(unit.validTo) : "",
  };
  const validity = fill(
    unit.validFrom
      ? unit.validTo
        ? WORDS.unitValidity.between
        : WORDS.unitValidity.from
      : WORDS.unitValidity.until,
    dates,
  );
  const successors = unit.successors?.length
    ? fill(WORDS.unitValidity.successors, { units: unit.successors.join(", ") })
    : "";
  return { validity, successors };
}
