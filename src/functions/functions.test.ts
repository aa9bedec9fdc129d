import {
  age,
  countMatch,
  planForecast,
  planGap,
  planPct,
  planStatus,
  retirementDateOf,
  rotationRatio,
  vnKeyOf,
  vnUnicode,
  yearsToRetirementOf,
} from "./functions";

/** Stands in for the global the Excel functions runtime provides. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeAll(() => {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StubError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: jest.fn(),
  };
});

/** What the cells show: values, or the error code. */
const shown = (cells: unknown[][]) =>
  cells.map((row) => row.map((cell) => (cell instanceof StubError ? cell.code : cell)));
const message = (cells: unknown[][]) => (cells[0][0] as StubError).message;

describe("PLAN_PCT", () => {
  it("divides single values", () => {
    expect(shown(planPct([[30]], [[10]]))).toEqual([[3]]);
    expect(shown(planPct([[24]], [[40]]))).toEqual([[0.6]]);
  });

  it("gives a 2×3 result for 2×3 ranges", () => {
    expect(
      shown(
        planPct(
          [
            [30, 4, 24],
            [0, 10, 5],
          ],
          [
            [10, 4, 40],
            [5, 20, 2],
          ],
        ),
      ),
    ).toEqual([
      [3, 1, 0.6],
      [0, 0.5, 2.5],
    ]);
  });

  it("spreads a single target over a range of actuals", () => {
    expect(shown(planPct([[10], [20], [30]], [[40]]))).toEqual([[0.25], [0.5], [0.75]]);
  });

  it("counts a blank actual as 0, as the web (null) and the desktop (0) send it", () => {
    expect(shown(planPct([[null]], [[10]]))).toEqual([[0]]);
    expect(shown(planPct([[0]], [[10]]))).toEqual([[0]]);
    expect(shown(planPct([[""]], [[10]]))).toEqual([[0]]);
  });

  it("gives #DIV/0! for a zero or blank target", () => {
    expect(shown(planPct([[5, 5, 5]], [[0, null, ""]]))).toEqual([["#DIV/0!", "#DIV/0!", "#DIV/0!"]]);
  });

  it("gives #VALUE! with a Vietnamese message for text that is not a number", () => {
    const result = planPct([["ba mươi"]], [[10]]);
    expect(shown(result)).toEqual([["#VALUE!"]]);
    expect(message(result)).toBe('Không phải số: "ba mươi" (not a number)');
  });

  it("reads whole-number text", () => {
    expect(shown(planPct([["30"]], [[" 10 "]]))).toEqual([[3]]);
  });

  it("gives #NUM! for negative counts", () => {
    expect(shown(planPct([[-3]], [[10]]))).toEqual([["#NUM!"]]);
    expect(shown(planPct([[3]], [[-10]]))).toEqual([["#NUM!"]]);
  });

  it("fills cells that one range does not reach with #N/A", () => {
    expect(shown(planPct([[1, 2, 3]], [[1, 2]]))).toEqual([[1, 1, "#N/A"]]);
  });

  it("keeps going past a bad cell", () => {
    expect(shown(planPct([[30], ["x"], [12]], [[10], [10], [0]]))).toEqual([[3], ["#VALUE!"], ["#DIV/0!"]]);
  });
});

describe("PLAN_STATUS", () => {
  it("words the status in Vietnamese by default", () => {
    expect(shown(planStatus([[30, 4, 139]], [[10, 4, 200]]))).toEqual([
      ["Vượt kế hoạch", "Đạt kế hoạch", "Chưa đạt kế hoạch"],
    ]);
    expect(shown(planStatus([[30]], [[10]], null))).toEqual([["Vượt kế hoạch"]]);
  });

  it('words it in English with "en"', () => {
    expect(shown(planStatus([[30, 4, 139]], [[10, 4, 200]], "en"))).toEqual([["Exceeded", "Met", "Not met"]]);
  });

  it("refuses a language it does not speak", () => {
    const result = planStatus([[30]], [[10]], "fr");
    expect(shown(result)).toEqual([["#VALUE!"]]);
    expect(message(result)).toContain('"vi" hoặc "en"');
  });

  it("shares the plan errors", () => {
    expect(shown(planStatus([[3, -1]], [[null, 5]]))).toEqual([["#DIV/0!", "#NUM!"]]);
  });
});

describe("PLAN_GAP", () => {
  it("gives what is still needed, 0 once met", () => {
    expect(shown(planGap([[79], [30], [null]], [[175], [10], [40]]))).toEqual([[96], [0], [40]]);
  });
});

describe("PLAN_FORECAST", () => {
  it("carries the pace so far to the end of the term: 12 sent in 2 of 5 years against 40 is 75%", () => {
    const [[share]] = planForecast([[12]], [[40]], [["01/01/2021"]], [[2025]], [["01/01/2023"]]);
    expect(share).toBeCloseTo(0.75, 2);
  });

  it("gives one forecast per category when given columns, the share reached once the term is over", () => {
    const result = planForecast([[12], [30]], [[40], [10]], [[2021]], [[2025]], [["31/12/2027"]]);
    expect(shown(result)).toEqual([[0.3], [3]]);
  });

  it("counts up to today when no as-of date is given", () => {
    // A term from 1900 to 2100, now well under way: 10 reached is some share below 10 ÷ 20 at the end.
    const [[share]] = planForecast([[10]], [[20]], [[1900]], [[2100]]);
    expect(typeof share === "number" && share > 0.5 && share < 3).toBe(true);
  });

  it("explains a blank start or end, and gives #NUM! for a term that ends before it starts", () => {
    const blank = planForecast([[3]], [[10]], [[null]], [[2025]], [["01/01/2023"]]);
    expect(shown(blank)).toEqual([["#VALUE!"]]);
    expect(message(blank)).toContain("Thiếu ngày bắt đầu");
    expect(shown(planForecast([[3]], [[10]], [[2025]], [[2021]], [["01/01/2023"]]))).toEqual([["#NUM!"]]);
    expect(shown(planForecast([[3]], [[0]], [[2021]], [[2025]], [["01/01/2023"]]))).toEqual([["#DIV/0!"]]);
  });
});

describe("ROTATION_RATIO", () => {
  it("divides a count by the quota", () => {
    expect(shown(rotationRatio([[24]], [[40]]))).toEqual([[0.6]]);
  });

  it("counts the marked cells of a roster range", () => {
    const roster = [["x"], ["có"], [""], ["không"], [true], [null], [44562], ["-"]];
    expect(shown(rotationRatio(roster, [[8]]))).toEqual([[0.5]]);
  });

  it("gives #NUM! for a negative count and #DIV/0! for a blank quota", () => {
    expect(shown(rotationRatio([[-2]], [[10]]))).toEqual([["#NUM!"]]);
    expect(shown(rotationRatio([["x"], ["x"]], [[null]]))).toEqual([["#DIV/0!"]]);
  });

  it("spills over a range of quotas", () => {
    expect(shown(rotationRatio([["x", "x", "x"]], [[3, 6]]))).toEqual([[1, 0.5]]);
  });
});

describe("AGE", () => {
  const asOf = [["01/01/2025"]];

  it("reads births as text dd/mm/yyyy, as an Excel date or as a year", () => {
    // 31111 is 05/03/1985; 1985 alone is 01/01/1985.
    expect(shown(age([["05/03/1985"], [31111], [1985], ["1985"]], asOf))).toEqual([[39], [39], [40], [40]]);
  });

  it("takes the as-of date as an Excel date", () => {
    expect(shown(age([["05/03/1985"]], [[45721]]))).toEqual([[40]]); // 05/03/2025
  });

  it("leaves blank births blank", () => {
    expect(shown(age([[null], [0], [""]], asOf))).toEqual([[""], [""], [""]]);
  });

  it("says which dates it cannot read", () => {
    const result = age([["31/02/1986"]], asOf);
    expect(shown(result)).toEqual([["#VALUE!"]]);
    expect(message(result)).toBe('Ngày không có thật: "31/02/1986" (no such date)');
    expect(shown(age([["abc"]], asOf))).toEqual([["#VALUE!"]]);
  });

  it("needs an as-of date after the birth", () => {
    expect(shown(age([["05/03/1985"]], [[null]]))).toEqual([["#VALUE!"]]);
    expect(shown(age([["05/03/2030"]], asOf))).toEqual([["#NUM!"]]);
  });
});

describe("RETIREMENT_DATE", () => {
  it("gives the retirement date as an Excel date", () => {
    // 44316 is 30/04/2021; 44681 is 30/04/2022; 46691 is 31/10/2027; 44347 is 31/05/2021.
    expect(
      shown(retirementDateOf([["01/01/1961"], ["15/10/1961"], [1966], [1966]], [["Nam"], ["M"], ["male"], ["Nữ"]])),
    ).toEqual([[44316], [44681], [46691], [44347]]);
  });

  it("spreads one gender over a column of births", () => {
    expect(shown(retirementDateOf([[1966], [""]], [["NỮ".normalize("NFD")]]))).toEqual([[44347], [""]]);
  });

  it("needs a gender it can read", () => {
    expect(shown(retirementDateOf([[1966]], [["?"]]))).toEqual([["#VALUE!"]]);
    expect(shown(retirementDateOf([[1966]], [[null]]))).toEqual([["#VALUE!"]]);
  });
});

describe("YEARS_TO_RETIREMENT", () => {
  it("counts the working years left, 0 once retired", () => {
    expect(shown(yearsToRetirementOf([["01/01/1961"]], [["Nam"]], [["30/04/2011"]]))).toEqual([[10]]);
    expect(shown(yearsToRetirementOf([["01/01/1961"]], [["Nam"]], [["01/01/2025"]]))).toEqual([[0]]);
  });
});

describe("VN_UNICODE and VN_KEY", () => {
  it("converts TCVN3 and VNI text to Unicode", () => {
    expect(shown(vnUnicode([["NguyÔn V¨n A"], ["Nguyeãn Vaên A"]]))).toEqual([["Nguyễn Văn A"], ["Nguyễn Văn A"]]);
  });

  it("returns Unicode text in NFC, numbers as they are and blanks as blank", () => {
    expect(shown(vnUnicode([["Nguyễn Văn A".normalize("NFD"), 12, null]]))).toEqual([["Nguyễn Văn A", 12, ""]]);
  });

  it("gives one key to two spellings of a name", () => {
    const [[a, b, c]] = shown(vnKeyOf([["Nguyễn Văn Hòa", "  nguyễn  văn HOÀ ".normalize("NFD"), "Nguyễn Văn Hoà"]]));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });
});

describe("COUNT_MATCH", () => {
  const names = [
    ["Nguyễn Văn Hòa"],
    ["NGUYỄN VĂN HÒA".normalize("NFD")],
    [" nguyễn  văn hòa "],
    ["Trần Thị Lan"],
    [null],
  ];

  it("counts across Unicode forms, case and spacing", () => {
    expect(shown(countMatch(names, [["Nguyễn Văn Hòa"]]))).toEqual([[3]]);
  });

  it("counts each of a range of values", () => {
    expect(shown(countMatch(names, [["trần thị lan", "Lê Văn B", null]]))).toEqual([[1, 0, 0]]);
  });
});

describe("errors in the argument cells", () => {
  /** An error cell as Excel passes it where the metadata allows errors for `any` arguments. */
  const cellError = (code: string) => new StubError(code);

  it("give that cell's result the same error and leave the rest of the spilled result worked out", () => {
    expect(shown(age([[32944], [cellError("#REF!")], [32215]], [[46000]]))).toEqual([[35], ["#REF!"], [37]]);
    expect(shown(planPct([[30, cellError("#DIV/0!")]], [[10, 5]]))).toEqual([[3, "#DIV/0!"]]);
    expect(shown(vnKeyOf([["An"], [cellError("#N/A")]]))).toEqual([["an"], ["#N/A"]]);
  });

  it("turn errors a function cannot give back into #VALUE! naming them", () => {
    const [[result]] = planGap([[cellError("#SPILL!")]], [[3]]);
    expect(result).toBeInstanceOf(StubError);
    expect((result as StubError).code).toBe("#VALUE!");
    expect((result as StubError).message).toContain("#SPILL!");
  });

  it("count as nothing inside a range being counted, as COUNTIF counts them", () => {
    expect(shown(countMatch([["An"], [cellError("#N/A")], ["an"]], [["AN"]]))).toEqual([[2]]);
    expect(shown(rotationRatio([["x"], [cellError("#VALUE!")], ["có"]], [[4]]))).toEqual([[0.5]]);
    expect(shown(rotationRatio([[cellError("#NAME?")]], [[4]]))).toEqual([["#NAME?"]]);
  });
});
