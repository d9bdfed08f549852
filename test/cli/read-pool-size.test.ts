import { readingProcessesFor } from "../../src/cli/read-pool";

describe("how many reading processes a command starts", () => {
  it("starts one for a province's usual round, where a second would cost more than it reads", () => {
    expect([1, 100, 200].map((files) => readingProcessesFor(files, 2))).toEqual([1, 1, 1]);
    expect(readingProcessesFor(0, 8)).toBe(1);
  });

  it("starts one more for every 200 files, never more than one a core", () => {
    expect([201, 400, 1_000, 3_400].map((files) => readingProcessesFor(files, 2))).toEqual([2, 2, 2, 2]);
    expect([201, 401, 1_000, 3_400].map((files) => readingProcessesFor(files, 8))).toEqual([2, 3, 5, 8]);
    expect(readingProcessesFor(1_000, 1)).toBe(1);
  });
});
