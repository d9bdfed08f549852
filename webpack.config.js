// @ts-check
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { ContentSecurityPolicyPlugin } = require("./scripts/content-security-policy");
const { singleFileConfigs, SINGLE_FILE_PAGE } = require("./scripts/single-file");
const { javascriptMinimizer } = require("./scripts/javascript-minimizer");
const { buildManifest, checkBaseUrl, DEV_BASE_URL } = require("./scripts/manifest-build");
const { version } = require("./package.json");

/** Office requires HTTPS for a sideloaded add-in; the Office dev certificates provide it where Excel runs. */
async function devServerTransport() {
  if (process.env.THIDUA_HTTPS !== "1") return "http";
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

/** @type {import("webpack").ResolveOptions} */
const resolve = {
  extensions: [".ts", ".tsx", ".js"],
  alias: {
    // csv-parse's browser build carries the Buffer it needs.
    "csv-parse/sync": path.resolve(__dirname, "node_modules/csv-parse/dist/esm/sync.js"),
  },
  fallback: { fs: false, stream: false, crypto: false, path: false },
};

/**
 * `checked`: whether this compilation also type-checks; one that does is enough, the others only transpile
 * (each module alone, as `isolatedModules` allows).
 * @returns {import("webpack").ModuleOptions}
 */
const typescript = (production, checked = true) => ({
  rules: [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: "ts-loader",
        options: {
          configFile: "tsconfig.json",
          transpileOnly: !checked,
          compilerOptions: { noEmit: false, sourceMap: !production },
        },
      },
    },
  ],
});

const DIST = path.resolve(__dirname, "dist");

/**
 * The add-in's pages and the standalone page served over http(s): what the dev server serves.
 * @returns {Promise<import("webpack").Configuration>}
 */
async function addinConfig(env, argv) {
  const production = argv.mode === "production";
  // Checked (HTTPS, a folder): a manifest for "https://host" without its "/" would still pass validation.
  const baseUrl = process.env.ADDIN_BASE_URL ? checkBaseUrl(process.env.ADDIN_BASE_URL).url : DEV_BASE_URL;
  const csp = new ContentSecurityPolicyPlugin({
    dev: !production,
    officePages: ["taskpane.html"],
  });
  return {
    devtool: production ? false : "source-map",
    // The ribbon's functions run in the pane's page (a shared runtime, manifest.xml): no commands page.
    entry: {
      taskpane: "./src/app/start-taskpane.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // thidua.html is another compilation's, written into the same folder.
      clean: { keep: SINGLE_FILE_PAGE },
    },
    resolve,
    // `--env transpileOnly` (the test tiers' builds) and the dev server: the same files without checking the
    // program's types, which `npm run typecheck` checks (about half of a build's time).
    module: typescript(production, !env?.transpileOnly),
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/index.html",
        chunks: ["taskpane"],
      }),
      csp,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => buildManifest(content.toString(), { baseUrl, version }),
          },
        ],
      }),
    ],
    optimization: { minimizer: [javascriptMinimizer()] },
    performance: { hints: false },
    devServer: {
      // This computer only: the pane and the page are nobody else's business on the network.
      host: "127.0.0.1",
      port: Number(process.env.PORT ?? 3000),
      server: argv.env?.WEBPACK_SERVE ? await devServerTransport() : "http",
      static: false,
      headers: (request) => ({
        "Access-Control-Allow-Origin": "*",
        ...csp.headerFor(request.path),
      }),
      client: { overlay: false },
    },
  };
}

/** @returns {Promise<import("webpack").Configuration | import("webpack").Configuration[]>} */
module.exports = async (env, argv) => {
  const addin = await addinConfig(env, argv);
  // The dev server serves the add-in's pages; thidua.html is a file to hand out, made by a build.
  if (argv.env?.WEBPACK_SERVE) return addin;
  const module = typescript(argv.mode === "production", false);
  const configs = [addin, ...singleFileConfigs({ path: DIST, resolve, module })];
  if (env?.transpileOnly)
    for (const config of configs) config.cache = testBuildCache(config.name ?? "addin", __filename);
  return configs;
};
module.exports.addinConfig = addinConfig;

/**
 * The cache of a test tiers' build (`--env transpileOnly`), made again by every test run: what did not change
 * since the last (node_modules above all, and the minified chunks) is taken from webpack's own cache, rather
 * than a minute and a half of CPU a build. Each compilation under its own `name`; `config`, the file making it.
 * None where THIDUA_BUILD_CACHE=0: CI builds once on a clean clone it then throws away, and filling the cache
 * costs CPU (writing it) that no later build takes back.
 * @returns {import("webpack").FileCacheOptions | false}
 */
function testBuildCache(name, config) {
  if (process.env.THIDUA_BUILD_CACHE === "0") return false;
  return {
    type: "filesystem",
    name,
    cacheDirectory: path.resolve(__dirname, "test-output/webpack-cache"),
    buildDependencies: { config: [__filename, config] },
  };
}
module.exports.testBuildCache = testBuildCache;
