/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { en, vi } from "../../src/core/vocabulary";
import { mountPane } from "../../src/app/mount-pane";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { noJobs } from "../taskpane/render-app";

const page: WorkbookHost = {
  kind: "file",
  insertReport: async () => ({ sheets: [] }),
  summaryOutput: "xlsx",
  writeSummary: async () => undefined,
};

/** The page opened at `address`, as its start script draws it. */
async function open(address = "/") {
  window.history.replaceState(null, "", address);
  document.body.innerHTML = '<div id="root"></div>';
  const pane = mountPane();
  await act(async () => pane.render({ host: page, startJob: noJobs }));
  return pane;
}

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe("the page's language on its next opening", () => {
  it("is the one last chosen on the page", async () => {
    await open();
    await userEvent.setup().click(await screen.findByRole("button", { name: vi.pane.otherLanguageLabel }));
    expect(screen.getByRole("link", { name: en.pane.tabs.rollup })).toBeTruthy();
    await open();
    expect(await screen.findByRole("link", { name: en.pane.tabs.rollup })).toBeTruthy();
  });

  it("is the address's when it names one", async () => {
    localStorage.setItem("thidua.lang", "en");
    await open("/?lang=vi");
    expect(await screen.findByRole("link", { name: vi.pane.tabs.rollup })).toBeTruthy();
  });

  it("is Vietnamese, and the switch still works, where the browser refuses storage (file://)", async () => {
    const refused = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    jest.spyOn(Storage.prototype, "getItem").mockImplementation(refused);
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(refused);
    await open();
    await userEvent.setup().click(await screen.findByRole("button", { name: vi.pane.otherLanguageLabel }));
    expect(screen.getByRole("link", { name: en.pane.tabs.rollup })).toBeTruthy();
  });

  it("is Office's in Excel, whatever was chosen on the page", async () => {
    localStorage.setItem("thidua.lang", "en");
    window.history.replaceState(null, "", "/");
    document.body.innerHTML = '<div id="root"></div>';
    const pane = mountPane();
    pane.setLanguage("vi-VN");
    await act(async () => pane.render({ host: { ...page, kind: "excel" }, startJob: noJobs }));
    expect(await screen.findByRole("link", { name: vi.pane.tabs.rollup })).toBeTruthy();
  });
});
