/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { selectorKeys } from "../support/computed-style";
import { jsdomGetComputedStyle } from "../support/jsdom-setup";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { renderApp } from "./render-app";

// The pane tests query and click through an indexed getComputedStyle (test/support/computed-style.ts): it must
// answer exactly as jsdom's own, for every element the pane draws and for the cascade's corner cases.

/** Every element of the page whose computed style differs between jsdom's and the indexed one, and how. */
function differences(): string[] {
  const jsdom = jsdomGetComputedStyle!;
  return Array.from(document.querySelectorAll("*")).flatMap((element) => {
    const [theirs, ours] = [jsdom(element), getComputedStyle(element)];
    const said = (style: CSSStyleDeclaration) =>
      `${style.cssText} | ${style.display} | ${style.visibility} | ${style.pointerEvents}`;
    return said(theirs) === said(ours)
      ? []
      : [`${element.outerHTML.slice(0, 80)}: ${said(theirs)} ≠ ${said(ours)}`];
  });
}

const host: WorkbookHost = {
  kind: "file",
  insertReport: async () => ({ sheets: [] }),
  summaryOutput: "xlsx",
  writeSummary: async () => undefined,
};

describe("the pane tests' getComputedStyle", () => {
  it("reads the keys a selector needs, and none where one of a list needs none", () => {
    expect(selectorKeys(".a:hover, div.b > span#c::after")).toEqual([".a", "#c"]);
    expect(selectorKeys(".a .b:not(.c)")).toEqual([".b"]);
    expect(selectorKeys("[data-x='.y z'] P")).toEqual(["<p"]);
    expect(selectorKeys(".a, :focus-visible")).toBeNull();
    expect(selectorKeys(".a > *")).toBeNull();
    expect(selectorKeys(":is(.a, .b)")).toBeNull();
    expect(selectorKeys(".a\\:b")).toBeNull();
    expect(selectorKeys('@namespace "x";\n\nhtml')).toBeNull();
    expect(selectorKeys(undefined)).toBeNull();
  });

  it("answers as jsdom's on the cascade's corners: order, media, lists, inheritance, inline styles", () => {
    const style = document.createElement("style");
    style.textContent = `
      .a { display: flex; visibility: hidden }
      div.a, #i { color: red }
      @media print { .a { display: none } }
      @media screen { .b .a { display: grid } }
      .a:not(.c) { pointer-events: none }
      [data-x] { visibility: visible }
      section > .a { visibility: collapse }
      * { margin: 1px }
      @font-face { font-family: x }`;
    document.head.append(style);
    document.body.innerHTML = `
      <section class="b"><div class="a" id="i"><span>t</span><p class="c a" style="display: block">u</p></div>
      <div data-x="1" class="A"><svg class="a"><rect /></svg></div></section>`;
    expect(document.querySelectorAll("*").length).toBeGreaterThan(8);
    expect(differences()).toEqual([]);
    // A rule added later counts from then on.
    style.sheet!.insertRule("span { visibility: visible }", 0);
    expect(getComputedStyle(document.querySelector("span")!).visibility).toBe("visible");
    expect(differences()).toEqual([]);
    style.remove();
  });

  it("answers as jsdom's for every element of the pane, a roll-up's results shown", async () => {
    await renderApp(host, inProcessJobs, "rollup");
    // jsdom matches :hover by an nwsapi that follows the pointer from jsdom's first getComputedStyle on; the
    // indexed one likewise from its own first. Both made before the pointer moves, as in every pane test.
    jsdomGetComputedStyle!(document.body);
    getComputedStyle(document.body);
    const user = userEvent.setup();
    await user.upload(screen.getByTestId("rollup-files"), [await reportFile("P01", 1)]);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "T01");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    const rules = Array.from(document.styleSheets).reduce((n, sheet) => n + sheet.cssRules.length, 0);
    expect(rules).toBeGreaterThan(500);
    expect(differences()).toEqual([]);
  });
});
