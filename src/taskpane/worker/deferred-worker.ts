/** What a job needs of its worker. */
export interface JobWorker {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/**
 * A worker whose script is still being unpacked: messages wait for it in order, and one terminated before
 * it starts never starts. Lets a job begin at once while the page gets its worker's code ready.
 */
export class DeferredWorker implements JobWorker {
  onmessage: JobWorker["onmessage"] = null;
  onerror: JobWorker["onerror"] = null;
  private waiting: unknown[] = [];
  private worker: Worker | undefined;
  private ended = false;

  constructor(start: Promise<Worker>) {
    start.then(
      (worker) => {
        if (this.ended) return worker.terminate();
        this.worker = worker;
        worker.onmessage = (event) => this.onmessage?.(event);
        worker.onerror = (event) => this.onerror?.(event);
        for (const message of this.waiting) worker.postMessage(message);
        this.waiting = [];
      },
      (error: unknown) => {
        if (!this.ended) this.onerror?.(new ErrorEvent("error", { message: String(error) }));
      },
    );
  }

  postMessage(message: unknown): void {
    if (this.worker) this.worker.postMessage(message);
    else this.waiting.push(message);
  }

  terminate(): void {
    this.ended = true;
    this.worker?.terminate();
  }
}
