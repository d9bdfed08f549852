/// <reference lib="webworker" />
import { serveJobs } from "./serve-jobs";
import { serveReads } from "./serve-reads";
import { JOB_WORKER, READER } from "./single-file-roles";

// thidua.html's one worker script, in both roles. A page opened from disk has the origin "null", and a
// worker of such a page may start another only from a blob: URL it made itself, not from the page's: so
// the page sends the job worker this script's text first, and it makes its readers from that.
const scope = self as unknown as DedicatedWorkerGlobalScope;
if (scope.name === READER) serveReads(scope);
else if (scope.name === JOB_WORKER)
  scope.onmessage = (event: MessageEvent<string>) => {
    const script = URL.createObjectURL(new Blob([event.data], { type: "text/javascript" }));
    serveJobs(scope, () => new Worker(script, { name: READER }));
  };
