import { runPool, type PoolWorker, type PoolWorkerEvents, type WorkerFailure } from "../../src/pipeline";

type Behaviour = "answer" | "slow" | "hang" | "crash" | "memory";

/**
 * How a fake worker starts: `ms` after it is made (it says so then, and takes no task before), at once as it
 * is made (a worker started ahead), or never.
 */
type Start = number | "ahead" | "never";

/**
 * Workers that handle their tasks one at a time in the order sent, as a real worker does, each after a
 * turn of the event loop, doing as the task says; they record what they were sent and whether they ended.
 * The `n`th worker made starts as `starts[n]` says (after a turn, past the list).
 */
function fakeWorkers(starts: readonly Start[] = []) {
  const spawned: { terminated: boolean; tasks: string[]; started: string[] }[] = [];
  const spawn = (events: PoolWorkerEvents<string>): PoolWorker<string> => {
    const record = { terminated: false, tasks: [] as string[], started: [] as string[] };
    const waiting: string[] = [];
    const start = starts[spawned.length] ?? 0;
    let running = start === "ahead";
    let busy = false;
    const work = () => {
      if (!running) return;
      const task = waiting.shift();
      if (task === undefined || record.terminated) return;
      busy = true;
      record.started.push(task);
      const behaviour = task.split(":")[0] as Behaviour;
      setTimeout(
        () => {
          if (record.terminated || behaviour === "hang") return;
          busy = false;
          if (behaviour === "answer" || behaviour === "slow") events.done(`read ${task}`);
          else events.failed(behaviour);
          work();
        },
        behaviour === "slow" ? 20 : 5,
      );
    };
    spawned.push(record);
    if (start === "ahead") events.started();
    else if (start !== "never")
      setTimeout(() => {
        running = true;
        events.started();
        if (!busy) work();
      }, start);
    return {
      post: (task) => {
        record.tasks.push(task);
        waiting.push(task);
        if (!busy) work();
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
      startLimitMs: 1000,
      spawn,
      failed,
      progress: (done) => progress.push(done),
    });
    expect(results).toEqual(tasks.map((t) => `read ${t}`));
    expect(spawned).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });

  it("keeps the next task waiting in each worker, and spreads a few tasks over the workers first", async () => {
    const { spawn, spawned } = fakeWorkers();
    await runPool(["answer:1", "answer:2", "answer:3"], {
      size: 3,
      timeoutMs: 1000,
      startLimitMs: 1000,
      spawn,
      failed,
    });
    expect(spawned.map((w) => w.tasks)).toEqual([["answer:1"], ["answer:2"], ["answer:3"]]);
    const more = fakeWorkers();
    const tasks = Array.from({ length: 6 }, (_, i) => `answer:${i}`);
    let sentBeforeFirstAnswer = 0;
    await runPool(tasks, {
      size: 2,
      timeoutMs: 1000,
      startLimitMs: 1000,
      spawn: more.spawn,
      failed,
      progress: (done) => {
        if (done === 1) sentBeforeFirstAnswer = more.spawned.reduce((n, w) => n + w.tasks.length, 0);
      },
    });
    expect(sentBeforeFirstAnswer).toBe(4);
  });

  it("replaces a worker that hangs, crashes or runs out of memory, and goes on", async () => {
    const { spawn, spawned } = fakeWorkers();
    const tasks = ["answer:1", "hang:2", "crash:3", "answer:4", "memory:5", "answer:6"];
    const results = await runPool(tasks, { size: 2, timeoutMs: 50, startLimitMs: 1000, spawn, failed });
    expect(results).toEqual([
      "read answer:1",
      "timeout hang:2",
      "crash crash:3",
      "read answer:4",
      "memory memory:5",
      "read answer:6",
    ]);
    const hung = spawned.find((w) => w.started.includes("hang:2"))!;
    expect(hung.terminated).toBe(true);
    expect(hung.started.at(-1)).toBe("hang:2");
    // Every task was started by some worker, and only the hung one was cut short.
    expect(new Set(spawned.flatMap((w) => w.started))).toEqual(new Set(tasks));
  });

  it("sends again, to a new worker, the tasks a failed worker held but never started", async () => {
    const { spawn, spawned } = fakeWorkers();
    const results = await runPool(["hang:1", "answer:2", "answer:3"], {
      size: 1,
      timeoutMs: 30,
      startLimitMs: 1000,
      spawn,
      failed,
    });
    expect(results).toEqual(["timeout hang:1", "read answer:2", "read answer:3"]);
    expect(spawned[0]!.tasks).toEqual(["hang:1", "answer:2"]);
    expect(spawned[0]!.started).toEqual(["hang:1"]);
    expect(spawned[1]!.started).toEqual(["answer:2", "answer:3"]);
  });

  it("counts a task's time from when its worker starts it, not from when it was sent", async () => {
    const { spawn } = fakeWorkers();
    // Each takes 20 ms of a 30 ms limit; the second waits 20 ms in the worker before it starts.
    const tasks = ["slow:1", "slow:2", "slow:3"];
    const results = await runPool(tasks, { size: 1, timeoutMs: 30, startLimitMs: 1000, spawn, failed });
    expect(results).toEqual(tasks.map((t) => `read ${t}`));
  });

  it("counts no task's time while its worker starts, however long that takes", async () => {
    const { spawn } = fakeWorkers([80]);
    const results = await runPool(["slow:1", "slow:2"], {
      size: 1,
      timeoutMs: 30,
      startLimitMs: 1000,
      spawn,
      failed,
    });
    expect(results).toEqual(["read slow:1", "read slow:2"]);
  });

  it("replaces a worker that never starts, refuses its task for that, and goes on", async () => {
    const { spawn, spawned } = fakeWorkers(["never"]);
    const tasks = ["answer:1", "answer:2"];
    const results = await runPool(tasks, { size: 1, timeoutMs: 1000, startLimitMs: 40, spawn, failed });
    expect(results).toEqual(["start answer:1", "read answer:2"]);
    expect(spawned[0]!.terminated).toBe(true);
    expect(spawned[0]!.started).toEqual([]);
  });

  it("counts a task's time at once on a worker started ahead that said it runs as it was taken", async () => {
    const { spawn } = fakeWorkers(["ahead"]);
    const results = await runPool(["hang:1"], {
      size: 1,
      timeoutMs: 30,
      startLimitMs: 60_000,
      spawn,
      failed,
    });
    expect(results).toEqual(["timeout hang:1"]);
  });

  it("resolves at once with nothing to do", async () => {
    const { spawn, spawned } = fakeWorkers();
    await expect(runPool([], { size: 2, timeoutMs: 10, startLimitMs: 1000, spawn, failed })).resolves.toEqual(
      [],
    );
    expect(spawned).toHaveLength(0);
  });
});

describe("tasks that come in parts", () => {
  it("sends each task as it comes, keeps a worker waiting for more, and ends once the last is done", async () => {
    const { spawn, spawned } = fakeWorkers();
    const tasks: string[] = [];
    const listeners: (() => void)[] = [];
    const add = (...more: string[]) => {
      tasks.push(...more);
      for (const listener of listeners) listener();
    };
    let finished = false;
    const results = runPool(tasks, {
      size: 2,
      timeoutMs: 1000,
      startLimitMs: 1000,
      spawn,
      failed,
      coming: { total: 3, onMore: (listener) => void listeners.push(listener) },
    }).then((all) => ((finished = true), all));
    expect(spawned).toHaveLength(0);
    add("answer:0");
    expect(spawned.map((w) => w.tasks)).toEqual([["answer:0"]]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Its task done, the worker waits for the next rather than ending.
    expect(finished).toBe(false);
    expect(spawned[0]!.terminated).toBe(false);
    add("answer:1", "answer:2");
    expect(await results).toEqual(["read answer:0", "read answer:1", "read answer:2"]);
    expect(spawned).toHaveLength(2);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });
});
