/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, screen, waitFor } from "@testing-library/react";

// The ribbon's buttons run functions in the pane's own page (manifest.xml: one runtime, one address): a
// button asks for its view and shows the pane; an open pane switches view without being reloaded.

const createExcelHost = jest.fn();
jest.mock("../../src/excel", () => ({ createExcelHost: () => createExcelHost(), newWriterId: () => "pane" }));
jest.mock("../../src/taskpane/worker/spawn-worker", () => ({ startJob: jest.fn() }));

type Handler = (event: { completed: () => void }) => void;
let handlers: Map<string, Handler>;
let showAsTaskpane: jest.Mock<Promise<void>, []>;

/**
 * An Excel host that answers every call at once with nothing (these tests write nothing; at start-up the
 * pane asks whether a write was interrupted: none was).
 */
const quietHost = () => ({
  kind: "excel",
  summaryOutput: "plan",
  live: new Proxy(
    {},
    {
      get: (_, key) =>
        key === "then" ? undefined : async () => (key === "recoverInterrupted" ? 0 : undefined),
    },
  ),
});

/** Loads the pane's page afresh inside a fake Office that records the functions it associates. */
async function start() {
  document.body.innerHTML = '<div id="root"></div>';
  handlers = new Map();
  showAsTaskpane = jest.fn(() => Promise.resolve());
  Object.assign(globalThis, {
    Office: {
      onReady: () => Promise.resolve({}),
      context: { displayLanguage: "vi-VN" },
      actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
      addin: { showAsTaskpane },
    },
  });
  await import("../../src/app/start-taskpane");
}

/** Presses a ribbon button: runs its function as Office would; resolves when Office is told it is done. */
function press(name: string): Promise<void> {
  return new Promise((resolve) => handlers.get(name)!({ completed: resolve }));
}

const currentView = () => screen.getByRole("navigation").querySelector('[aria-current="page"]')?.textContent;

beforeEach(() => {
  jest.resetModules();
  createExcelHost.mockReset().mockImplementation(quietHost);
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the ribbon's buttons", () => {
  it("are the three functions the manifest names, associated as the page loads", async () => {
    await start();
    expect([...handlers.keys()].sort()).toEqual(["showRollup", "showTemplates", "showValidate"]);
  });

  it("open the pane on their view when it is not yet drawn", async () => {
    await start();
    // Office loads the page for the first click and runs the button's function as soon as it can.
    await press("showRollup");
    await screen.findByRole("navigation");
    expect(currentView()).toBe("Tổng hợp");
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it("switch the open pane's view, the pane and what it holds staying as they are", async () => {
    await start();
    await screen.findByRole("heading", { name: "Chèn biểu mẫu" });
    const pane = screen.getByRole("navigation");
    await act(() => press("showValidate"));
    await waitFor(() => expect(currentView()).toBe("Kiểm tra"));
    await act(() => press("showTemplates"));
    await waitFor(() => expect(currentView()).toBe("Biểu mẫu"));
    // The same elements: React switched the view; nothing was loaded again.
    expect(screen.getByRole("navigation")).toBe(pane);
    expect(createExcelHost).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalledTimes(2);
  });

  it("tell Office they are done even when Office cannot show the pane", async () => {
    await start();
    await screen.findByRole("navigation");
    showAsTaskpane.mockImplementationOnce(() => Promise.reject(new Error("not supported")));
    await act(() => press("showRollup"));
    await waitFor(() => expect(currentView()).toBe("Tổng hợp"));
  });

  it("are left alone by an Office without add-in commands (a page's test stand-in)", async () => {
    document.body.innerHTML = '<div id="root"></div>';
    Object.assign(globalThis, {
      Office: { onReady: () => Promise.resolve({}), context: { displayLanguage: "vi-VN" } },
    });
    await import("../../src/app/start-taskpane");
    expect(await screen.findByRole("heading", { name: "Chèn biểu mẫu" })).toBeTruthy();
  });
});
