/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  defaultTargets,
  extract,
  layoutReport,
  parsePeriod,
  TEMPLATE_IDS,
  type DecodedMeta,
} from "../../src/core";
import { gridFromPlan } from "../support/plan-grid";
import { vi, WORDS } from "../../src/core/vocabulary";
import { HostError, type UndoableWrite, type WorkbookHost } from "../../src/host/workbook-host";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { renderApp } from "./render-app";
import { liveWorkbook } from "./live-workbook";

/** A loaded machine runs the pane's effects late; the default second is too short for it. */
const SLOW = { timeout: 10_000 };

const goTo = (user: ReturnType<typeof userEvent.setup>, view: keyof typeof vi.pane.tabs) =>
  user.click(screen.getByRole("link", { name: vi.pane.tabs[view] }));

/** An Excel whose last write and metadata the test sets, counting how often the pane asks for the write. */
function excelHost(writeSummary: WorkbookHost["writeSummary"] = async () => undefined) {
  const state = { last: undefined as UndoableWrite | undefined, meta: null as DecodedMeta | null, asked: 0 };
  const host: WorkbookHost = {
    kind: "excel",
    insertReport: async () => ({ sheets: ["Biểu 01"] }),
    summaryOutput: "plan",
    writeSummary,
    live: liveWorkbook({
      readMeta: async () => state.meta,
      lastWrite: async () => (state.asked++, state.last),
      undoLastWrite: async () => {
        state.last = { kind: "summary", undo: true };
        // The undo took the summary written before away: the workbook holds nothing of a unit any more.
        state.meta = null;
        return state.last;
      },
    }),
  };
  return { host, state };
}

/** The page: files in a browser, no workbook. */
const pageHost: WorkbookHost = {
  kind: "file",
  insertReport: async () => ({ sheets: [] }),
  summaryOutput: "xlsx",
  writeSummary: async () => undefined,
};

async function rollUp(user: ReturnType<typeof userEvent.setup>, files: File[]) {
  await user.upload(screen.getByTestId("rollup-files"), files);
  await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "T01");
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "Đơn vị T01");
  await user.click(screen.getByRole("button", { name: vi.pane.rollup.start }));
}

describe("a view left and come back to", () => {
  it("keeps the files picked and the roll-up's result on the page, out of sight while another view is shown", async () => {
    const user = userEvent.setup();
    await renderApp(pageHost, inProcessJobs, "rollup");
    await rollUp(user, [await reportFile("P01", 1), await reportFile("P02", 2)]);
    await screen.findByRole("grid", { name: vi.pane.rollup.included }, SLOW);

    await goTo(user, "templates");
    expect(screen.getByRole("heading", { name: vi.pane.templates.heading })).toBeTruthy();
    // Hidden, not merely behind: nothing of the roll-up is read out or reached by Tab.
    expect(screen.queryByRole("grid", { name: vi.pane.rollup.included })).toBeNull();
    expect(screen.queryByRole("button", { name: vi.pane.rollup.start })).toBeNull();

    await goTo(user, "rollup");
    expect(screen.getByRole("grid", { name: vi.pane.rollup.included }).textContent).toMatch(/P01 · /);
    expect(screen.getByText("2 tệp đã chọn")).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: /Mã đơn vị tổng hợp/ }).value).toBe("T01");
  });

  it("keeps a write running in Excel with its progress and its stop, which still stops it", async () => {
    const { host } = excelHost(
      (_output, _name, options) =>
        new Promise((_, reject) => {
          options?.onProgress?.(2, 5);
          options?.signal?.addEventListener("abort", () =>
            reject(new HostError(WORDS.officeErrors.writeCancelled)),
          );
        }),
    );
    const user = userEvent.setup();
    await renderApp(host, inProcessJobs, "rollup");
    await rollUp(user, [await reportFile("P01", 1)]);
    expect(await screen.findByText("Đã ghi 2/5 trang", {}, SLOW)).toBeTruthy();

    await goTo(user, "validate");
    expect(screen.queryByRole("button", { name: vi.pane.rollup.stopWriting })).toBeNull();
    await goTo(user, "rollup");
    expect(screen.getByText("Đã ghi 2/5 trang")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: vi.pane.rollup.stopWriting }));
    expect(await screen.findByText(WORDS.officeErrors.writeCancelled.vi, {}, SLOW)).toBeTruthy();
    expect(screen.queryByRole("button", { name: vi.pane.rollup.stopWriting })).toBeNull();
  });

  it("keeps the unit and targets a clerk typed", async () => {
    const user = userEvent.setup();
    await renderApp(pageHost, inProcessJobs);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn xã Lộc Ninh");
    await user.type(screen.getByRole("textbox", { name: /Kết nạp đoàn viên mới/ }), "120");

    await goTo(user, "rollup");
    await screen.findByRole("button", { name: vi.pane.rollup.start }, SLOW);
    await goTo(user, "templates");
    const value = (name: RegExp) => screen.getByRole<HTMLInputElement>("textbox", { name }).value;
    expect([value(/Mã đơn vị$/), value(/Tên đơn vị/), value(/Kết nạp đoàn viên mới/)]).toEqual([
      "P07",
      "Công đoàn xã Lộc Ninh",
      "120",
    ]);
  });

  it("keeps what its undo said, and asks Excel again on the way back whether that undo is still there", async () => {
    const { host, state } = excelHost();
    state.last = { kind: "summary", undo: false };
    const user = userEvent.setup();
    await renderApp(host, inProcessJobs, "rollup");
    await user.click(await screen.findByRole("button", { name: vi.undoWrite.summary }, SLOW));
    expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
    const redo = { name: vi.undoWrite.redoSummary };
    expect(await screen.findByRole("button", redo, SLOW)).toBeTruthy();

    // Nothing written meanwhile: the redo and what the undo said are there again, Excel asked again.
    let asked = state.asked;
    await goTo(user, "validate");
    await goTo(user, "rollup");
    await waitFor(() => expect(state.asked).toBe(asked + 1), SLOW);
    expect(screen.getByText(vi.undoWrite.done)).toBeTruthy();
    expect(screen.getByRole("button", redo)).toBeTruthy();

    // Written from elsewhere while the roll-up was hidden (a report inserted): nothing is left to redo.
    await goTo(user, "validate");
    state.last = { kind: "report", undo: false };
    asked = state.asked;
    await goTo(user, "rollup");
    await waitFor(() => expect(state.asked).toBe(asked + 1), SLOW);
    await waitFor(() => expect(screen.queryByRole("button", redo)).toBeNull(), SLOW);
    expect(screen.queryByText(vi.undoWrite.done)).toBeNull();
  });

  it("gives no focus to a result that comes while another view is shown", async () => {
    let finish: (() => void) | null = null;
    const held: typeof inProcessJobs = (request, onProgress, onSummary) => {
      const started = inProcessJobs(request, onProgress, (summary) => (finish = () => onSummary?.(summary)));
      return { ...started, result: new Promise(() => undefined) };
    };
    const user = userEvent.setup();
    await renderApp(pageHost, held, "rollup");
    await rollUp(user, [await reportFile("P01", 1)]);
    const templates = screen.getByRole("link", { name: vi.pane.tabs.templates });
    await user.click(templates);
    await waitFor(() => expect(finish).not.toBeNull(), SLOW);
    act(() => finish!());
    await waitFor(() =>
      expect(screen.queryByRole("grid", { name: vi.pane.rollup.included, hidden: true })).not.toBeNull(),
    );
    expect(document.activeElement).toBe(templates);
  });
});

describe("an undo while the question of writing over the workbook is open", () => {
  it("asks the question again of the workbook as it is now: the write button keeps its reason", async () => {
    const { host, state } = excelHost();
    state.last = { kind: "summary", undo: false };
    // The workbook holds unit T09's summary, written just before (its write can be undone).
    state.meta = extract(
      gridFromPlan(
        layoutReport({
          unit: { code: "T09", name: "Đơn vị T09" },
          period: parsePeriod("2025-D1")!,
          templates: TEMPLATE_IDS,
          targets: defaultTargets(TEMPLATE_IDS),
          rollupUnits: ["P01", "P02"],
        }),
      ),
    ).meta;
    const user = userEvent.setup();
    await renderApp(host, inProcessJobs, "rollup");
    await rollUp(user, [await reportFile("P01", 1)]);
    expect(await screen.findByText(/Đơn vị T09 \(T09\)/, {}, SLOW)).toBeTruthy();
    const question = screen.getByRole("alert");
    expect(within(question).getByRole("button", { name: vi.pane.rollup.overwriteAnyway })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: vi.undoWrite.summary }));
    await waitFor(
      () => expect(screen.getByRole("alert").textContent).toContain(vi.pane.rollup.nothingOverwritten),
      SLOW,
    );
    expect(
      within(screen.getByRole("alert")).getByRole("button", { name: vi.pane.rollup.writeNow }),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: vi.pane.rollup.overwriteAnyway })).toBeNull();
  });
});
