// Preloaded (`node -r`) into a process the bench starts: reports the process's peak resident memory as it exits.
// On Linux, VmHWM is this process's own peak; getrusage's maxRSS can carry the peak of the process that
// started it (fork copies its memory), which a bench holding large buffers would report as the child's.
const { readFileSync } = require("fs");

function peakKb() {
  try {
    const found = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (found) return Number(found[1]);
  } catch {
    // Not Linux: getrusage's figure.
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${peakKb()}\n`);
});
