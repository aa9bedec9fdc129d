#!/usr/bin/env node
// The command is written in TypeScript and built to lib/ by `npm install` (the "prepare" script).
let entry;
try {
  entry = require.resolve("../lib/cli/main.js");
} catch {
  process.stderr.write(
    'cadre-roster chưa được biên dịch: hãy chạy "npm run build:cli".\n' +
      'cadre-roster is not built yet: run "npm run build:cli".\n',
  );
  process.exit(2);
}
require(entry).main();
