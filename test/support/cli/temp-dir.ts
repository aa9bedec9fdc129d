import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

/** A fresh temporary folder for one test file, removed after its tests. */
export function useTempDir(): () => string {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cadre-roster-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
