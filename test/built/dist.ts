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

/** The command as `npm install` builds it; fails with a hint when lib/ is missing or older than the sources. */
export function builtCli(): string {
  const main = path.join(ROOT, "lib", "cli", "main.js");
  const hint = "hãy chạy npm run build:cli trước. / run npm run build:cli first.";
  if (!fs.existsSync(main)) throw new Error(`lib/cli/main.js không có: ${hint}`);
  const built = fs.statSync(main).mtimeMs;
  const sources = ["src/cli", "src/xlsx", "src/core"].flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(ROOT, dir, f)),
  );
  const stale = sources.filter((file) => file.endsWith(".ts") && fs.statSync(file).mtimeMs > built);
  if (stale.length > 0) throw new Error(`lib/ cũ hơn ${path.relative(ROOT, stale[0])}: ${hint}`);
  return path.join(ROOT, "bin", "cadre-roster.js");
}
