/** Why a worker gave no result for a file. */
export type WorkerFailure = "timeout" | "memory" | "crash";

/** One worker as the pool drives it: it is sent one task at a time and answers through its events. */
export interface PoolWorker<T> {
  post(task: T): void;
  terminate(): void;
}

export interface PoolWorkerEvents<R> {
  done(result: R): void;
  failed(why: Exclude<WorkerFailure, "timeout">): void;
}

export interface PoolOptions<T, R> {
  /** Workers at once, at least one. */
  readonly size: number;
  /** A task that takes longer has its worker terminated and replaced. */
  readonly timeoutMs: number;
  readonly spawn: (events: PoolWorkerEvents<R>) => PoolWorker<T>;
  /** The result that stands for a task whose worker failed, so the run goes on. */
  readonly failed: (task: T, why: WorkerFailure) => R;
  readonly progress?: (done: number, total: number, task: T) => void;
}

interface Slot<T> {
  worker: PoolWorker<T> | null;
  /** Bumped on every spawn, so a terminated worker's late events are ignored. */
  generation: number;
  index: number | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Runs every task on a pool of workers, each task under a time limit; a worker that times out, runs out of
 * memory or crashes is terminated and replaced, and its task gets the `failed` result. Results come back in
 * the tasks' order, whatever order the workers finish in.
 */
export function runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  const size = Math.max(1, Math.min(options.size, tasks.length));
  let next = 0;
  let finished = 0;

  return new Promise<R[]>((resolve) => {
    if (tasks.length === 0) return resolve([]);
    const slots: Slot<T>[] = Array.from({ length: size }, () => ({
      worker: null,
      generation: 0,
      index: null,
      timer: undefined,
    }));

    const settle = (slot: Slot<T>, index: number, result: R) => {
      clearTimeout(slot.timer);
      slot.index = null;
      results[index] = result;
      finished++;
      options.progress?.(finished, tasks.length, tasks[index]!);
      if (finished === tasks.length) {
        for (const s of slots) s.worker?.terminate();
        resolve(results);
      } else feed(slot);
    };

    const fail = (slot: Slot<T>, why: WorkerFailure) => {
      const index = slot.index;
      if (index === null) return;
      slot.worker?.terminate();
      slot.worker = null;
      settle(slot, index, options.failed(tasks[index]!, why));
    };

    const spawn = (slot: Slot<T>): PoolWorker<T> => {
      const generation = ++slot.generation;
      const current = () => slot.generation === generation && slot.index !== null;
      return options.spawn({
        done: (result) => {
          if (current()) settle(slot, slot.index!, result);
        },
        failed: (why) => {
          if (current()) fail(slot, why);
        },
      });
    };

    const feed = (slot: Slot<T>) => {
      if (next >= tasks.length) {
        slot.worker?.terminate();
        slot.worker = null;
        return;
      }
      const index = next++;
      slot.worker ??= spawn(slot);
      slot.index = index;
      slot.timer = setTimeout(() => fail(slot, "timeout"), options.timeoutMs);
      slot.worker.post(tasks[index]!);
    };

    for (const slot of slots) feed(slot);
  });
}
