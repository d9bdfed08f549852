/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ReferencesWouldBreak } from "../../src/host/references-break";
import type { UndoableWrite, WorkbookHost, WriteOptions } from "../../src/host/workbook-host";
import { vi } from "../../src/core/vocabulary";
import { noJobs, renderApp } from "./render-app";
import { liveWorkbook } from "./live-workbook";
import { UndoLastWrite } from "../../src/taskpane/components/UndoLastWrite";
import { I18nProvider } from "../../src/taskpane/i18n/context";

/** A loaded machine runs the pane's effects late; the default second is too short for it. */
const SLOW = { timeout: 10_000 };

/** An Excel host whose workbook keeps the last summary written, and undoes or redoes it as asked. */
function keepingHost(refuseFirst = false) {
  let last: UndoableWrite | undefined = { kind: "summary", undo: false };
  const asked: WriteOptions[] = [];
  const host: WorkbookHost = {
    kind: "excel",
    insertReport: async () => ({ sheets: [] }),
    summaryOutput: "plan",
    writeSummary: async () => undefined,
    live: liveWorkbook({
      lastWrite: async () => last,
      undoLastWrite: async (options = {}) => {
        asked.push(options);
        if (refuseFirst && !options.breakReferences)
          throw new ReferencesWouldBreak({ sheets: ["Tổng hợp"], places: ["Của tôi!A1"], unchecked: [] });
        const done = { kind: "summary" as const, undo: !last!.undo };
        last = { kind: "summary", undo: done.undo };
        return done;
      },
    }),
  };
  return { host, asked };
}

it("offers to undo the summary just written, then to redo it", async () => {
  const { host, asked } = keepingHost();
  await renderApp(host, noJobs, "rollup");
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: vi.undoWrite.summary }, SLOW));
  expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
  expect(await screen.findByRole("button", { name: vi.undoWrite.redoSummary }, SLOW)).toBeTruthy();
  expect(asked).toEqual([{ breakReferences: false }]);
});

it("asks before an undo that breaks the user's formulas, and breaks them only when told", async () => {
  const { host, asked } = keepingHost(true);
  await renderApp(host, noJobs, "rollup");
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: vi.undoWrite.summary }, SLOW));
  await user.click(await screen.findByRole("button", { name: vi.officeErrors.breakAnyway }, SLOW));
  await waitFor(() => expect(asked).toEqual([{ breakReferences: false }, { breakReferences: true }]), SLOW);
  expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
});

it("offers no undo in the templates view for a summary", async () => {
  const { host } = keepingHost();
  await renderApp(host, noJobs, "templates");
  await waitFor(() => expect(screen.queryByRole("button", { name: vi.undoWrite.summary })).toBeNull(), SLOW);
  expect(screen.queryByRole("button", { name: vi.undoWrite.report })).toBeNull();
});

it("says a redo is a redo, and forgets what it said once another write comes", async () => {
  const { host } = keepingHost();
  const live = host.live!;
  const user = userEvent.setup();
  const { rerender } = render(
    <I18nProvider lang="vi">
      <UndoLastWrite live={live} kinds={["summary"]} asked={false} />
    </I18nProvider>,
  );
  await user.click(await screen.findByRole("button", { name: vi.undoWrite.summary }, SLOW));
  expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
  await user.click(await screen.findByRole("button", { name: vi.undoWrite.redoSummary }, SLOW));
  expect(await screen.findByText(vi.undoWrite.redone, {}, SLOW)).toBeTruthy();
  expect(screen.queryByText(vi.undoWrite.done)).toBeNull();
  // A new summary written: "click again to undo" would speak of a write that is no longer the last.
  rerender(
    <I18nProvider lang="vi">
      <UndoLastWrite live={live} kinds={["summary"]} asked={true} />
    </I18nProvider>,
  );
  await waitFor(() => expect(screen.queryByText(vi.undoWrite.redone)).toBeNull(), SLOW);
});
