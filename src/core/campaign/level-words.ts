import { nameKey } from "../text/fold";
import { capitalised, type Text } from "../text/text";
import { UNIT_KINDS, type UnitKind } from "../model/units";
import type { NominationScope } from "../catalog/nominations";
import { WORDS } from "../vocabulary";

/**
 * A summary speaks of its whole as its summarising unit's level: "toàn tỉnh" for a province's
 * federation, "toàn huyện" for a district's, "toàn ngành" for a sector union; a unit of no kind is a
 * province, as every summary was before the kind was asked.
 */
export const levelWithin = (kind: UnitKind | undefined): Text => WORDS.summaryLevels[kind ?? "federation"];

/** The level as an award's scope names it, or a sentence begins with it: "Toàn huyện". */
export function levelScope(kind: UnitKind | undefined): Text {
  const within = levelWithin(kind);
  return { vi: capitalised(within.vi), en: capitalised(within.en) };
}

/** Toàn tỉnh / Mỗi cụm / Mỗi đơn vị as the summary of a unit of `kind` names an award's scope. */
export function scopeText(scope: NominationScope, kind: UnitKind | undefined): Text {
  if (scope === "province") return levelScope(kind);
  return scope === "bloc" ? WORDS.awardScopes.bloc : WORDS.nominations.scopeUnit;
}

/** Whether `text` names the whole at any level: Toàn tỉnh, Toàn huyện, Toàn ngành… (the scope `province`). */
export const namesWhole = (text: string): boolean =>
  UNIT_KINDS.some(({ key }) => {
    const scope = levelScope(key);
    return [scope.vi, scope.en].map(nameKey).includes(nameKey(text));
  });
