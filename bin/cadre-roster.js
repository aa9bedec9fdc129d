#!/usr/bin/env node
// The command is written in TypeScript and built to lib/ by `npm install` (the "prepare" script).
let entry;
try {
  entry = require.resolve("../lib/cli/main.js");
  // The first worker thread starts loading while the command loads (lib/cli/isolate/head-start.js).
  require("../lib/cli/isolate/head-start.js").headStart(process.argv.slice(2));
} catch {
  process.stderr.write(
    'cadre-roster chưa được biên dịch: hãy chạy "npm run build:cli".\n' +
      'cadre-roster is not built yet: run "npm run build:cli".\n',
  );
  process.exit(2);
}
require(entry).main();
