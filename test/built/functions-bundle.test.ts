import vm from "vm";
import { builtName, readBuilt } from "./dist";

type CustomFunction = (...args: unknown[]) => unknown;

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Runs the built functions.js as Excel would, recording what it associates with each id. */
function loadBundle(): Map<string, unknown> {
  const associated = new Map<string, unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: unknown) => associated.set(id, fn),
    Error: StubError,
    ErrorCode: ERROR_CODES,
  };
  vm.runInNewContext(readBuilt(builtName("functions.js")), { CustomFunctions }, { filename: "functions.js" });
  return associated;
}

const metadataIds = (
  JSON.parse(readBuilt(builtName("functions.json"))) as { functions: { id: string }[] }
).functions.map((f) => f.id);
const associated = loadBundle();

function call(id: string, ...args: unknown[]): unknown {
  const fn = associated.get(id);
  if (typeof fn !== "function") throw new Error(`${id} is not associated with a function`);
  return (fn as CustomFunction)(...args);
}

/** Days since 30/12/1899, as Excel stores dates. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("dist/functions.js", () => {
  it("associates every function in functions.json, and nothing else", () => {
    expect([...associated.keys()].sort()).toEqual([...metadataIds].sort());
    for (const id of metadataIds) expect({ id, type: typeof associated.get(id) }).toEqual({ id, type: "function" });
  });

  it("computes plan figures as Excel passes them (each argument a range)", () => {
    expect(call("PLAN_PCT", [[30]], [[10]])).toEqual([[3]]);
    expect(call("PLAN_PCT", [[24]], [[40]])).toEqual([[0.6]]);
    expect(call("PLAN_PCT", [[30], [24]], [[10], [40]])).toEqual([[3], [0.6]]);
    expect(call("ROTATION_RATIO", [[24]], [[40]])).toEqual([[0.6]]);
    expect(call("PLAN_GAP", [[24]], [[40]])).toEqual([[16]]);
    expect(call("PLAN_STATUS", [[30]], [[10]])).toEqual([["Vượt kế hoạch"]]);
    expect(call("PLAN_STATUS", [[30]], [[10]], "en")).toEqual([["Exceeded"]]);
  });

  it("returns Excel's #DIV/0! for a zero target", () => {
    expect(call("PLAN_PCT", [[5]], [[0]])).toEqual([[new StubError("#DIV/0!")]]);
  });

  it("computes ages and retirement from dates written dd/mm/yyyy or as a year", () => {
    expect(call("AGE", [["15/03/1985"]], [["14/03/2025"]])).toEqual([[39]]);
    expect(call("AGE", [["15/03/1985"]], [["15/03/2025"]])).toEqual([[40]]);
    // A woman born in 1980 reaches 60, the age in force for 2040, in January 2040.
    expect(call("RETIREMENT_DATE", [[1980]], [["Nữ"]])).toEqual([[serial(2040, 1, 31)]]);
    const [[yearsLeft]] = call("YEARS_TO_RETIREMENT", [[1980]], [["Nữ"]], [["01/01/2030"]]) as number[][];
    expect(yearsLeft).toBeCloseTo(10, 0);
  });

  it("repairs Vietnamese text typed in TCVN3 or VNI", () => {
    expect(call("VN_UNICODE", [["NguyÔn V¨n A"], ["Nguyeãn Vaên A"]])).toEqual([["Nguyễn Văn A"], ["Nguyễn Văn A"]]);
  });

  it("matches names however they are cased, spaced or composed", () => {
    const [[key]] = call("VN_KEY", [["Nguyễn Văn A"]]) as string[][];
    expect(call("VN_KEY", [["  NGUYỄN   văn  A ".normalize("NFD")]])).toEqual([[key]]);
    expect(
      call("COUNT_MATCH", [["Nguyễn Văn A"], ["nguyễn văn a".normalize("NFD")], ["Trần Văn B"]], [["Nguyễn Văn A"]]),
    ).toEqual([[2]]);
  });
});
