#!/usr/bin/env node
// `npm start`: where desktop Excel exists (Windows, macOS) sideload the add-in over HTTPS with the
// Office dev certificates; elsewhere (Linux) serve the add-in files and the standalone page over
// plain HTTP on localhost, which needs no certificate and no sudo.
"use strict";
const { spawn } = require("node:child_process");

const PORT = Number(process.env.PORT ?? 3000);
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args, env) {
  const child = spawn(npx, args, { stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (hasDesktopExcel) {
  console.log("Thi Đua: sideloading into Excel (office-addin-debugging, HTTPS dev certificates)…");
  run(["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
    THIDUA_HTTPS: "1",
  });
} else {
  // The dev server listens on 127.0.0.1 only (webpack.config.js): other computers cannot reach it.
  const base = `http://127.0.0.1:${PORT}/`;
  console.log(
    [
      "Thi Đua — không có Excel trên máy này: phục vụ trang web / no desktop Excel here: serving the web page",
      "  Chỉ máy này truy cập được / reachable from this computer only (127.0.0.1)",
      `  Trang Thi Đua (trình duyệt) / standalone page: ${base}index.html`,
      `  Task pane:                                      ${base}taskpane.html`,
      `  Manifest:                                       ${base}manifest.xml`,
      "  (Excel sideloading needs HTTPS: see README, “Deploying the add-in”.) Ctrl+C to stop.",
    ].join("\n"),
  );
  run(["webpack", "serve", "--mode", "development", "--port", String(PORT)], {});
}
