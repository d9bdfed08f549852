import { unzipSync } from "fflate";
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { PlanCell, SheetPlan } from "../../../src/core/layout/plan";
import { writeWorkbookPlan, type PartDeflater } from "../../../src/xlsx";

/** A sheet whose part runs to several batches of the writer's text (a megabyte each). */
const large: SheetPlan = {
  name: "S",
  visibility: "visible",
  cells: Array.from({ length: 60_000 }, (_, i): PlanCell => ({ row: i >> 4, col: i & 15, value: i * 7 })),
  merges: [],
  columnWidths: [],
  validations: [],
  protect: false,
  title: { vi: "S", en: "S" },
};
const plan = { sheets: [large, { ...large, name: "T" }], names: [] };
const modified = new Date("2025-07-01T00:00:00Z");

const deflated = (chunk: Uint8Array, final: boolean) =>
  deflateRawSync(chunk, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

/** Node's deflate, answered later, the part's first chunks last: each chunk's answer waits longer. */
const later: PartDeflater = {
  part: () => {
    let waits = 40;
    return (chunk, final) => {
      const wait = (waits -= 10);
      return new Promise((resolve) => setTimeout(() => resolve(deflated(chunk, final)), Math.max(0, wait)));
    };
  },
  crc32: (chunk, value) => crc32(chunk, value),
};
const atOnce: PartDeflater = { part: () => deflated, crc32: later.crc32 };

describe("a workbook whose parts are deflated on another thread", () => {
  it("holds the same parts as one deflated at once, each chunk in its place", async () => {
    const now = unzipSync(await writeWorkbookPlan(plan, { modified, deflater: atOnce }));
    const then = unzipSync(await writeWorkbookPlan(plan, { modified, deflater: later }));
    expect(now["xl/worksheets/sheet1.xml"]!.length).toBeGreaterThan(1 << 20);
    expect(Object.keys(then)).toEqual(Object.keys(now));
    // Compared as buffers: Jest compares two megabytes of typed array element by element for a minute.
    const differing = Object.keys(now).filter(
      (name) => !Buffer.from(then[name]!).equals(Buffer.from(now[name]!)),
    );
    expect(differing).toEqual([]);
  });

  it("is not written when a deflate fails", async () => {
    const failing: PartDeflater = {
      part: () => (chunk, final) =>
        final ? Promise.reject(new Error("no room")) : Promise.resolve(deflated(chunk, final)),
      crc32: later.crc32,
    };
    await expect(writeWorkbookPlan(plan, { modified, deflater: failing })).rejects.toThrow("no room");
  });
});
