import { readFileSync } from "fs";
import { join } from "path";
import { PLAN_TONE, SEVERITY_TONE, TONES } from "./colours";

const doc = readFileSync(join(__dirname, "../../docs/colours.md"), "utf8");

describe("the colour language", () => {
  it("is documented tone by tone, with the hex values the code uses", () => {
    const rows = [...doc.matchAll(/^\| `(\w+)` \| `(#[0-9A-F]{6})` \| `(#[0-9A-F]{6})` \|/gm)].map((m) =>
      m.slice(1, 4),
    );
    expect(rows).toEqual(Object.entries(TONES).map(([tone, { fill, text }]) => [tone, fill, text]));
  });

  it("shows behind plan and errors in one tone, nobody sent and warnings in another, met plans in a third", () => {
    expect([PLAN_TONE["not-met"], SEVERITY_TONE.error]).toEqual(["bad", "bad"]);
    expect([PLAN_TONE["none-sent"], SEVERITY_TONE.warning]).toEqual(["caution", "caution"]);
    expect([PLAN_TONE.met, PLAN_TONE.exceeded]).toEqual(["good", "good"]);
    expect(new Set(Object.values(TONES).map((t) => t.fill)).size).toBe(Object.keys(TONES).length);
  });
});
