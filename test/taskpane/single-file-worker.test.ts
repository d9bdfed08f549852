/** @jest-environment node */
import { JOB_WORKER, READER } from "../../src/taskpane/worker/single-file-roles";
import { READER_STARTED } from "../../src/pipeline";

/** Runs thidua.html's worker script under `name`, and says which of its two roles' modules it loaded. */
async function rolesLoaded(name: string): Promise<string[]> {
  const loaded: string[] = [];
  const scope = {
    name,
    navigator: { hardwareConcurrency: 2 },
    onmessage: null as ((event: MessageEvent<string>) => void) | null,
  };
  // A reader, which says it runs once its script does.
  const Worker = jest.fn(() => {
    loaded.push("a reader started");
    const reader = { terminate: () => undefined, onmessage: null as ((event: MessageEvent) => void) | null };
    setTimeout(() => reader.onmessage?.({ data: READER_STARTED } as MessageEvent), 5);
    return reader;
  });
  Object.assign(globalThis, { self: scope, Worker });
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
  await new Promise((resolve) => setTimeout(resolve, 50));
  return loaded;
}

describe("thidua.html's worker script", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).self;
    delete (globalThis as Record<string, unknown>).Worker;
  });

  it("loads only the reader's modules in a reader: the job worker's roll-up and writer wait for no reader", async () => {
    expect(await rolesLoaded(READER)).toEqual(["reader"]);
  });

  it("starts its reader before loading the job worker's modules in the job worker, and only those", async () => {
    const made = jest.spyOn(URL, "createObjectURL").mockReturnValue("blob:script");
    // Its reader first, which loads its code meanwhile.
    expect(await rolesLoaded(JOB_WORKER)).toEqual(["a reader started", "job worker"]);
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
  });
});
