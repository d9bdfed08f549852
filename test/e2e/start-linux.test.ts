import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { launchChromium } from "../../src/cli/bench/chromium";
import { watchPolicyViolations } from "./policy-violations";

// `npm start` on Linux: the dev server, reachable from this computer only, sending each page's policy.

const LISTEN = "0A";
const LOOPBACK_V4 = "0100007F";

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The local addresses (hex, as the kernel lists them) that listen on a port, IPv4 and IPv6. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((table) =>
    readFileSync(table, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === LISTEN && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => fields[1]!.split(":")[0]!),
  );
}

async function printed(text: string, output: () => string, child: ChildProcess): Promise<void> {
  while (!output().includes(text)) {
    if (child.exitCode !== null) throw new Error(`npm start ended with ${child.exitCode}: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

let child: ChildProcess | undefined;

afterEach(() => {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
});

it("serves on 127.0.0.1 only, says so, and sends each page's Content-Security-Policy", async () => {
  const port = await freePort();
  let output = "";
  child = spawn(process.execPath, ["scripts/start.js"], {
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

  // It says at once that it is building, and names the page only when the page answers: no retry here.
  await printed("đang dựng trang", () => output, child);
  expect(output).not.toContain("127.0.0.1:");
  await printed(`http://127.0.0.1:${port}/index.html`, () => output, child);
  expect((await fetch(`http://127.0.0.1:${port}/index.html`)).status).toBe(200);
  expect(listeners(port)).toEqual([LOOPBACK_V4]);
  // Without webpack's module statistics: the messages are the script's own, each line prefixed or indented.
  expect(output).not.toMatch(/modules by path|compiled successfully|\basset\b/);
  expect(output.split("\n").filter((line) => line && !/^(Thi Đua| {2})/.test(line))).toEqual([]);

  // Asked again once built: a page asked for during the first build has only its <meta> policy.
  const page = await fetch(`http://127.0.0.1:${port}/index.html`);
  const header = page.headers.get("content-security-policy");
  expect(header).toBe(metaPolicy(await page.text()));
  expect(header).toContain("connect-src 'self' ws://localhost:*");
  expect(header).not.toContain("appsforoffice");

  const pane = await fetch(`http://127.0.0.1:${port}/taskpane.html`);
  const paneHeader = pane.headers.get("content-security-policy");
  expect(paneHeader).toBe(metaPolicy(await pane.text()));
  expect(paneHeader).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-[\w+/]+='/);

  // The development build (source maps, hot-reload socket) runs under the header and the meta both.
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const takeViolations = await watchPolicyViolations(tab);
    // A hot-reload socket the policy refused would never open; it goes to the server's own address,
    // another origin than the page's "localhost", so only the policy's ws://127.0.0.1:* lets it through.
    // The development bundle is large and unminified: on a loaded machine it takes over 30 s to run.
    const [socket] = await Promise.all([
      tab.waitForEvent("websocket", { timeout: 150_000 }),
      tab.goto(`http://localhost:${port}/index.html?view=rollup`, { timeout: 150_000 }),
    ]);
    expect(socket.url()).toBe(`ws://127.0.0.1:${port}/ws`);
    await tab.getByRole("button", { name: "Chọn thư mục…" }).waitFor();
    await expect(takeViolations()).resolves.toEqual([]);
  } finally {
    await browser.close();
  }
}, 300_000);
