#!/usr/bin/env node
// The development server without webpack's module statistics: it says that it is building, and names
// the pages only once they are served, so an address printed is an address that answers.
"use strict";
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const configure = require("../webpack.config.js");

const PORT = Number(process.env.PORT ?? 3000);
const https = process.env.THIDUA_HTTPS === "1";

/** The pages, by what staff call them; the first is the one most people want. */
function addresses(base) {
  return [
    `  Trang Thi Đua (trình duyệt) / standalone page: ${base}index.html`,
    `  Task pane:                                      ${base}taskpane.html`,
    `  Manifest:                                       ${base}manifest.xml`,
  ];
}

async function main() {
  // Served without checking the program's types, as the tests' builds are: `npm run typecheck` and CI check
  // them, and the check took two thirds of the first build's CPU (42.6 → 15.2 s).
  const env = { WEBPACK_SERVE: true, transpileOnly: true };
  const config = await configure(env, { mode: "development", env });
  config.mode = "development";
  // The middleware would print every module; this script prints what staff need instead.
  config.stats = "none";
  config.infrastructureLogging = { level: "warn" };
  const base = `${https ? "https://localhost" : "http://127.0.0.1"}:${PORT}/`;

  console.log(
    "Thi Đua: đang dựng trang (lần đầu mất chừng nửa phút)… / building the pages (about half a minute the first time)…",
  );
  const compiler = webpack(config);
  let served = false;
  compiler.hooks.done.tap("thidua-serve", (stats) => {
    if (stats.hasErrors() || stats.hasWarnings())
      console.error(stats.toString({ preset: "errors-warnings", colors: process.stderr.isTTY }));
    if (stats.hasErrors()) {
      console.error("Thi Đua: dựng trang bị lỗi (xem trên) / the build failed (see above)");
      return;
    }
    if (served) {
      console.log("Thi Đua: đã dựng lại / rebuilt");
      return;
    }
    served = true;
    // The middleware marks its output valid on this same event; the answer waits for that tick.
    process.nextTick(() =>
      console.log(
        [
          "Thi Đua: sẵn sàng / ready",
          ...addresses(base),
          https
            ? "  (HTTPS, chứng chỉ phát triển của Office / Office development certificate)"
            : "  Chỉ máy này truy cập được / reachable from this computer only (127.0.0.1)",
          "  Ctrl+C để dừng / to stop.",
        ].join("\n"),
      ),
    );
  });
  const server = new WebpackDevServer({ ...config.devServer, port: PORT }, compiler);
  await server.start();
}

main().catch((error) => {
  console.error(`Thi Đua: không chạy được máy chủ / the server did not start: ${error.message}`);
  process.exit(1);
});
