// Where the tests find the built add-in; `npm test` builds it before running them.
import fs from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** Path of a built file; fails with a hint when the build has not run. */
export function builtPath(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) {
    throw new Error(
      `dist/${name} không có: hãy chạy npm run build trước. / dist/${name} is missing: run npm run build first.`,
    );
  }
  return file;
}

export function readBuilt(name: string): string {
  return fs.readFileSync(builtPath(name), "utf8");
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A file the production build names by its content ("functions.json" is built as "functions.1a2b3c4d.json"):
 * its name in dist/. Fails with a hint when it is missing or was built more than once.
 */
export function builtName(name: string): string {
  const dot = name.lastIndexOf(".");
  const pattern = new RegExp(`^${literal(name.slice(0, dot))}\\.[0-9a-f]{8}${literal(name.slice(dot))}$`);
  const found = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((file) => pattern.test(file)) : [];
  if (found.length !== 1)
    throw new Error(
      `dist/ phải có đúng một bản ${name} / must hold exactly one ${name}: ${found.join(", ") || "none"}`,
    );
  return found[0];
}

/** `file`, built from the command's sources; fails with `hint` when it is missing or older than them. */
function freshCommandBuild(file: string, hint: string): string {
  const shown = path.relative(ROOT, file);
  if (!fs.existsSync(file)) throw new Error(`${shown} không có: ${hint}`);
  const built = fs.statSync(file).mtimeMs;
  const sources = ["src/cli", "src/xlsx", "src/core"].flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(ROOT, dir, f)),
  );
  const stale = sources.filter((f) => f.endsWith(".ts") && fs.statSync(f).mtimeMs > built);
  if (stale.length > 0) throw new Error(`${shown} cũ hơn ${path.relative(ROOT, stale[0])}: ${hint}`);
  return file;
}

/** The command as `npm install` builds it (lib/), run through bin/. */
export function builtCli(): string {
  freshCommandBuild(
    path.join(ROOT, "lib", "cli", "main.js"),
    "hãy chạy npm run build:cli trước. / run npm run build:cli first.",
  );
  return path.join(ROOT, "bin", "cadre-roster.js");
}

/** The command packed into one file (cli/cadre-roster.js) by `npm run package:cli`. */
export function packagedCli(): string {
  return freshCommandBuild(
    path.join(ROOT, "cli", "cadre-roster.js"),
    "hãy chạy npm run package:cli trước. / run npm run package:cli first.",
  );
}
