import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CELL_DETAILS } from "../../../src/core/looks/cell-details";
import { CELL_LIES } from "../../../src/core/looks/cell-lies";
import { OTHER_DETAILS } from "../../../src/core/looks/other-details";
import { OTHER_THREATS } from "../../../src/core/looks/other-threats";
import { THREAT_CLASSES } from "../../../src/core/looks/threat-classes";

const ROOT = path.resolve(__dirname, "../../..");
const CORPUS = readFileSync(path.join(ROOT, "test/support/honest-corpus/cases.ts"), "utf8");

/** Whether a proof names a test file that exists, or a change of the honest corpus that it lists. */
function proofExists(proof: string): boolean {
  const change = /^honest-corpus:(\w+)$/.exec(proof)?.[1];
  if (change !== undefined) return new RegExp(`^\\s+${change}:`, "m").test(CORPUS);
  return existsSync(path.join(ROOT, proof));
}

describe("the threat model", () => {
  it("names each class once, each cell lie in a file of its own name that judges it", () => {
    const ids = THREAT_CLASSES.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unjudged = THREAT_CLASSES.filter((card) => !existsSync(path.join(ROOT, "src", card.checkedBy)));
    expect(unjudged.map((card) => `${card.id}: src/${card.checkedBy}`)).toEqual([]);
    for (const lie of CELL_LIES)
      expect(readFileSync(path.join(ROOT, "src/core/looks", `${lie.id}.ts`), "utf8")).toContain(
        `id: "${lie.id}"`,
      );
  });

  it("judges a cell lie only after the classes that make it moot", () => {
    CELL_LIES.forEach((lie, at) => {
      const earlier = CELL_LIES.slice(0, at).map((other) => other.id);
      for (const id of lie.unless ?? []) expect(earlier).toContain(id);
    });
  });

  it("proves each class with tests that exist: the lie refused, its honest twin accepted", () => {
    const missing = THREAT_CLASSES.flatMap((card) =>
      [...card.proof.lie, ...card.proof.twin]
        .filter((proof) => !proofExists(proof))
        .map((p) => `${card.id}: ${p}`),
    );
    expect(missing).toEqual([]);
    const unproved = THREAT_CLASSES.filter(
      (card) => card.proof.lie.length === 0 || card.proof.twin.length === 0,
    );
    expect(unproved.map((card) => card.id)).toEqual([]);
  });

  it("tells how each detail's class is told under that class's own id, so that no detail is dropped", () => {
    const cells = new Set(CELL_LIES.map((lie) => lie.id));
    const others = new Set(OTHER_THREATS.map((card) => card.id));
    expect(Object.keys(CELL_DETAILS).filter((id) => !cells.has(id))).toEqual([]);
    expect(Object.keys(OTHER_DETAILS).filter((id) => !others.has(id))).toEqual([]);
    const told = THREAT_CLASSES.filter((card) => card.how !== undefined).map((card) => card.id);
    expect(told.sort()).toEqual([...Object.keys(CELL_DETAILS), ...Object.keys(OTHER_DETAILS)].sort());
  });
});
