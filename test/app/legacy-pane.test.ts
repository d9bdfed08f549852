/**
 * @jest-environment jsdom
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RIBBON_FUNCTIONS } from "../../src/app/ribbon-commands";

// taskpane.html's inline start script, as the build leaves it (the bundles' names filled in): in the Internet
// Explorer or old Edge of an old Office it loads no bundle and shows advice; since the page is also the
// ribbon's function file, the buttons there must still show the pane, or a click would do nothing.

const TEMPLATE = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const START = /<script>([\s\S]*?)<\/script>/
  .exec(TEMPLATE)![1]!
  .replace("<%= JSON.stringify(htmlWebpackPlugin.files.js) %>", '["taskpane.0123abcd.js"]');

type Handler = (event: { completed: () => void }) => void;

/**
 * Runs the start script as the page loads, in a fresh document of a browser of the given user agent, inside a
 * fake Office.
 */
function load(userAgent: string) {
  const page = document.implementation.createHTMLDocument("Thi Đua");
  page.body.innerHTML = '<div id="root"></div>';
  const associated = new Map<string, Handler>();
  const office = {
    onReady: jest.fn(),
    actions: { associate: (name: string, handler: Handler) => associated.set(name, handler) },
    addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
  };
  const browser = { navigator: { userAgent }, Office: office };
  // The page's own text, run as the browser runs it, with its globals given.
  new Function("window", "document", "Office", START)(browser, page, office);
  page.dispatchEvent(new Event("DOMContentLoaded"));
  return { page, associated, office };
}

it("in the old Edge, shows advice and makes each ribbon button show the pane that holds it", async () => {
  const { page, associated, office } = load("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Edge/18.19045");
  expect(page.querySelector('[role="alert"]')?.textContent).toMatch(/không chạy được Thi Đua/);
  expect(page.querySelectorAll("script[src]")).toHaveLength(0);
  expect([...associated.keys()].sort()).toEqual(Object.keys(RIBBON_FUNCTIONS).sort());
  expect(office.onReady).toHaveBeenCalled();
  await new Promise<void>((resolve) => associated.get("showRollup")!({ completed: resolve }));
  expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
});

it("in a current browser, loads the bundle and leaves the buttons to it", () => {
  const { page, associated } = load(
    "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 Edg/120.0",
  );
  expect([...page.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"))).toEqual([
    "taskpane.0123abcd.js",
  ]);
  expect(associated.size).toBe(0);
  expect(page.querySelector('[role="alert"]')).toBeNull();
});
