import type { ParseArgsConfig } from "util";
import { nearestName } from "../core/text/nearest";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** What is wrong with an option on the command line, as data to be said in the user's language. */
export type OptionProblem =
  | { code: "unknown"; option: string; suggestion: string | null }
  | { code: "needs-value"; option: string }
  | { code: "takes-no-value"; option: string };

function longOption(arg: string, next: string | undefined, options: OptionsConfig): OptionProblem | "value" | null {
  const eq = arg.indexOf("=");
  const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
  const config = Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
  const option = `--${name}`;
  if (config === undefined) {
    const suggestion = nearestName(name, Object.keys(options));
    return { code: "unknown", option, suggestion: suggestion === null ? null : `--${suggestion}` };
  }
  if (config.type === "boolean") return eq < 0 ? null : { code: "takes-no-value", option };
  if (eq >= 0) return null;
  // As Node's reader does, a value that starts with "-" must be given as --option=value.
  return next === undefined || next.startsWith("-") ? { code: "needs-value", option } : "value";
}

function shortOptions(arg: string, options: OptionsConfig): OptionProblem | null {
  for (const letter of arg.slice(1)) {
    if (!Object.values(options).some((config) => config.short === letter))
      return { code: "unknown", option: `-${letter}`, suggestion: null };
  }
  return null;
}

/**
 * The first option in `argv` that `options` does not take, or takes otherwise (with or without a
 * value), found before Node's reader sees it so that the user hears it in their language with the
 * option they probably meant. Everything after "--" is a path.
 */
export function optionProblem(argv: readonly string[], options: OptionsConfig): OptionProblem | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return null;
    if (arg.startsWith("--")) {
      const found = longOption(arg, argv[i + 1], options);
      if (found === "value") i++;
      else if (found !== null) return found;
    } else if (arg.startsWith("-") && arg.length > 1) {
      const found = shortOptions(arg, options);
      if (found !== null) return found;
    }
  }
  return null;
}
