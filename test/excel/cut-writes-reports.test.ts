import { cutWritesTests, PARTS, WRITES } from "./support/cut-writes-tests";

// Every request of every write of a report or a campaign cut at every command, then the pane started again:
// the whole old state or the whole new (support/cut-writes-tests.ts); the summary's writes are cut in
// cut-writes-summaries, which a second test process runs beside this one.

it("cuts every write in one of the two files", () => {
  const cut = [...PARTS.reports.writes, ...PARTS.summaries.writes];
  expect([...cut].sort()).toEqual(Object.keys(WRITES).sort());
});

cutWritesTests("reports");
