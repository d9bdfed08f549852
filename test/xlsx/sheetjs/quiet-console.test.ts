import { captureConsole } from "../../../src/xlsx/sheetjs/quiet-console";

describe("captureConsole", () => {
  it("keeps what a failing parser printed as detail, writes nothing to the console and restores it", () => {
    const original = console.error;
    const spy = jest.fn();
    console.error = spy;
    try {
      const run = captureConsole(() => {
        console.error("Could not parse defined name", "TD_X");
        console.warn("Truncating to A1:B2");
        throw new Error("bad record");
      });
      expect(spy).not.toHaveBeenCalled();
      expect(run).toEqual({
        ok: false,
        error: new Error("bad record"),
        said: "Could not parse defined name TD_X\nTruncating to A1:B2",
      });
      console.error("after");
      expect(spy).toHaveBeenCalledWith("after");
    } finally {
      console.error = original;
    }
  });

  it("returns the parser's value", () => {
    expect(captureConsole(() => 42)).toEqual({ ok: true, value: 42, said: "" });
  });
});
