import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";

// The release's tao-manifest/ folder: a template and two scripts that write the manifest for another
// server address with nothing installed (sh on Linux, PowerShell on Windows). What they write must be what
// the release itself writes for that address (scripts/manifest-build.js), every URL under the address.

type Bilingual = { vi: string; en: string };
const { buildManifest, checkBaseUrl, manifestTemplate, BASE_URL_PLACEHOLDER } = jest.requireActual<{
  buildManifest: (xml: string, options: { baseUrl: string; version: string }) => string;
  checkBaseUrl: (raw: string | undefined) => { url: string; notes: Bilingual[] };
  manifestTemplate: (xml: string, version: string) => string;
  BASE_URL_PLACEHOLDER: string;
}>("../../scripts/manifest-build");

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const SH = fs.readFileSync(path.join(ROOT, "scripts", "tao-manifest.sh"), "utf8");
const PS1 = fs.readFileSync(path.join(ROOT, "scripts", "tao-manifest.ps1"), "utf8");

/** A tao-manifest/ folder as the release writes it. */
function generatorFolder(): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), "tao-manifest-"));
  fs.writeFileSync(path.join(dir, "manifest.template.xml"), manifestTemplate(SOURCE, version));
  for (const script of ["tao-manifest.sh", "tao-manifest.ps1"])
    fs.copyFileSync(path.join(ROOT, "scripts", script), path.join(dir, script));
  return dir;
}

const pwsh = ["pwsh", "powershell"].find(
  (cmd) => spawnSync(cmd, ["-NoProfile", "-Command", "exit 0"]).status === 0,
);

/** Runs a generator from another folder, as IT runs it; returns its output and the manifest it wrote. */
function generate(kind: "sh" | "ps1", address: string) {
  const dir = generatorFolder();
  const cwd = fs.mkdtempSync(path.join(tmpdir(), "tao-manifest-run-"));
  const done =
    kind === "sh"
      ? spawnSync("sh", [path.join(dir, "tao-manifest.sh"), address], { cwd, encoding: "utf8" })
      : spawnSync(
          pwsh!,
          ["-NoProfile", "-ExecutionPolicy", "Bypass", "-File", path.join(dir, "tao-manifest.ps1"), address],
          { cwd, encoding: "utf8" },
        );
  const file = path.join(cwd, "manifest.xml");
  return { ...done, manifest: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined };
}

const ADDRESSES = [
  "https://thidua.ldld-tinh.vn/",
  "https://thidua.ldld-tinh.vn", // without its folder's slash, as people type it
  "https://may-chu.ldld.gov.vn:8443/addin/thi-dua", // a port and a folder, no slash
  " https://THIDUA.LDLD-TINH.VN:443/Addin/ ", // spaces, capitals and the default port, as URL reads them
];

describe("the manifest template", () => {
  it("is the release's manifest with the address left as one placeholder, the add-in's Id kept", () => {
    const template = manifestTemplate(SOURCE, version);
    expect(template).not.toContain("localhost");
    expect(template.split(BASE_URL_PLACEHOLDER).length).toBe(SOURCE.split("https://localhost:3000/").length);
    const id = /<Id>([^<]+)<\/Id>/.exec(SOURCE)![1];
    expect(template).toContain(`<Id>${id}</Id>`);
    expect(template).toContain(`<Version>${version}.0</Version>`);
    const url = checkBaseUrl("https://thidua.example.gov.vn/addin/").url;
    expect(template.split(BASE_URL_PLACEHOLDER).join(url)).toBe(
      buildManifest(SOURCE, { baseUrl: url, version }),
    );
  });
});

describe.each([["sh" as const], ["ps1" as const]])("tao-manifest.%s", (kind) => {
  const available = kind === "sh" || pwsh !== undefined;
  const maybe = available ? it : it.skip;

  maybe.each(ADDRESSES)(
    "writes for %p the manifest the release writes, every URL under the address",
    (address) => {
      const { url } = checkBaseUrl(address);
      const done = generate(kind, address);
      expect([done.status, done.stderr]).toEqual([0, ""]);
      expect(done.manifest).toBe(buildManifest(SOURCE, { baseUrl: url, version }));
      const errors: string[] = [];
      new DOMParser({
        onError: (level, message) => void errors.push(`${level}: ${message}`),
      }).parseFromString(done.manifest!, "text/xml");
      expect(errors).toEqual([]);
      const urls = [...done.manifest!.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
      expect(
        urls.filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org/")).length,
      ).toBeGreaterThan(10);
      expect(
        urls.filter(
          (u) => !u.startsWith(url) && !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u),
        ),
      ).toEqual([]);
      expect(done.stdout).toContain(`Đã ghi manifest.xml cho ${url}`);
      if (!address.trim().endsWith("/"))
        expect(done.stdout).toContain(`Đã thêm "/" vào cuối địa chỉ: ${url}`);
    },
  );

  maybe.each([
    ["", /Cách dùng/],
    ["http://thidua.ldld-tinh.vn/", /phải bắt đầu bằng https:\/\/[\s\S]*must start with https:\/\//],
    ["thidua.ldld-tinh.vn", /phải bắt đầu bằng https:\/\//],
    ["https://thidua.ldld-tinh.vn/?v=2", /không có "\?", "#"/],
    ["https://thidua.ldld-tinh.vn/#x", /không có "\?", "#"/],
    ["https://thidua.ldld-tinh.vn/a/../b/", /không có "\?", "#", "\.\."/],
    ["https://user:pw@thidua.ldld-tinh.vn/", /không tên đăng nhập/],
    ["https://thi dua.vn/", /Tên máy chủ không hợp lệ/],
  ])("refuses %p, saying why in Vietnamese and English, writing nothing", (address, said) => {
    const done = generate(kind, address);
    expect(done.status).toBe(2);
    expect(done.stderr).toMatch(said);
    expect(done.manifest).toBeUndefined();
  });
});

describe("the two generators", () => {
  it("check the address with the same patterns, and fill the same template's placeholder", () => {
    const shPattern = (name: string) => new RegExp(`^${name}='([^']+)'$`, "m").exec(SH)?.[1];
    const psPattern = (name: string) => new RegExp(`^\\$${name} = '([^']+)'$`, "m").exec(PS1)?.[1];
    expect(shPattern("HOST_PATTERN")).toBeDefined();
    expect(psPattern("HostPattern")).toBe(shPattern("HOST_PATTERN"));
    expect(psPattern("PathPattern")).toBe(shPattern("PATH_PATTERN"));
    for (const script of [SH, PS1]) {
      expect(script).toContain("manifest.template.xml");
      expect(script).toContain(BASE_URL_PLACEHOLDER);
    }
    // Windows PowerShell 5.1 reads a script without a byte-order mark as the ANSI code page.
    expect(fs.readFileSync(path.join(ROOT, "scripts", "tao-manifest.ps1")).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
  });
});
