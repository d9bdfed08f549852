/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { en, vi } from "../../src/core/vocabulary";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel } from "../excel/fakes/fake-excel";
import { noJobs, renderApp } from "./render-app";

const SLOW = { timeout: 10_000 };

it.each([
  ["vi", vi, /thay/i],
  ["en", en, /replaced/i],
] as const)(
  "in %s, offers to undo a template inserted into an empty workbook without saying it replaced one",
  async (lang, words, replaced) => {
    installFakeExcel();
    await renderApp(createExcelHost(), noJobs, "templates", lang);
    const user = userEvent.setup();
    const t = words.pane.templates;
    await user.type(screen.getByRole("textbox", { name: new RegExp(`${t.unitCode}$`) }), "P07");
    await user.type(screen.getByRole("textbox", { name: new RegExp(t.unitName) }), "Công đoàn P07");
    await user.click(screen.getByRole("button", { name: t.insert }));
    // Nothing was replaced: a clerk told "the report just replaced" looks for an earlier report to get back.
    const undo = await screen.findByRole("button", { name: words.undoWrite.report }, SLOW);
    expect(undo.textContent).not.toMatch(replaced);
  },
);
