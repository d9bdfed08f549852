// The composition root of thidua.html: the standalone page in one file, opened from disk, offline.
import { createFileHost } from "../taskpane/host/file-host";
import { startJob } from "../taskpane/worker/spawn-single-file-worker";
import { mountPane } from "./mount-pane";

mountPane().render({ host: createFileHost(), startJob, notice: "offline" });
