import { describeError } from "./error-text";
import { STRINGS } from "../i18n/language";

const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("describeError", () => {
  it("tells the user what to do about Excel failures they can fix", () => {
    expect(
      describeError(officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), STRINGS.vi),
    ).toBe(STRINGS.vi.cellEditMode);
    expect(describeError(officeError("ItemNotFound", "The requested resource doesn't exist."), STRINGS.en)).toBe(
      STRINGS.en.sheetMissing,
    );
  });

  it("keeps the message and code of any other failure, so nothing is hidden", () => {
    expect(describeError(officeError("GeneralException", "Boom"), STRINGS.vi)).toBe(
      "Không thực hiện được: Boom (GeneralException)",
    );
    expect(describeError(new TypeError("x is undefined"), STRINGS.en)).toBe("Could not finish: x is undefined");
    expect(describeError("network down", STRINGS.en)).toBe("Could not finish: network down");
  });
});
