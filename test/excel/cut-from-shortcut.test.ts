import { createExcelHost } from "../../src/excel";
import { reportPlan } from "../support/reports";
import { installFakeExcel } from "./fakes/fake-excel";
import {
  cutAt,
  cutsFrom,
  eachCutFrom,
  prepared,
  uncut,
  wholeState,
  type CutWrite,
} from "./support/cut-writes";

// The cut tests take a write cut from each command on from one run of it (eachCutFrom): the workbook as
// the run reaches a command is what a write cut there leaves. Checked here against real cuts, and the
// check each run makes against its own last cut shown to fail where the shortcut would not hold.

const nothing = () => Promise.resolve();
const insert: CutWrite = {
  prepare: nothing,
  write: () => createExcelHost().insertReport(reportPlan(["B01"]), "bieu-mau.xlsx", { replace: false }),
};

it("gives for each cut what the write cut there for real leaves, then the pane started again", async () => {
  const { commands } = await uncut(installFakeExcel, insert);
  const cuts = [1, 2, 3, 10, 49, 50, 51, 100, Math.floor(commands / 2), commands - 1, commands];
  const shortcut = await cutsFrom(installFakeExcel, insert, cuts);
  const real = [];
  for (const cut of cuts) real.push((await cutAt(installFakeExcel, insert, cut, "from")).state);
  expect(shortcut).toEqual(real);
});

it("throws where the workbook changes past the cut without a command, which no copy taken before shows", async () => {
  // A write that, refused, still changes the workbook outside any command (as a fake member that forgot its
  // command would): what the cut leaves is not the copy taken at its command.
  const write = async () => {
    try {
      await insert.write();
    } finally {
      excel!.book.addSheet("Left behind");
    }
  };
  let excel: Awaited<ReturnType<typeof prepared>> | undefined;
  const start = async () => (excel = await prepared(installFakeExcel, nothing));
  const then = async () => wholeState(excel!.book);
  await expect(eachCutFrom(start, write, [5, 20], then)).rejects.toThrow(
    "cut from command 20: the copy taken there is not what the cut left",
  );
  await expect(eachCutFrom(start, insert.write, [5, 20], then)).resolves.toHaveLength(2);
});
