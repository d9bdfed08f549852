/// <reference lib="webworker" />
import { JOB_WORKER, READER } from "./single-file-roles";

// thidua.html's one worker script, in both roles. A page opened from disk has the origin "null", and a
// worker of such a page may start another only from a blob: URL it made itself, not from the page's: so
// the page sends the job worker this script's text first, and it makes its readers from that.
// Each role loads only its own modules (the script is one chunk: an import here runs a module, it fetches
// nothing): a reader has no use for the roll-up, the summary's layout and its writer, which the job worker
// loads, and starting them in every reader delayed its first file.
const scope = self as unknown as DedicatedWorkerGlobalScope;
if (scope.name === READER) void import("./serve-reads").then(({ serveReads }) => serveReads(scope));
else if (scope.name === JOB_WORKER)
  scope.onmessage = (event: MessageEvent<string>) => {
    const script = URL.createObjectURL(new Blob([event.data], { type: "text/javascript" }));
    void import("./job-worker").then(({ becomeJobWorker }) =>
      becomeJobWorker(scope, () => new Worker(script, { name: READER })),
    );
  };
