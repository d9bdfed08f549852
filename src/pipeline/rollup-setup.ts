import {
  fill,
  findPeriod,
  isValidUnitCode,
  parsePeriod,
  type Campaign,
  type ExpectedUnit,
  type Period,
  type PreviousFigures,
  type RollupOptions,
  type Text,
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
  readonly parent?: { readonly code: string; readonly name?: string };
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
 * The roll-up's options from the user's choices, checked the same way in the CLI, the page and the
 * add-in: the period exists, the summary unit's code is valid, the jump factor is above 1.
 */
export function rollupOptions(setup: RollupSetup): RollupOptions {
  const { campaign, units, previous, parent } = setup;
  const period = setup.periodId ? periodOf(campaign, setup.periodId) : undefined;
  if (parent && !isValidUnitCode(parent.code))
    throw new SetupError(fill(WORDS.setup.badParentCode, { code: parent.code }));
  const jumpFactor = setup.jumpFactor === undefined ? undefined : Number(setup.jumpFactor);
  if (jumpFactor !== undefined && !(jumpFactor > 1))
    throw new SetupError(fill(WORDS.setup.badJumpFactor, { value: String(setup.jumpFactor) }));
  return {
    ...(period ? { period } : {}),
    ...(campaign ? { campaign: units ? { ...campaign, units } : campaign } : {}),
    ...(previous ? { previous } : {}),
    ...(jumpFactor ? { jumpFactor } : {}),
    ...(units ? { expectedUnits: units } : {}),
    ...(parent
      ? { parent: { code: parent.code, name: parent.name || parent.code, kind: "federation" as const } }
      : {}),
  };
}
