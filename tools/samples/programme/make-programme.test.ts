import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { vnKey } from "../../../src/core/text/vn-key";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { buildUnits } from "./build";
import { makeProgrammeSamples } from "./make-programme";
import { CATEGORY_OF } from "./readme";

const tempDir = useTempDir();
const committed = path.join(__dirname, "..", "..", "..", "samples", "programme");

describe("the programme's sample rosters", () => {
  test("their people add up, category by category, to the article's counts, each person once", () => {
    const people = [30, 117, 4, 79, 139, 430, 24, 241, 153, 0, 0].map(() => new Set<string>());
    for (const unit of buildUnits()) {
      for (const row of unit.rows) {
        const category = CATEGORY_OF[row.course];
        if (category !== null) people[category].add(`${vnKey(row.person.name)}|${row.person.birth.join("-")}`);
      }
    }
    expect(people.map((set) => set.size)).toEqual([30, 117, 4, 79, 139, 430, 24, 241, 153, 0, 0]);
  });

  test("a run writes the committed files byte for byte", async () => {
    await makeProgrammeSamples(tempDir());
    const names = readdirSync(tempDir()).sort();
    expect(readdirSync(committed).sort()).toEqual(names);
    for (const name of names) {
      expect({ name, same: readFileSync(path.join(tempDir(), name)).equals(readFileSync(path.join(committed, name))) }).toEqual({ name, same: true });
    }
  });
});
