import { describeError } from "./error-text";
import { SHELL_TEXTS } from "../i18n";

const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("describeError", () => {
  it("tells the user what to do about Excel failures they can fix", () => {
    expect(
      describeError(officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), SHELL_TEXTS.vi),
    ).toBe(SHELL_TEXTS.vi.cellEditMode);
    expect(describeError(officeError("ItemNotFound", "The requested resource doesn't exist."), SHELL_TEXTS.en)).toBe(
      SHELL_TEXTS.en.sheetMissing,
    );
  });

  it("keeps the message and code of any other failure, so nothing is hidden", () => {
    expect(describeError(officeError("GeneralException", "Boom"), SHELL_TEXTS.vi)).toBe(
      "Không thực hiện được: Boom (GeneralException)",
    );
    expect(describeError(new TypeError("x is undefined"), SHELL_TEXTS.en)).toBe("Could not finish: x is undefined");
    expect(describeError("network down", SHELL_TEXTS.en)).toBe("Could not finish: network down");
  });
});
