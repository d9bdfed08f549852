/** The worker script (single-file.worker.ts, bundled whole), written in here as text by the build. */
declare const THIDUA_WORKER_SCRIPT: string;

/** A module of its own, so that the page's start carries the 1.2 MB of text but does not compile it. */
export const workerText: string = THIDUA_WORKER_SCRIPT;
