#!/usr/bin/env node
// Runs before `npm test`: the tests drive Debian's Chromium, LibreOffice, Gnumeric, nginx and openpyxl (independent
// programs that check our files, pages and server samples). Installs them with apt where that can be done without a password.
"use strict";
const { execSync, spawnSync } = require("node:child_process");

const NEEDED = [
  { command: "soffice", pkg: "libreoffice-calc-nogui", env: "SOFFICE" },
  { command: "chromium", pkg: "chromium", env: "CHROMIUM" },
  // Gnumeric recalculates a template's own checks as a second spreadsheet; poppler counts printed pages.
  { command: "ssconvert", pkg: "gnumeric", env: "SSCONVERT" },
  { command: "pdfinfo", pkg: "poppler-utils", env: "PDFINFO" },
  // The release's nginx sample is served for real, its headers read back.
  { command: "nginx", pkg: "nginx-light", env: "NGINX" },
  // openpyxl, another program than ours, fills templates by name and reads our files back.
  { check: "/usr/bin/python3 -c 'import openpyxl'", pkg: "python3-openpyxl", env: "PYTHON" },
  // The honest corpus makes a clerk's everyday changes through LibreOffice's own commands (Python-UNO).
  { check: "/usr/bin/python3 -c 'import uno'", pkg: "python3-uno", env: "UNO_PYTHON" },
];

const found = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const passes = (check) => spawnSync("sh", ["-c", check], { stdio: "ignore" }).status === 0;
const missing = NEEDED.filter(
  (n) => !process.env[n.env] && !(n.command ? found(n.command) : passes(n.check)),
);
if (missing.length === 0) process.exit(0);

const packages = missing.map((n) => n.pkg).join(" ");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const canSudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
if (found("apt-get") && (isRoot || canSudo)) {
  const sudo = isRoot ? "" : "sudo -n ";
  console.log(`Cài đặt cho kiểm thử / installing for the tests: ${packages}`);
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
    {
      stdio: "inherit",
    },
  );
  process.exit(0);
}
console.error(
  [
    `Thiếu chương trình cho kiểm thử / the tests need: ${packages}`,
    `  Debian/Ubuntu: sudo apt-get install ${packages}`,
    "  Hoặc chỉ đường dẫn / or point to them: SOFFICE=/path/to/soffice CHROMIUM=/path/to/chromium npm test",
  ].join("\n"),
);
process.exit(1);
