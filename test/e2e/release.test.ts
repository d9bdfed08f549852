import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";

// `npm run release` as a province's IT person runs it, on the build the browser tests use: what it writes,
// its nginx sample served by nginx itself, its web.config read as XML, its command line installed.

const ROOT = path.resolve(__dirname, "../..");
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
const BASE = "https://thidua.example.gov.vn/addin/";

let out: string;
let printed: string;

function release(baseUrl: string | undefined, to: string) {
  const env = { ...process.env, ADDIN_BASE_URL: baseUrl ?? "" };
  return spawnSync(process.execPath, ["scripts/release.js", "--no-build", "--out", to], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
}

const metaPolicy = (page: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync(path.join(out, "web", page), "utf8"),
  )![1];

beforeAll(() => {
  const parent = mkdtempSync(path.join(tmpdir(), "release-"));
  // nginx's workers run as another user, who must be able to read what it serves.
  chmodSync(parent, 0o755);
  out = path.join(parent, "thidua");
  // Without its trailing slash, as people type it.
  const done = release(BASE.slice(0, -1), out);
  expect(done.status).toBe(0);
  printed = done.stdout;
}, 120_000);

it("says that it added the folder's slash, and lists what it wrote", () => {
  expect(printed).toContain(`Đã thêm "/" vào cuối ADDIN_BASE_URL: ${BASE}`);
  expect(readdirSync(out).sort()).toEqual(
    [
      "HUONG-DAN-TRIEN-KHAI.md",
      "SHA256SUMS",
      "cli",
      "mau",
      "manifest.xml",
      "server",
      "tao-manifest",
      "thidua.html",
      "web",
    ].sort(),
  );
});

it("hosts files that name no address, so web/ moves to another server as it is", () => {
  const named = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return named(file);
      const text = readFileSync(file, "latin1");
      return ["thidua.example.gov.vn", "localhost:3000"].some((a) => text.includes(a)) ? [file] : [];
    });
  expect(named(path.join(out, "web"))).toEqual([]);
});

it("ships a generator that writes, without Node, the manifest the release wrote for its address", () => {
  expect(readdirSync(path.join(out, "tao-manifest")).sort()).toEqual([
    "manifest.template.xml",
    "tao-manifest.ps1",
    "tao-manifest.sh",
  ]);
  const cwd = mkdtempSync(path.join(tmpdir(), "tao-manifest-"));
  const done = spawnSync(path.join(out, "tao-manifest", "tao-manifest.sh"), [BASE], {
    cwd,
    encoding: "utf8",
    env: { PATH: "/usr/bin:/bin" },
  });
  expect([done.status, done.stderr]).toEqual([0, ""]);
  expect(readFileSync(path.join(cwd, "manifest.xml"), "utf8")).toBe(
    readFileSync(path.join(out, "manifest.xml"), "utf8"),
  );
});

it("writes a manifest for the address and the package's version, English for every English Office", () => {
  const manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  const urls = [...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.filter((u) => !u.startsWith(BASE) && !u.startsWith("https://schemas"))).toEqual([]);
  expect(manifest).toContain(`<Version>${version}.0</Version>`);
  expect(manifest.split('Locale="en-GB"').length).toBe(manifest.split('Locale="en-US"').length);
  // Every page and icon it names is in web/.
  for (const url of urls.filter((u) => u.startsWith(BASE)))
    expect(existsSync(path.join(out, "web", new URL(url).pathname.slice("/addin/".length)))).toBe(true);
  expect(existsSync(path.join(out, "web", "manifest.xml"))).toBe(false);
});

it("gives IIS a web.config that sends each page's policy as a header and caches only hashed bundles", () => {
  const xml = readFileSync(path.join(out, "web", "web.config"), "utf8");
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  const locations = Array.from(doc.getElementsByTagName("location"));
  const policyOf = (page: string) =>
    locations
      .find((l) => l.getAttribute("path") === page)
      ?.getElementsByTagName("add")[0]
      ?.getAttribute("value");
  for (const page of ["taskpane.html", "index.html"]) expect(policyOf(page)).toBe(metaPolicy(page));
  // The icons without Cache-Control, as Office requires; IIS's NoControl adds none.
  const assets = locations.find((l) => l.getAttribute("path") === "assets");
  expect(assets?.getElementsByTagName("clientCache")[0]?.getAttribute("cacheControlMode")).toBe("NoControl");
});

it("passes nginx's own check, and nginx serves the pages with their policy, the bundles cached, the icons cacheable", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "nginx-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  const port = 18_000 + (process.pid % 1000);
  const site = readFileSync(path.join(out, "server", "nginx.conf"), "utf8")
    .replace("listen 443 ssl;", `listen 127.0.0.1:${port} ssl;`)
    .replace("/etc/ssl/thidua/fullchain.pem", path.join(dir, "cert.pem"))
    .replace("/etc/ssl/thidua/privkey.pem", path.join(dir, "key.pem"))
    .split("/srv/thidua/web/")
    .join(`${path.join(out, "web")}/`);
  writeFileSync(path.join(dir, "site.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/${t};`);
  writeFileSync(
    path.join(dir, "main.conf"),
    `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n include /etc/nginx/mime.types;\n access_log off;\n ${temp.join(" ")}\n include ${dir}/site.conf;\n}\n`,
  );
  const check = spawnSync("nginx", ["-t", "-c", path.join(dir, "main.conf"), "-p", dir], {
    encoding: "utf8",
  });
  expect(check.stderr).toContain("test is successful");
  const server = spawn("nginx", ["-c", path.join(dir, "main.conf"), "-p", dir, "-g", "daemon off;"], {
    stdio: "ignore",
  });
  try {
    const headers = await untilServed(`https://127.0.0.1:${port}/addin/taskpane.html`);
    expect([headers.status, headers["content-security-policy"], headers["cache-control"]]).toEqual([
      200,
      metaPolicy("taskpane.html"),
      "no-cache",
    ]);
    const bundle = readdirSync(path.join(out, "web")).find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))!;
    const cached = await fetchHeaders(`https://127.0.0.1:${port}/addin/${bundle}`);
    expect([cached.status, cached["cache-control"]]).toEqual([200, "public, max-age=31536000, immutable"]);
    // Office shows a generic icon for an icon sent with any Cache-Control (manifest reference, Image).
    const icon = await fetchHeaders(`https://127.0.0.1:${port}/addin/assets/icon-64.png`);
    expect([icon.status, icon["cache-control"], icon["content-type"]]).toEqual([200, undefined, "image/png"]);
    expect(icon["last-modified"]).toBeDefined();
    const page = await fetchHeaders(`https://127.0.0.1:${port}/addin/thidua.html`);
    expect([page.status, page["cache-control"]]).toEqual([200, "no-cache"]);
  } finally {
    server.kill();
  }
}, 60_000);

it("ships the command line as a package that installs and reads the campaign and templates it ships", () => {
  const [tarball] = readdirSync(path.join(out, "cli"));
  expect(tarball).toBe(`thidua-${version}.tgz`);
  const prefix = mkdtempSync(path.join(tmpdir(), "cli-"));
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      prefix,
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      path.join(out, "cli", tarball!),
    ],
    {
      stdio: "ignore",
    },
  );
  const thidua = (...args: string[]) =>
    spawnSync(path.join(prefix, "node_modules", ".bin", "thidua"), args, { encoding: "utf8" });
  const [campaign] = readdirSync(path.join(out, "mau")).filter((f) => f.startsWith("ke-hoach"));
  const checked = thidua("campaign", "check", path.join(out, "mau", campaign!));
  expect([checked.status, checked.stdout]).toEqual([0, expect.stringContaining("3 kỳ")]);
  const [preview] = readdirSync(path.join(out, "mau")).filter((f) => f.startsWith("xem-truoc"));
  const validated = thidua("validate", path.join(out, "mau", preview!), "--json");
  // A blank form has errors (nothing is filled in), but it is read as the preview unit's report.
  expect(validated.status).toBe(1);
  expect(JSON.parse(validated.stdout).files[0].unit.code).toBe("MAU");
}, 120_000);

it("lists every file with its SHA-256", () => {
  const lines = readFileSync(path.join(out, "SHA256SUMS"), "utf8").trim().split("\n");
  expect(lines.length).toBeGreaterThan(20);
  for (const line of lines) {
    const [hash, file] = line.split("  ");
    expect(
      createHash("sha256")
        .update(readFileSync(path.join(out, file!)))
        .digest("hex"),
    ).toBe(hash);
  }
});

it("refuses an address that is not HTTPS, in both languages, writing nothing", () => {
  const to = path.join(mkdtempSync(path.join(tmpdir(), "release-")), "bad");
  const refused = release("http://thidua.example.gov.vn/", to);
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/phải bắt đầu bằng https:\/\/[\s\S]*must start with https:\/\//);
  expect(existsSync(to)).toBe(false);
});

/** The first answer of a server that is starting. */
async function untilServed(url: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchHeaders(url);
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function fetchHeaders(url: string): Promise<Record<string, unknown> & { status: number }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve({ ...response.headers, status: response.statusCode ?? 0 });
    });
    request.on("error", reject);
  });
}
