import {
  NOMINATION_SCOPES,
  NOMINATION_SUBJECTS,
  type NominationScope,
  type NominationSubject,
} from "../catalog";
import { parsePlannedTarget } from "../model/targets";
import { nameKey } from "../text/fold";
import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";
import type { TableRow } from "./table-cells";
import { namesWhole } from "./level-words";

/** Who an award of TD_Awards goes to: units by score (the default), or people or works units propose. */
export type AwardSubject = "unit" | NominationSubject;

const SUBJECT_WORDS: Readonly<Record<AwardSubject, Text>> = {
  unit: WORDS.nominations.unitSubject,
  person: WORDS.nominations.person,
  work: WORDS.nominations.work,
};

/** The words the Đối tượng column is written with, in the order of its drop-down. */
export const AWARD_SUBJECTS: readonly AwardSubject[] = ["unit", ...NOMINATION_SUBJECTS];
export const subjectWords = (subject: AwardSubject): Text => SUBJECT_WORDS[subject];

/** Đơn vị / Cá nhân / Công trình, sáng kiến (or "Công trình", "Sáng kiến" alone), keys, English; blank is Đơn vị. */
export function subjectOf(text: string): AwardSubject | null {
  const typed = nameKey(text);
  if (typed === "") return "unit";
  const spellings = (s: AwardSubject) => [
    s,
    SUBJECT_WORDS[s].vi,
    SUBJECT_WORDS[s].en,
    ...(s === "work" ? ["Công trình", "Sáng kiến"] : []),
    ...(s === "unit" ? ["Tập thể"] : []),
  ];
  return AWARD_SUBJECTS.find((s) => spellings(s).map(nameKey).includes(typed)) ?? null;
}

export const acceptedSubjects: Text = {
  vi: AWARD_SUBJECTS.map((s) => SUBJECT_WORDS[s].vi).join("; "),
  en: AWARD_SUBJECTS.map((s) => `${SUBJECT_WORDS[s].en} (${s})`).join("; "),
};

const SCOPE_WORDS: Readonly<Record<NominationScope, Text>> = {
  province: WORDS.awardScopes.province,
  bloc: WORDS.awardScopes.bloc,
  unit: WORDS.nominations.scopeUnit,
};

/** Toàn tỉnh (Toàn huyện, Toàn ngành… at other levels) / Mỗi cụm / Mỗi đơn vị, their English names or keys. */
export function nominationScopeOf(text: string): NominationScope | null {
  const typed = nameKey(text);
  if (namesWhole(text)) return "province";
  return (
    NOMINATION_SCOPES.find((s) => [s, SCOPE_WORDS[s].vi, SCOPE_WORDS[s].en].map(nameKey).includes(typed)) ??
    null
  );
}

/**
 * A share as typed: "50%", "0,5", 50, "ít nhất 30%", or a percent cell (which holds the fraction it
 * shows); null when it is none, or not from 0 to 100 %.
 */
export function nominationShare(row: TableRow, column: string): number | null {
  const value = row.value(column);
  const share =
    value?.type === "number"
      ? row.shown(column)?.trim().endsWith("%") || value.value <= 1
        ? value.value
        : value.value / 100
      : parsePlannedTarget(row.text(column), "ratio");
  return share !== null && Number.isFinite(share) && share >= 0 && share <= 1 ? share : null;
}
