#!/usr/bin/env node
// `npm start`: where desktop Excel exists (Windows, macOS) sideload the add-in over HTTPS with the
// Office dev certificates; elsewhere (Linux) serve the add-in files and the standalone page over
// plain HTTP on localhost, which needs no certificate and no sudo.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const PORT = Number(process.env.PORT ?? 3000);
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

if (hasDesktopExcel) {
  console.log(
    [
      "Thi Đua: nạp add-in vào Excel (office-addin-debugging, chứng chỉ HTTPS phát triển)…",
      "         sideloading into Excel (office-addin-debugging, HTTPS dev certificates)…",
      `  Trang Thi Đua trong trình duyệt / standalone page: https://localhost:${PORT}/index.html`,
      "  (khi máy chủ báo sẵn sàng / once the server says it is ready)",
      "  Một tệp, không cần máy chủ / one file, no server: dist\\thidua.html (npm run build)",
      "  Dừng / stop: npm run stop",
    ].join("\n"),
  );
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
    stdio: "inherit",
    env: { ...process.env, THIDUA_HTTPS: "1" },
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  // The dev server listens on 127.0.0.1 only (webpack.config.js): other computers cannot reach it.
  require(path.join(__dirname, "serve.js"));
}
