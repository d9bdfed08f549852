/** @jest-environment node */
import { JOB_WORKER, READER } from "../../src/taskpane/worker/single-file-roles";

/** Runs thidua.html's worker script under `name`, and says which of its two roles' modules it loaded. */
async function rolesLoaded(name: string): Promise<string[]> {
  const loaded: string[] = [];
  const scope = { name, onmessage: null as ((event: MessageEvent<string>) => void) | null };
  (globalThis as Record<string, unknown>).self = scope;
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/taskpane/worker/serve-reads", () => {
      loaded.push("reader");
      return { serveReads: () => undefined };
    });
    jest.doMock("../../src/taskpane/worker/serve-jobs", () => {
      loaded.push("job worker");
      return { serveJobs: () => undefined };
    });
    await import("../../src/taskpane/worker/single-file.worker");
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  scope.onmessage?.({ data: "the worker's script" } as MessageEvent<string>);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return loaded;
}

describe("thidua.html's worker script", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).self);

  it("loads only the reader's modules in a reader: the job worker's roll-up and writer wait for no reader", async () => {
    expect(await rolesLoaded(READER)).toEqual(["reader"]);
  });

  it("loads only the job worker's modules in the job worker", async () => {
    const made = jest.spyOn(URL, "createObjectURL").mockReturnValue("blob:script");
    expect(await rolesLoaded(JOB_WORKER)).toEqual(["job worker"]);
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
  });
});
