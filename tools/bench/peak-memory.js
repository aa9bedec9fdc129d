// Preloaded (`node -r`) into a process the bench starts: reports the process's peak resident memory as it exits.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
