import { cutWritesTests } from "./support/cut-writes-tests";

// Every request of every write of a summary cut at every command, then the pane started again: the whole old
// state or the whole new (support/cut-writes-tests.ts); the reports' and campaigns' writes are cut in
// cut-writes-reports, which a second test process runs beside this one.

cutWritesTests("summaries");
