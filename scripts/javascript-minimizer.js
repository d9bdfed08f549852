// @ts-check
// The JavaScript minifier of every production build: swc's, through webpack's own minimizer plugin, in place
// of terser. Its chunks come out the size of terser's (the largest 977,800 bytes against 980,832, some
// smaller) for a fraction of the CPU: the add-in's and the standalone page's production build took 99.6 s of
// CPU with terser and 34.8 s with swc, its children's included (31.5 s with no minifier at all), and the test
// run makes two such builds.
"use strict";
const MinimizerPlugin = require("minimizer-webpack-plugin");

/**
 * The minimizer of a production build; `extractComments: false` keeps licence comments in the script.
 * @param {{ extractComments?: boolean }} [options]
 */
const javascriptMinimizer = (options = {}) =>
  new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, ...options });

module.exports = { javascriptMinimizer };
