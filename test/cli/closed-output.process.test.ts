import { spawn } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(__dirname, "../../bin/thidua.js");

/** Runs the installed command with its output read by nobody, as `thidua … | head -0` does. */
function runUnread(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("close", (code) => done({ code, err }));
  });
}

describe("output nobody reads", () => {
  it("ends the command quietly with its own exit code, not a stack trace", async () => {
    const { code, err } = await runUnread(["catalog"]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
  }, 30_000);
});
