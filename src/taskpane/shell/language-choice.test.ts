import { chooseLanguage, chosenLanguage, paneLanguage, type ChoiceStorage } from "./language-choice";

function memoryStorage(): ChoiceStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const blocked: ChoiceStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("SecurityError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("the pane's language", () => {
  it("follows Office's display language until the user chooses one", () => {
    const storage = memoryStorage();
    expect([paneLanguage("vi-VN", storage), paneLanguage("en-GB", storage), paneLanguage("fr-FR", storage)]).toEqual([
      "vi",
      "en",
      "en",
    ]);
  });

  it("is the user's choice once made, whatever Office's language, until they choose to follow Office again", () => {
    const storage = memoryStorage();
    expect(chooseLanguage(storage, "en")).toBe(true);
    expect(paneLanguage("vi-VN", storage)).toBe("en");
    chooseLanguage(storage, null);
    expect([chosenLanguage(storage), paneLanguage("vi-VN", storage)]).toEqual([null, "vi"]);
  });

  it("follows Office where the webview keeps no storage, and says the choice could not be kept", () => {
    expect(paneLanguage("vi-VN", blocked)).toBe("vi");
    expect(chooseLanguage(blocked, "en")).toBe(false);
    expect(paneLanguage("en-US", null)).toBe("en");
  });
});
