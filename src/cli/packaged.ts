// Entry of the command packed into one file by `npm run package:cli` (webpack.cli.config.js).
// The installed command starts through bin/cadre-roster.js instead; both run the same main().
import { main } from "./main";

main();
