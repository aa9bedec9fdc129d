// The file the installed command (lib/, started by bin/cadre-roster.js) starts its worker threads on.
// The command packed into one file starts its workers on that file itself instead (packaged.ts).
import { serveJobs } from "./worker";

serveJobs();
