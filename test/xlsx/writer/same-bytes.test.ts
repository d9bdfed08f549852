import { constants, crc32, deflateRawSync } from "node:zlib";
import type { SheetPlan } from "../../../src/core/layout/plan";
import { writeWorkbookPlan, type PartDeflater } from "../../../src/xlsx";

const sheet: SheetPlan = {
  name: "S",
  visibility: "visible",
  cells: [{ row: 0, col: 0, value: 7 }],
  merges: [],
  columnWidths: [],
  validations: [],
  protect: false,
  title: { vi: "S", en: "S" },
};
const plan = { sheets: [sheet], names: [] };
const modified = new Date("2025-07-01T00:00:00Z");
const nodeDeflate: PartDeflater = {
  part: () => (chunk, final) =>
    deflateRawSync(chunk, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  crc32: (chunk, value) => crc32(chunk, value),
};

/** The plan written twice, the clock an hour on at the second. */
async function writtenTwice(options: Parameters<typeof writeWorkbookPlan>[1]): Promise<Uint8Array[]> {
  const clock = jest.spyOn(Date, "now");
  try {
    clock.mockReturnValue(Date.parse("2026-01-05T08:00:00Z"));
    const first = await writeWorkbookPlan(plan, options);
    clock.mockReturnValue(Date.parse("2026-01-05T09:00:00Z"));
    return [first, await writeWorkbookPlan(plan, options)];
  } finally {
    clock.mockRestore();
  }
}

// A test file's report is the same bytes in every test file where it says when it was saved, so that what
// LibreOffice makes of it is converted once for a test run (test/support/libreoffice-cache.js).
describe("a workbook written with the moment it says it was saved", () => {
  it.each([
    ["fflate's deflate", {}],
    ["the surface's deflate", { deflater: nodeDeflate }],
  ])("is the same bytes whenever it is written (%s)", async (_, codec) => {
    const [first, second] = await writtenTwice({ modified, ...codec });
    expect(Buffer.from(second!).equals(Buffer.from(first!))).toBe(true);
  });

  it("is dated by the clock where no moment is given", async () => {
    const [first, second] = await writtenTwice({});
    expect(Buffer.from(second!).equals(Buffer.from(first!))).toBe(false);
  });
});
