/// <reference lib="webworker" />
import { serveReads } from "./serve-reads";

serveReads(self as unknown as DedicatedWorkerGlobalScope);
