#!/usr/bin/env node
// @ts-check
// `ADDIN_BASE_URL=https://… npm run release`: everything a province's IT person deploys, in one folder
// release/thidua-<version>/ — the hosted files with their IIS web.config, the manifest for that address
// and version, thidua.html, the default campaign and a preview of the templates, the command line as an
// installable package, an nginx sample, the deployment guide, and the files' SHA-256 sums. The hosted
// files name no address (relative links, 'self' in their policies): only the manifest does, so the
// release also carries tao-manifest/, a template and two scripts (POSIX sh, PowerShell) that write the
// manifest for another address with nothing installed.
// `--no-build` packs what `npm run build` already made (the tests do); `--out DIR` writes elsewhere.
"use strict";
const { execFileSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const { builtinModules } = require("node:module");
const path = require("node:path");
const { BaseUrlError, buildManifest, checkBaseUrl, manifestTemplate } = require("./manifest-build");
const { serverSamples } = require("./server-samples");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

/** The pages served to Office or a browser, each with the policy its build wrote into it. */
const PAGES = ["taskpane.html", "index.html"];

const say = (vi, en) => console.log(`${vi}\n  ${en}`);

class StepFailed extends Error {}

/** Runs a step quietly; if it fails, what it printed is shown and the release stops. */
function run(command, args, env = {}) {
  try {
    execFileSync(command, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
  } catch (error) {
    process.stdout.write(error.stdout ?? "");
    throw new StepFailed(`${path.basename(command)} ${args.join(" ")}`);
  }
}

/** The Content-Security-Policy a built page carries as a <meta>, to send as a header as well. */
function pagePolicy(page) {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  const found = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!found) throw new Error(`${page} has no Content-Security-Policy`);
  return found[1];
}

function copyTree(from, to, skip = new Set()) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) copyTree(source, target);
    else fs.copyFileSync(source, target);
  }
}

/**
 * The packages the compiled command line requires (`lib/`, tsc's CommonJS): what it needs at run time and
 * no more, the rest of the dependencies serving the page and the pane. Read from the code, so a package
 * the CLI starts to use is shipped with it.
 */
function requiredPackages(dir) {
  const found = new Set();
  for (const file of filesUnder(dir).filter((f) => f.endsWith(".js"))) {
    const code = fs.readFileSync(path.join(dir, file), "utf8");
    for (const [, spec] of code.matchAll(/\brequire\("([^"./][^"]*)"\)/g)) {
      if (spec.startsWith("node:") || builtinModules.includes(spec)) continue;
      found.add(
        spec
          .split("/")
          .slice(0, spec.startsWith("@") ? 2 : 1)
          .join("/"),
      );
    }
  }
  return [...found].sort();
}

/**
 * The command line as a package of its own, `npm install -g thidua-<version>.tgz`: bin/ and lib/ without
 * the benchmark (a developer's tool, run from the sources), and only the dependencies it uses, at the
 * versions the sources are tested with.
 */
function packCli(to) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-cli-"));
  try {
    copyTree(path.join(ROOT, "bin"), path.join(staging, "bin"));
    copyTree(path.join(ROOT, "lib"), path.join(staging, "lib"));
    fs.rmSync(path.join(staging, "lib", "cli", "bench"), { recursive: true, force: true });
    const needed = requiredPackages(path.join(staging, "lib"));
    const missing = needed.filter((name) => !manifest.dependencies[name]);
    if (missing.length)
      throw new Error(
        `the command line requires ${missing.join(", ")}, not among package.json's dependencies`,
      );
    const dependencies = Object.fromEntries(needed.map((name) => [name, manifest.dependencies[name]]));
    const cli = {
      name: "thidua",
      version,
      description: manifest.description,
      license: manifest.license,
      engines: manifest.engines,
      bin: manifest.bin,
      files: ["bin", "lib"],
      dependencies,
    };
    fs.writeFileSync(path.join(staging, "package.json"), `${JSON.stringify(cli, null, 2)}\n`);
    fs.mkdirSync(to, { recursive: true });
    execFileSync("npm", ["pack", "--silent", "--pack-destination", to], { cwd: staging, stdio: "ignore" });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Every file under `dir`, by its path from `dir`, sorted. */
function filesUnder(dir) {
  const walk = (at) =>
    fs
      .readdirSync(at, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(at, e.name)) : [path.join(at, e.name)]));
  return walk(dir)
    .map((file) => path.relative(dir, file))
    .sort();
}

function main(argv) {
  const build = !argv.includes("--no-build");
  const outAt = argv.indexOf("--out");
  let base;
  try {
    base = checkBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (error) {
    if (!(error instanceof BaseUrlError)) throw error;
    console.error(error.message);
    return 2;
  }
  for (const note of base.notes) say(note.vi, note.en);
  const out =
    outAt >= 0 ? path.resolve(argv[outAt + 1] ?? "") : path.join(ROOT, "release", `thidua-${version}`);

  if (build) {
    say(
      "Đang dựng các tệp của add-in (webpack, vài phút)…",
      "Building the add-in's files (webpack, a few minutes)…",
    );
    // The hosted files are the same for every address; only the manifest, written below, names it.
    run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"]);
    run(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"]);
  }
  for (const needed of [path.join(DIST, "taskpane.html"), path.join(ROOT, "lib", "cli", "main.js")])
    if (!fs.existsSync(needed)) {
      console.error(
        `Thiếu ${needed}: chạy npm run build trước, hoặc bỏ --no-build.\nMissing ${needed}: run npm run build first, or drop --no-build.`,
      );
      return 2;
    }

  fs.rmSync(out, { recursive: true, force: true });
  const web = path.join(out, "web");
  copyTree(DIST, web, new Set(["manifest.xml"]));
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  fs.writeFileSync(path.join(out, "manifest.xml"), buildManifest(source, { baseUrl: base.url, version }));
  // Moving to another server: `sh tao-manifest.sh https://…` or `tao-manifest.ps1 https://…` writes the
  // manifest buildManifest would write for that address (test/manifest/manifest-generator.process.test.ts).
  const generator = path.join(out, "tao-manifest");
  fs.mkdirSync(generator);
  fs.writeFileSync(path.join(generator, "manifest.template.xml"), manifestTemplate(source, version));
  for (const script of ["tao-manifest.sh", "tao-manifest.ps1"])
    fs.copyFileSync(path.join(__dirname, script), path.join(generator, script));
  fs.chmodSync(path.join(generator, "tao-manifest.sh"), 0o755);
  fs.copyFileSync(path.join(DIST, "thidua.html"), path.join(out, "thidua.html"));

  const policies = Object.fromEntries(PAGES.map((page) => [page, pagePolicy(page)]));
  const samples = serverSamples({ baseUrl: base.url, version, policies });
  fs.writeFileSync(path.join(web, "web.config"), samples.iis);
  fs.mkdirSync(path.join(out, "server"), { recursive: true });
  fs.writeFileSync(path.join(out, "server", "nginx.conf"), samples.nginx);

  const year = new Date().getFullYear();
  const samplesDir = path.join(out, "mau");
  fs.mkdirSync(samplesDir, { recursive: true });
  const cli = (...args) => run(process.execPath, [path.join(ROOT, "bin", "thidua.js"), ...args]);
  cli(
    "campaign",
    "init",
    "--year",
    String(year),
    "-o",
    path.join(samplesDir, `ke-hoach-thi-dua-${year}.xlsx`),
  );
  cli(
    "template",
    "--unit-code",
    "MAU",
    "--unit-name",
    "Đơn vị mẫu (chỉ để xem và in thử)",
    "--period",
    String(year),
    "-o",
    path.join(samplesDir, `xem-truoc-bieu-mau-${year}.xlsx`),
  );

  packCli(path.join(out, "cli"));

  fs.copyFileSync(path.join(ROOT, "docs", "trien-khai.md"), path.join(out, "HUONG-DAN-TRIEN-KHAI.md"));
  const files = filesUnder(out);
  const sums = files.map((file) => {
    const hash = createHash("sha256")
      .update(fs.readFileSync(path.join(out, file)))
      .digest("hex");
    return `${hash}  ${file.split(path.sep).join("/")}`;
  });
  fs.writeFileSync(path.join(out, "SHA256SUMS"), `${sums.join("\n")}\n`);

  say(
    `Đã tạo bản phát hành ${version} cho ${base.url} tại ${out}:`,
    `Release ${version} for ${base.url} written to ${out}:`,
  );
  for (const entry of [
    "manifest.xml",
    "web/",
    "thidua.html",
    "mau/",
    "cli/",
    "server/nginx.conf",
    "tao-manifest/",
    "HUONG-DAN-TRIEN-KHAI.md",
    "SHA256SUMS",
  ])
    console.log(`  ${entry}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`Không tạo được bản phát hành: bước "${error.message}" bị lỗi (xem ở trên).`);
  console.error(`The release failed: the step "${error.message}" failed (see above).`);
  process.exitCode = 1;
}
