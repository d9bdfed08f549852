// @ts-check
// The product's build of the pane with a test's or bench's own entry in place of the product's composition
// root (the pane on a stand-in for Excel), into a folder of its own so that nothing is written over dist/.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const product = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");

/** @returns {Promise<import("webpack").Configuration>} */
module.exports = async (env, argv) => {
  if (!env.entry || !env.out)
    throw new Error("give the entry and the output folder: --env entry=FILE out=DIR");
  const base = await product.addinConfig(env, argv);
  return {
    ...base,
    context: ROOT,
    entry: { pane: path.resolve(ROOT, env.entry) },
    output: { ...base.output, path: path.resolve(env.out) },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/index.html" })],
    ...(env.transpileOnly
      ? { cache: product.testBuildCache(`pane-${path.basename(path.dirname(env.entry))}`, __filename) }
      : {}),
  };
};
