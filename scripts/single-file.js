// @ts-check
// thidua.html: the standalone page in one file that works opened from disk (file://), with no server and
// no network. A page opened from disk has the origin "null": the browser lets it start no worker from a
// file and, under its policy, fetch nothing. So two compilations make it: first the worker, bundled whole
// into one script (both its roles, job worker and reader); then the page, bundled whole with that script
// as a string (started from a blob: URL), inlined into the HTML and allowed to run by its hash.
"use strict";
const HtmlWebpackPlugin = require("html-webpack-plugin");
const HtmlInlineScriptPlugin = require("html-inline-script-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { Compilation, DefinePlugin, WebpackError } = require("webpack");
const { LimitChunkCountPlugin } = require("webpack").optimize;
const { ContentSecurityPolicyPlugin } = require("./content-security-policy");

const PAGE = "thidua.html";
const WORKER_COMPILER = "single-file-worker";

/** Licences stay in the one file: a LICENSE.txt beside it would not travel with it. */
const keepingLicences = () => ({ minimizer: [new MinimizerPlugin({ extractComments: false })] });

/** Fails the build on any file but `allowed` left in `assets`: anything else would be fetched, and fail. */
function onlyFiles(compilation, assets, allowed) {
  const others = Object.keys(assets).filter((name) => !allowed.includes(name));
  if (others.length > 0)
    compilation.errors.push(
      new WebpackError(`${PAGE} must be one file, but the build also made: ${others.join(", ")}`),
    );
}

/** Takes the worker compilation's one script out of its output and hands it to the page's compilation. */
class WorkerScript {
  constructor() {
    /** @type {string | undefined} */
    this.text = undefined;
  }

  /** For the worker's compilation: keeps its script and writes nothing. */
  keep() {
    return {
      /** @param {import("webpack").Compiler} compiler */
      apply: (compiler) =>
        compiler.hooks.thisCompilation.tap(WORKER_COMPILER, (compilation) =>
          compilation.hooks.processAssets.tap(
            { name: WORKER_COMPILER, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
            (assets) => {
              const [script, ...others] = Object.keys(assets);
              onlyFiles(compilation, assets, [script ?? ""]);
              if (others.length > 0 || !script) return;
              this.text = assets[script].source().toString();
              compilation.deleteAsset(script);
            },
          ),
        ),
    };
  }

  /** For the page's compilation: `THIDUA_WORKER_SCRIPT` is the script, as a string literal. */
  define() {
    return new DefinePlugin({
      THIDUA_WORKER_SCRIPT: DefinePlugin.runtimeValue(() => {
        if (this.text === undefined) throw new Error("thidua.html: the worker's script was not built first");
        return JSON.stringify(this.text);
      }, true),
    });
  }
}

/**
 * The two compilations of thidua.html, written to `path` beside the add-in's files.
 * @param {{ path: string, resolve: import("webpack").ResolveOptions, module: import("webpack").ModuleOptions }} shared
 * @returns {import("webpack").Configuration[]}
 */
function singleFileConfigs({ path, resolve, module }) {
  const worker = new WorkerScript();
  return [
    {
      name: WORKER_COMPILER,
      target: "webworker",
      devtool: false,
      entry: { "single-file-worker": "./src/taskpane/worker/single-file.worker.ts" },
      output: { path, filename: "[name].js" },
      resolve,
      module,
      optimization: keepingLicences(),
      plugins: [new LimitChunkCountPlugin({ maxChunks: 1 }), worker.keep()],
      performance: { hints: false },
    },
    {
      name: "single-file-page",
      dependencies: [WORKER_COMPILER],
      target: "web",
      devtool: false,
      entry: { thidua: "./src/app/start-single-file.tsx" },
      output: { path, filename: "[name].js" },
      resolve,
      module,
      optimization: keepingLicences(),
      plugins: [
        new LimitChunkCountPlugin({ maxChunks: 1 }),
        worker.define(),
        new HtmlWebpackPlugin({
          filename: PAGE,
          template: "./src/taskpane/index.html",
          // Inline, the script must follow #root; and the HTML minifier is kept off its 3 MB.
          inject: "body",
          scriptLoading: "blocking",
          minify: false,
        }),
        new HtmlInlineScriptPlugin(),
        new ContentSecurityPolicyPlugin({ singleFilePages: [PAGE] }),
        {
          apply: (compiler) =>
            compiler.hooks.thisCompilation.tap(PAGE, (compilation) =>
              compilation.hooks.processAssets.tap(
                { name: PAGE, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
                (assets) => onlyFiles(compilation, assets, [PAGE]),
              ),
            ),
        },
      ],
      performance: { hints: false },
    },
  ];
}

module.exports = { singleFileConfigs, SINGLE_FILE_PAGE: PAGE };
