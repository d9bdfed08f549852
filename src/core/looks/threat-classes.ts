import { CELL_LIES } from "./cell-lies";
import { CELL_DETAILS } from "./cell-details";
import { CELL_PROOFS } from "./cell-proofs";
import { OTHER_DETAILS } from "./other-details";
import { OTHER_THREATS } from "./other-threats";
import type { ThreatCard } from "./threat-card";

/** Every class of the threat model: the cell lies the judge tells, then those checked elsewhere. */
export const THREAT_CLASSES: readonly ThreatCard[] = [
  ...CELL_LIES.map(
    (lie): ThreatCard => ({
      id: lie.id,
      scope: "cell",
      rules: lie.rules,
      title: lie.title,
      lie: lie.lie,
      twin: lie.twin,
      ...CELL_DETAILS[lie.id],
      facts: lie.facts,
      checkedBy: `core/looks/${lie.id}.ts`,
      proof: CELL_PROOFS[lie.id] ?? { lie: [], twin: [] },
    }),
  ),
  ...OTHER_THREATS.map((card): ThreatCard => ({ ...card, ...OTHER_DETAILS[card.id] })),
];
