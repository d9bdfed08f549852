/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from "@testing-library/react";
import type { HostError } from "../../src/host/workbook-host";
import { WORDS } from "../../src/core/vocabulary";

const createExcelHost = jest.fn();
jest.mock("../../src/excel", () => ({ createExcelHost: () => createExcelHost(), newWriterId: () => "pane" }));
jest.mock("../../src/taskpane/worker/spawn-worker", () => ({ startJob: jest.fn() }));

/** Loads the pane's start-up afresh inside a fake Office whose display language is `language`. */
async function start(language: string) {
  document.body.innerHTML = '<div id="root"></div>';
  Object.assign(globalThis, {
    Office: { onReady: () => Promise.resolve({}), context: { displayLanguage: language } },
  });
  await import("../../src/app/start-taskpane");
}

/** HostError as the freshly loaded modules know it. */
const hostError = async (): Promise<typeof HostError> =>
  (await import("../../src/host/workbook-host")).HostError;

beforeEach(() => jest.resetModules());

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("starting the pane in Excel", () => {
  it("shows advice, not a blank pane nor the error's text, when the host fails to start", async () => {
    createExcelHost.mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'requirements')");
    });
    await start("vi-VN");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(WORDS.officeErrors.startupFailed.vi);
  });

  it("says why in the user's language when Excel is too old", async () => {
    const tooOld = new (await hostError())({ vi: "Excel quá cũ", en: "Excel is too old" });
    createExcelHost.mockImplementation(() => {
      throw tooOld;
    });
    await start("en-US");
    expect((await screen.findByRole("alert")).textContent).toBe("Excel is too old");
  });

  it("shows the pane at once, then says that an interrupted write was cleaned up", async () => {
    let recover: (sheets: number) => void = () => undefined;
    createExcelHost.mockImplementation(() => ({
      kind: "excel",
      insertReport: async () => ({ sheets: [] }),
      summaryOutput: "plan",
      writeSummary: async () => undefined,
      live: {
        readGrid: async () => ({ sheets: [], names: [] }),
        selectCell: async () => undefined,
        markFindings: async () => undefined,
        clearMarks: async () => undefined,
        recoverInterrupted: () => new Promise<number>((resolve) => (recover = resolve)),
      },
    }));
    await start("vi-VN");
    // Drawn while Excel has not yet answered (a cell being edited holds the request).
    expect(await screen.findByRole("heading", { name: "Chèn biểu mẫu" })).toBeTruthy();
    expect(screen.queryByText(/bị gián đoạn/)).toBeNull();
    recover(3);
    expect(await screen.findByText(/Lần ghi trước của Thi Đua vào tệp này bị gián đoạn/)).toBeTruthy();
  });
});
