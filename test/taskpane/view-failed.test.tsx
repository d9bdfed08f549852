/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { noJobs, renderApp } from "./render-app";
import type { WorkbookHost } from "../../src/host/workbook-host";

// The roll-up view's code cannot be loaded: a browser without what thidua.html unpacks its parts with.
jest.mock("../../src/taskpane/views/RollupView", () => {
  throw new Error("ChunkLoadError: Loading chunk 400 failed.");
});

const host = { kind: "file" } as WorkbookHost;

describe("a view whose code cannot be loaded", () => {
  it("says so in the pane, in Vietnamese, with what to do, and leaves the other views working", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await renderApp(host, noJobs, "rollup");
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Không mở được phần này của trang. Hãy tải lại trang",
    );
    await userEvent.setup().click(screen.getByRole("link", { name: "Biểu mẫu" }));
    expect(await screen.findByRole("button", { name: "Tải xuống biểu mẫu" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
