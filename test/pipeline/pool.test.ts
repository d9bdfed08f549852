import { runPool, type PoolWorker, type PoolWorkerEvents, type WorkerFailure } from "../../src/pipeline";

type Behaviour = "answer" | "hang" | "crash" | "memory";

/** Workers that do as the task says, after a turn of the event loop, and record what happens to them. */
function fakeWorkers() {
  const spawned: { terminated: boolean; tasks: string[] }[] = [];
  const spawn = (events: PoolWorkerEvents<string>): PoolWorker<string> => {
    const record = { terminated: false, tasks: [] as string[] };
    spawned.push(record);
    return {
      post: (task) => {
        record.tasks.push(task);
        const behaviour = task.split(":")[0] as Behaviour;
        setTimeout(() => {
          if (record.terminated) return;
          if (behaviour === "answer") events.done(`read ${task}`);
          else if (behaviour === "crash" || behaviour === "memory") events.failed(behaviour);
        }, 5);
      },
      terminate: () => {
        record.terminated = true;
      },
    };
  };
  return { spawn, spawned };
}

const failed = (task: string, why: WorkerFailure) => `${why} ${task}`;

describe("the read pool", () => {
  it("gives every task's result in the tasks' order, on at most `size` workers", async () => {
    const { spawn, spawned } = fakeWorkers();
    const tasks = Array.from({ length: 9 }, (_, i) => `answer:${i}`);
    const progress: number[] = [];
    const results = await runPool(tasks, {
      size: 3,
      timeoutMs: 1000,
      spawn,
      failed,
      progress: (done) => progress.push(done),
    });
    expect(results).toEqual(tasks.map((t) => `read ${t}`));
    expect(spawned).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it("replaces a worker that hangs, crashes or runs out of memory, and goes on", async () => {
    const { spawn, spawned } = fakeWorkers();
    const tasks = ["answer:1", "hang:2", "crash:3", "answer:4", "memory:5", "answer:6"];
    const results = await runPool(tasks, { size: 2, timeoutMs: 50, spawn, failed });
    expect(results).toEqual([
      "read answer:1",
      "timeout hang:2",
      "crash crash:3",
      "read answer:4",
      "memory memory:5",
      "read answer:6",
    ]);
    // Two to start with, and a replacement for each failure while files remain: the crash and the
    // out-of-memory; the hang is the last to end, with nothing left to read.
    expect(spawned).toHaveLength(4);
    const hung = spawned.find((w) => w.tasks.includes("hang:2"))!;
    expect(hung.terminated).toBe(true);
    expect(hung.tasks.at(-1)).toBe("hang:2");
  });

  it("resolves at once with nothing to do", async () => {
    const { spawn, spawned } = fakeWorkers();
    await expect(runPool([], { size: 2, timeoutMs: 10, spawn, failed })).resolves.toEqual([]);
    expect(spawned).toHaveLength(0);
  });
});
