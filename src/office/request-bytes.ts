import type { WriteCommand } from "./sheet-commands";

/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). Requests are planned to
 * stay under this estimate, which leaves a third of the limit for the estimate's error.
 */
export const REQUEST_BUDGET_BYTES = 3_500_000;

/**
 * Bytes Office.js sends for each command besides its data: the object paths that name the range (worksheet,
 * getRange with its address, format or font) and the action that sets the property. Measured in Office.js's
 * web serializer (excel-web-16.00.debug.js in headless Chromium): writing one cell's values, numberFormat and
 * font name is ≈ 966 bytes, three commands of ≈ 250 bytes and their data.
 */
const COMMAND_BYTES = 250;

const encoder = new TextEncoder();

/**
 * The estimated UTF-8 size of the request that carries `commands`: each property a command sets (a style sets
 * several; a tone is a fill and a font colour) costs the fixed part, and its data counts as JSON, the form
 * Office.js gives values, formats and formulas. The one place to calibrate against Office.js's own serializer.
 */
export function estimateRequestBytes(commands: readonly WriteCommand[]): number {
  return commands.reduce((bytes, command) => {
    const actions = command.kind === "style" ? Object.keys(command.style).length + (command.style.tone ? 1 : 0) : 1;
    return bytes + actions * COMMAND_BYTES + encoder.encode(JSON.stringify(command)).length;
  }, 0);
}
