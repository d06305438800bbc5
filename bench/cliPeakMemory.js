// Preloaded into the `sxs` process by cliBench.ts (`node --require`): on exit, writes the
// process's peak resident memory and CPU time (worker threads included) to SXS_BENCH_USAGE.
const fs = require('fs');
process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeFileSync(process.env.SXS_BENCH_USAGE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
