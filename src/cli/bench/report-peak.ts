// Loaded with `node -r` into a measured process: prints its peak memory (all threads) as it exits.
process.on("exit", () => {
  process.stderr.write(`\nTHIDUA_PEAK_RSS_KIB=${process.resourceUsage().maxRSS}\n`);
});
