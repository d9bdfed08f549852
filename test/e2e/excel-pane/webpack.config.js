// @ts-check
// The product's build of the pane, with the test-only entry in place of the product's composition root.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const product = require("../../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../../..");

/** @returns {Promise<import("webpack").Configuration>} */
module.exports = async (env, argv) => {
  // Where the test serves the page from, so that nothing of it is ever written over dist/.
  if (!env.out) throw new Error("give the output folder: --env out=DIR");
  const base = await product.addinConfig(env, argv);
  return {
    ...base,
    context: ROOT,
    entry: { pane: path.join(__dirname, "entry.tsx") },
    output: { ...base.output, path: path.resolve(env.out) },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/index.html" })],
  };
};
