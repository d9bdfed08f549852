import {
  fill,
  findPeriod,
  isValidUnitCode,
  joinTexts,
  parsePeriod,
  UNIT_KINDS,
  unitKindOf,
  type Campaign,
  type ExpectedUnit,
  type ParentUnit,
  type Period,
  type PreviousFigures,
  type RollupOptions,
  type Text,
  type UnitKind,
} from "../core";
import { WORDS } from "../core/vocabulary";

/** A roll-up that cannot start: the choices made for it do not fit together. */
export class SetupError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** What the user chose for a roll-up, in whichever surface, before any received file is read. */
export interface RollupSetup {
  readonly campaign?: Campaign;
  readonly periodId?: string;
  /** The expected units, when given apart from the campaign (a units CSV): they replace its list. */
  readonly units?: readonly ExpectedUnit[];
  readonly previous?: PreviousFigures;
  /** The summarising unit as given (an option, a field): each part given replaces the campaign's. */
  readonly parent?: { readonly code?: string; readonly name?: string; readonly kind?: string };
  /** As typed: a number above 1. */
  readonly jumpFactor?: number | string;
}

/** A period of the campaign by its id, or a default period (2025-D1, 2025) when there is no campaign. */
export function periodOf(campaign: Campaign | undefined, id: string): Period {
  const period = campaign ? findPeriod(campaign, id) : parsePeriod(id);
  if (period) return period;
  const known = campaign ? campaign.periods.map((p) => p.id).join(", ") : "YYYY-D1, YYYY-D2, YYYY";
  throw new SetupError(fill(WORDS.setup.unknownPeriod, { period: id, known }));
}

/**
 * The unit the summary is made by and sent upward under: each of its code and name as given, else as the
 * campaign names it (TD_Parent); none where either is unknown, so that no placeholder goes upward.
 */
export function summarisingUnit(setup: RollupSetup): ParentUnit | undefined {
  const code = setup.parent?.code?.trim() || setup.campaign?.parent?.code;
  const name = setup.parent?.name?.trim() || setup.campaign?.parent?.name;
  return code && name ? { code, name, kind: parentKind(setup) } : undefined;
}

/**
 * The summarising unit's kind as given, else as the campaign names it, else a province's federation (every
 * summary's before the kind was asked): its summary speaks of "toàn huyện", "toàn ngành"… by it.
 */
function parentKind(setup: RollupSetup): UnitKind {
  const typed = setup.parent?.kind?.trim();
  return typed ? typedParentKind(typed) : (setup.campaign?.parent?.kind ?? "federation");
}

/**
 * A summarising unit's kind as typed (its key, its name in either language, a shorter one officers
 * write), for a roll-up and a new campaign alike; refused with the kinds to pick from.
 */
export function typedParentKind(typed: string): UnitKind {
  const kind = unitKindOf(typed.trim());
  if (kind) return kind;
  const kinds = joinTexts(
    UNIT_KINDS.map((k) => k.label),
    "; ",
  );
  throw new SetupError(fill(WORDS.setup.badParentKind, { kind: typed.trim(), kinds }));
}

/** A summarising unit's code as typed, for a roll-up and a new campaign alike; refused where it is no code. */
export function checkedParentCode(code: string): string {
  if (!isValidUnitCode(code)) throw new SetupError(fill(WORDS.setup.badParentCode, { code }));
  return code;
}

/**
 * The roll-up's options from the user's choices, checked the same way in the CLI, the page and the
 * add-in: the period exists, the summary unit's code is valid, the jump factor is above 1.
 */
export function rollupOptions(setup: RollupSetup): RollupOptions {
  const { campaign, units, previous } = setup;
  const period = setup.periodId ? periodOf(campaign, setup.periodId) : undefined;
  const code = setup.parent?.code?.trim() || campaign?.parent?.code;
  if (code) checkedParentCode(code);
  // A code alone names the unit by its code: a summary shown, never one written (`summarisingUnit`).
  const parent = code ? (summarisingUnit(setup) ?? { code, name: code, kind: parentKind(setup) }) : undefined;
  const jumpFactor = setup.jumpFactor === undefined ? undefined : Number(setup.jumpFactor);
  if (jumpFactor !== undefined && !(jumpFactor > 1))
    throw new SetupError(fill(WORDS.setup.badJumpFactor, { value: String(setup.jumpFactor) }));
  return {
    ...(period ? { period } : {}),
    ...(campaign ? { campaign: units ? { ...campaign, units } : campaign } : {}),
    ...(previous ? { previous } : {}),
    ...(jumpFactor ? { jumpFactor } : {}),
    ...(units ? { expectedUnits: units } : {}),
    ...(parent ? { parent } : {}),
  };
}
