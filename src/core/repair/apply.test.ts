import { check, trainees, trainingSheet } from "../../../test/support/core/grid";
import { applyCellWrites, applyRepairs } from "./apply";
import { planRepairs } from "./plan";
import { frozen, withFonts } from "../../../test/support/core/repair-sheets";

describe("applyRepairs", () => {
  const sheet = () =>
    withFonts(trainingSheet(trainees({ 0: { fullName: "NguyÔn V¨n An" }, 1: { birthDate: "05/11/1990" } })), {
      B5: ".VnTime",
    });

  it("returns the repaired sheet and never changes the one it was given", () => {
    const input = sheet();
    const before = JSON.stringify(input);
    const repairs = planRepairs(check(input), frozen(input));
    const out = applyRepairs(input, repairs);
    expect(JSON.stringify(input)).toBe(before);
    expect(out).not.toBe(input);
    expect([out.values[4][1], out.fonts?.[4][1], out.values[5][2], out.numberFormats?.[5][2]]).toEqual([
      "Nguyễn Văn An",
      "Times New Roman",
      33182,
      "dd/mm/yyyy",
    ]);
    expect([input.values[4][1], input.fonts?.[4][1], input.values[5][2], input.numberFormats?.[5][2]]).toEqual([
      "NguyÔn V¨n An",
      ".VnTime",
      "05/11/1990",
      null,
    ]);
  });

  it("shares the rows it did not touch, copies the ones it did", () => {
    const input = sheet();
    const out = applyRepairs(input, planRepairs(check(input), input));
    expect(out.values[2]).toBe(input.values[2]);
    expect(out.values[4]).not.toBe(input.values[4]);
  });

  it("makes a missing format layer when a write needs one, and ignores writes outside the grid", () => {
    const input = frozen({ name: "S", values: [["a", "b"]], origin: { row: 3, col: 2 } });
    const out = applyCellWrites(input, [
      { address: "C3", value: 5, numberFormat: "dd/mm/yyyy" },
      { address: "Z99", value: "x" },
      { address: "A1", value: "x" },
    ]);
    expect(out).toEqual({
      name: "S",
      values: [["a", 5]],
      origin: { row: 3, col: 2 },
      numberFormats: [[null, "dd/mm/yyyy"]],
    });
  });
});
