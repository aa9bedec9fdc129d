// Entry of the command packed into one file by `npm run package:cli` (webpack.cli.config.js).
// The installed command starts through bin/cadre-roster.js instead; both run the same main(). The packed
// file is also what each file's worker thread runs (`__filename` is left to Node): started as a worker,
// it does the job it was given instead.
import { headStart } from "./isolate/head-start";
import { isJobWorker, serveJobs } from "./isolate/worker";
import { main } from "./main";

if (isJobWorker()) serveJobs();
else {
  headStart(process.argv.slice(2), __filename);
  main(__filename);
}
