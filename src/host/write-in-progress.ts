import { fill } from "../core/text/text";
import { WORDS } from "../core/vocabulary";
import { HostError } from "./workbook-host";

/** Another pane (a second window, a co-author on the web) began writing into this workbook at `since` and has not finished. */
export class WriteInProgress extends HostError {
  constructor(readonly since: number) {
    const at = new Date(since);
    const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
    super(fill(WORDS.sharedWorkbook.writing, { time }));
    this.name = "WriteInProgress";
  }
}
