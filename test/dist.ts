// Where the tests find the built add-in; `npm test` builds it before running them.
import fs from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..");
export const DIST = path.join(ROOT, "dist");

/** Path of a built file; fails with a hint when the build has not run. */
export function builtPath(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${name} không có: hãy chạy npm run build trước. / dist/${name} is missing: run npm run build first.`);
  }
  return file;
}

export function readBuilt(name: string): string {
  return fs.readFileSync(builtPath(name), "utf8");
}
