import { charsThatFit } from "../../src/taskpane/results/label-room";

// A chart's labels are cut to what fits left of its bars, measured in the chart's font where the page can.

/** A font of 6 px a character, 3 for a "." (so "..." is 9 px), as the page's canvas would measure it. */
class FakeCanvas {
  static made = 0;
  constructor() {
    FakeCanvas.made++;
  }
  getContext() {
    return {
      font: "",
      measureText: (text: string) => ({ width: [...text].reduce((w, c) => w + (c === "." ? 3 : 6), 0) }),
    };
  }
}

describe("the characters of a chart's labels kept", () => {
  afterEach(() => {
    delete (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas;
  });

  it("are, where the page measures text, the most for which every label and its '...' fit the room", () => {
    (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = FakeCanvas;
    const labels = ["83,72 · P088 Công đoàn P088", "7,10 · P1"];
    // 13 characters and "..." are 13 × 6 + 9 = 87 px; 14 would be 93.
    expect(charsThatFit(labels, 88)).toBe(13);
    expect(charsThatFit(labels, 92)).toBe(13);
    expect(charsThatFit(labels, 93)).toBe(14);
    // Room for the longest whole: nothing cut.
    expect(charsThatFit(labels, 27 * 6)).toBe(27);
  });

  it("are measured on one canvas however often the charts are drawn again", () => {
    (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = FakeCanvas;
    const before = FakeCanvas.made;
    for (const room of [88, 92, 93, 88]) charsThatFit(["83,72 · P088 Công đoàn P088"], room);
    expect(FakeCanvas.made - before).toBeLessThanOrEqual(1);
    expect(charsThatFit(["83,72 · P088 Công đoàn P088"], 93)).toBe(14);
  });

  it("are never fewer than six, however narrow the room", () => {
    (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas = FakeCanvas;
    expect(charsThatFit(["83,72 · P088 Công đoàn P088"], 10)).toBe(6);
  });

  it("are estimated where the page cannot measure text, the '...' counted", () => {
    expect(charsThatFit(["83,72 · P088 Công đoàn P088"], 88)).toBe(10);
  });

  // The first chart a page without OffscreenCanvas draws (Excel on a Mac before Safari 16.4) threw, and
  // the pane showed "charts unavailable" in place of every chart: no test before had drawn one there first.
  it("are estimated on a page that never could measure text, from its first chart on", () => {
    jest.isolateModules(() => {
      const fresh = jest.requireActual<typeof import("../../src/taskpane/results/label-room")>(
        "../../src/taskpane/results/label-room",
      );
      expect(fresh.charsThatFit(["83,72 · P088 Công đoàn P088"], 88)).toBe(10);
    });
  });
});
