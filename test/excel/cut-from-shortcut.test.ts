import { createExcelHost } from "../../src/excel";
import { reportPlan } from "../support/reports";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
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

it("leaves at each cut what the write cut there for real leaves, and after the pane started again too", async () => {
  // A journal carries when its write began: every run begins at the same time here.
  jest.spyOn(Date, "now").mockReturnValue(Date.UTC(2026, 10, 30));
  const { commands } = await uncut(installFakeExcel, insert);
  const cuts = [1, 2, 3, 10, 49, 50, 51, 100, 200, 300, Math.floor(commands / 2), commands - 1, commands];
  const left = (excel: FakeExcel) => Promise.resolve(snapshot(excel.book));
  const start = () => prepared(installFakeExcel, nothing);
  const real = [];
  for (const cut of cuts) {
    const excel = await start();
    excel.failFromCommand = cut;
    await insert.write().catch(() => undefined);
    real.push(snapshot(excel.book));
  }
  expect(await eachCutFrom(start, insert.write, cuts, left)).toEqual(real);
  const recovered = [];
  for (const cut of cuts) recovered.push((await cutAt(installFakeExcel, insert, cut, "from")).state);
  expect(await cutsFrom(installFakeExcel, insert, cuts)).toEqual(recovered);
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

afterEach(() => jest.restoreAllMocks());
