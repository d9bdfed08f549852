/** Why a worker gave no result for a file: it ran past the limit, out of memory, crashed, or never started. */
export type WorkerFailure = "timeout" | "memory" | "crash" | "start";

/**
 * One worker as the pool drives it. It handles the tasks it is sent one at a time, in the order sent, and
 * answers each through its events: the pool may send the next task before the current one is done.
 */
export interface PoolWorker<T> {
  post(task: T): void;
  terminate(): void;
}

export interface PoolWorkerEvents<R> {
  /** It runs and takes its tasks: the time it took to start, which a busy machine stretches, is no task's. */
  started(): void;
  done(result: R): void;
  failed(why: Exclude<WorkerFailure, "timeout" | "start">): void;
}

export interface PoolOptions<T, R> {
  /** Workers at once, at least one. */
  readonly size: number;
  /** A task that takes longer, counted once its worker has started, has its worker terminated and replaced. */
  readonly timeoutMs: number;
  /** A worker that has not started by then, counted from when it was given its first task, is replaced too. */
  readonly startLimitMs: number;
  readonly spawn: (events: PoolWorkerEvents<R>) => PoolWorker<T>;
  /** The result that stands for a task whose worker failed, so the run goes on. */
  readonly failed: (task: T, why: WorkerFailure) => R;
  readonly progress?: (done: number, total: number, task: T) => void;
  /**
   * Where the tasks come in parts while the pool runs (a page hands its picked files to its worker in
   * parts): how many there are in all, and `onMore`, which calls its listener each time more have been
   * added to the end of the tasks. Each is sent as it comes; without it, the tasks are all there.
   */
  readonly coming?: Coming;
}

export interface Coming {
  readonly total: number;
  onMore(listener: () => void): void;
}

/**
 * Tasks each worker holds: the one it works on and the next, so it starts that one the moment it answers
 * instead of idling while the answer travels back and a new task travels out.
 */
const TASKS_PER_WORKER = 2;

interface Slot<T> {
  worker: PoolWorker<T> | null;
  /** Whether the worker has said it started: until then its clock runs on the start limit. */
  started: boolean;
  /** Bumped on every spawn, so a terminated worker's late events are ignored. */
  generation: number;
  /** The tasks sent to the worker, oldest first: the first is the one it is working on. */
  sent: number[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Runs every task on a pool of workers, each task under a time limit counted from when its worker starts
 * it, and each worker under a limit on its own start, which is no task's time. A worker that times out,
 * runs out of memory, crashes or never starts is terminated and replaced, its current task gets the
 * `failed` result and the tasks it held behind it are sent again. Results come back in the tasks' order,
 * whatever order the workers finish in.
 */
export function runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<R[]> {
  const total = options.coming?.total ?? tasks.length;
  const results = new Array<R>(total);
  const size = Math.max(1, Math.min(options.size, total));
  /** Tasks a failed worker held but never started, sent again before the untouched ones. */
  const resend: number[] = [];
  let next = 0;
  let finished = 0;

  return new Promise<R[]>((resolve) => {
    if (total === 0) return resolve([]);
    const slots: Slot<T>[] = Array.from({ length: size }, () => ({
      worker: null,
      started: false,
      generation: 0,
      sent: [],
      timer: undefined,
    }));

    // The limit's timer fails the file a turn later: an answer that came while this thread was busy past the
    // limit waits behind the timer (Node runs timers before messages) and, let in first, settles the file.
    const startClock = (slot: Slot<T>) => {
      clearTimeout(slot.timer);
      const [why, limit] = slot.started
        ? (["timeout", options.timeoutMs] as const)
        : (["start", options.startLimitMs] as const);
      slot.timer =
        slot.sent.length > 0
          ? setTimeout(() => (slot.timer = setTimeout(() => fail(slot, why), 0)), limit)
          : undefined;
    };

    const settle = (slot: Slot<T>, result: R) => {
      const index = slot.sent.shift()!;
      results[index] = result;
      finished++;
      options.progress?.(finished, total, tasks[index]!);
      if (finished === total) {
        for (const s of slots) {
          clearTimeout(s.timer);
          s.worker?.terminate();
        }
        resolve(results);
        return;
      }
      startClock(slot);
      feed(slot);
    };

    const fail = (slot: Slot<T>, why: WorkerFailure) => {
      if (slot.sent.length === 0) return;
      slot.worker?.terminate();
      slot.worker = null;
      resend.unshift(...slot.sent.slice(1));
      slot.sent.length = 1;
      settle(slot, options.failed(tasks[slot.sent[0]!]!, why));
    };

    const spawn = (slot: Slot<T>): PoolWorker<T> => {
      const generation = ++slot.generation;
      slot.started = false;
      const current = () => slot.generation === generation && slot.sent.length > 0;
      return options.spawn({
        // Said while it is being spawned, by a worker started ahead, or later: its clock restarts either way.
        started: () => {
          if (slot.generation !== generation || slot.started) return;
          slot.started = true;
          startClock(slot);
        },
        done: (result) => {
          if (current()) settle(slot, result);
        },
        failed: (why) => {
          if (current()) fail(slot, why);
        },
      });
    };

    const take = (): number | undefined => resend.shift() ?? (next < tasks.length ? next++ : undefined);

    const feed = (slot: Slot<T>, hold = TASKS_PER_WORKER) => {
      while (slot.sent.length < hold) {
        const index = take();
        if (index === undefined) break;
        slot.worker ??= spawn(slot);
        slot.sent.push(index);
        if (slot.sent.length === 1) startClock(slot);
        slot.worker.post(tasks[index]!);
      }
      // A worker left with nothing to do ends, unless tasks are still to come.
      if (slot.sent.length === 0 && next >= total) {
        slot.worker?.terminate();
        slot.worker = null;
      }
    };

    // A task for every worker first, so a few tasks are spread over the workers rather than queued.
    const feedAll = () => {
      for (const slot of slots) feed(slot, 1);
      for (const slot of slots) feed(slot);
    };
    feedAll();
    options.coming?.onMore(feedAll);
  });
}
