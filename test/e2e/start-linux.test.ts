import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";

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

async function fetchWhenUp(url: string, child: ChildProcess): Promise<Response> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start ended with ${child.exitCode}`);
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
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

  const page = await fetchWhenUp(`http://127.0.0.1:${port}/index.html`, child);
  expect(page.status).toBe(200);
  expect(listeners(port)).toEqual([LOOPBACK_V4]);
  expect(output).toContain(`http://127.0.0.1:${port}/index.html`);

  const header = page.headers.get("content-security-policy");
  expect(header).toBe(metaPolicy(await page.text()));
  expect(header).toContain("connect-src 'self' ws://localhost:*");
  expect(header).not.toContain("appsforoffice");

  const pane = await fetch(`http://127.0.0.1:${port}/taskpane.html`);
  const paneHeader = pane.headers.get("content-security-policy");
  expect(paneHeader).toBe(metaPolicy(await pane.text()));
  expect(paneHeader).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-[\w+/]+='/);
}, 300_000);
