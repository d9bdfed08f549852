// @ts-check
// thidua.html: the standalone page in one file that works opened from disk (file://), with no server and
// no network. A page opened from disk has the origin "null": the browser lets it start no worker from a
// file and, under its policy, fetch nothing. So two compilations make it: first the worker, bundled whole
// into one script (both its roles, job worker and reader); then the page, with that script as a string in
// a module of its own. Everything sits in the HTML, but only the page's start runs as the file opens:
// webpack's async chunks (the views not yet shown, the writer, the charts, the worker's text) are carried
// gzipped in base64 in <script> elements of a type the browser does not run, and each is unpacked when
// first asked for and run as an inline script that the policy allows by its hash. Read and compiled
// whole, the 2.8 MB of script held the first view for two seconds on a clerk's computer; as base64 the
// browser's HTML parser passes over the carried chunks about as fast as over nothing.
"use strict";
const { gzipSync } = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const HtmlInlineScriptPlugin = require("html-inline-script-webpack-plugin");
const { Compilation, DefinePlugin, RuntimeGlobals, RuntimeModule, WebpackError } = require("webpack");
const { LimitChunkCountPlugin } = require("webpack").optimize;
const { ContentSecurityPolicyPlugin } = require("./content-security-policy");
const { javascriptMinimizer } = require("./javascript-minimizer");

const PAGE = "thidua.html";
const WORKER_COMPILER = "single-file-worker";
const CHUNK_TYPE = "application/x-thidua-chunk+gzip+base64";

/** Licences stay in the one file: a LICENSE.txt beside it would not travel with it. */
const keepingLicences = () => ({ minimizer: [javascriptMinimizer({ extractComments: false })] });

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
        if (this.text === undefined) throw new Error(`${PAGE}: the worker's script was not built first`);
        return JSON.stringify(this.text);
      }, true),
    });
  }
}

/**
 * `__webpack_require__.l`, which loads an async chunk: instead of a <script src> (a page opened from disk
 * may load no file), the chunk's carried text, unpacked by the browser's own gunzip, run as an inline
 * script. Where that fails, or the policy refuses the script, webpack's own check rejects the import
 * with a ChunkLoadError.
 */
class CarriedChunkLoading extends RuntimeModule {
  constructor() {
    super("load carried chunk", RuntimeModule.STAGE_ATTACH);
  }

  generate() {
    return `${RuntimeGlobals.loadScript} = function (url, done, key, chunkId) {
  var script = document.createElement("script");
  var failed = function () { done({ type: "error", target: script }); };
  var carried = document.querySelector('script[type="${CHUNK_TYPE}"][data-chunk="' + chunkId + '"]');
  if (!carried) return done({ type: "missing", target: script });
  try {
    var bytes = Uint8Array.from(atob(carried.textContent), function (c) { return c.charCodeAt(0); });
    var unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(unpacked).text().then(function (text) {
      script.textContent = text;
      document.head.appendChild(script);
      done({ type: "load", target: script });
    }, failed);
  } catch (error) {
    // A browser without DecompressionStream (before Chrome 80, Firefox 113, Safari 16.4).
    failed();
  }
};`;
  }
}

/**
 * Carries the page's async chunks in the HTML, gzipped in base64, ahead of its start script (the first
 * render asks for a view's chunk, perhaps before the parser would reach what follows the start script),
 * and loads them from there; `scripts` are their texts as they will run, for the policy to hash.
 */
class CarriedChunks {
  constructor() {
    /** @type {string[]} */
    this.scripts = [];
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PAGE, (compilation) => {
      this.scripts = [];
      // Ahead of webpack's own loader, which would add a <script src>.
      compilation.hooks.runtimeRequirementInTree
        .for(RuntimeGlobals.loadScript)
        .tap({ name: PAGE, stage: -10 }, (chunk) => {
          compilation.addRuntimeModule(chunk, new CarriedChunkLoading());
          return true;
        });
      const carried = () =>
        [...compilation.chunks]
          .filter((chunk) => !chunk.canBeInitial())
          .flatMap((chunk) => [...chunk.files].map((file) => ({ id: String(chunk.id), file })));
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(PAGE, (groups) => {
        const tags = carried().map(({ id, file }) => {
          const text = compilation.assets[file].source().toString();
          this.scripts.push(text);
          return {
            tagName: "script",
            voidTag: false,
            attributes: { type: CHUNK_TYPE, "data-chunk": id },
            innerHTML: gzipSync(text, { level: 9 }).toString("base64"),
            meta: { plugin: PAGE },
          };
        });
        groups.bodyTags.unshift(...tags);
        return groups;
      });
      compilation.hooks.processAssets.tap(
        { name: PAGE, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const { file } of carried()) compilation.deleteAsset(file);
        },
      );
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
  const chunks = new CarriedChunks();
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
      // No automatic public path: the start script is inline, with no address to find its chunks from.
      output: { path, filename: "[name].js", chunkFilename: "[id].js", publicPath: "" },
      resolve,
      module,
      optimization: keepingLicences(),
      plugins: [
        worker.define(),
        chunks,
        new HtmlWebpackPlugin({
          filename: PAGE,
          template: "./src/taskpane/index.html",
          // Inline, the script must follow #root; and the HTML minifier is kept off its 3 MB.
          inject: "body",
          scriptLoading: "blocking",
          minify: false,
        }),
        new HtmlInlineScriptPlugin(),
        new ContentSecurityPolicyPlugin({ singleFilePages: [PAGE], carriedScripts: () => chunks.scripts }),
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
