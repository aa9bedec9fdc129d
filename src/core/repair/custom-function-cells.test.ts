import { customFunctionNames, findCustomFunctionCells } from "./custom-function-cells";

describe("customFunctionNames", () => {
  it.each([
    ["=CADRE.PLAN_PCT(B5,C5)", ["PLAN_PCT"]],
    ["=cadre.age(D5;TODAY())", ["AGE"]],
    ['=IF(A1>0,CADRE.PLAN_STATUS(B5,C5),CADRE.PLAN_PCT(B5,C5)&"%")', ["PLAN_STATUS", "PLAN_PCT"]],
    ['=SUM(CADRE.COUNT_MATCH(E5:E200,"Thạc sĩ"),CADRE.COUNT_MATCH(F5:F200,"x"))', ["COUNT_MATCH"]],
    ["=@CADRE.VN_KEY(B5)", ["VN_KEY"]],
  ])("finds the calls in %s", (formula, names) => {
    expect(customFunctionNames(formula)).toEqual(names);
  });

  it.each([
    ['="CADRE.AGE(D5)"', "inside a string"],
    ['="say ""CADRE.AGE(D5)"" here"', "inside a string with doubled quotes"],
    ["='CADRE.AGE(x)'!A1", "inside a quoted sheet name"],
    ["=MYCADRE.AGE(D5)", "part of another name"],
    ["=CADRE.AGE", "a name, not a call"],
    ["=SUM(A1:A5)", "no mention at all"],
  ])("ignores %s (%s)", (formula) => {
    expect(customFunctionNames(formula)).toEqual([]);
  });

  it("finds a call after a string that holds a quote", () => {
    expect(customFunctionNames('="a""b"&CADRE.AGE(D5)')).toEqual(["AGE"]);
  });
});

describe("findCustomFunctionCells", () => {
  it("lists the cells that would show #NAME? without the add-in, by their address on the sheet", () => {
    const formulas = [
      ["Chỉ tiêu", "=CADRE.PLAN_PCT(B5,C5)", 30],
      ["=CADRE.AGE(D5)", "=SUM(B5:B9)", ""],
      ['="CADRE.AGE("', "CADRE.PLAN_PCT(1,2)", null],
    ];
    expect(findCustomFunctionCells(formulas, { row: 4, col: 2 })).toEqual([
      { cell: "C4", row: 4, col: 3, formula: "=CADRE.PLAN_PCT(B5,C5)", functions: ["PLAN_PCT"] },
      { cell: "B5", row: 5, col: 2, formula: "=CADRE.AGE(D5)", functions: ["AGE"] },
    ]);
  });
});
