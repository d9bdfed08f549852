import type { ThreatCard } from "./threat-card";

/** The tests that make each cell lie (`CELL_LIES`) with a program, and its honest twin. */
export const CELL_PROOFS: Readonly<Record<string, ThreatCard["proof"]>> = {};
