import { type PaneDocument, showHeader } from "./header";

function fakeDocument(): PaneDocument & { texts: Map<string, { textContent: string | null }> } {
  const texts = new Map([
    ["app-name", { textContent: null as string | null }],
    ["app-version", { textContent: null as string | null }],
  ]);
  return { title: "", documentElement: { lang: "" }, getElementById: (id) => texts.get(id) ?? null, texts };
}

describe("showHeader", () => {
  it("shows the Vietnamese name and version for a Vietnamese Office", () => {
    const doc = fakeDocument();
    showHeader(doc, "vi", "1.2.3");
    expect(doc.texts.get("app-name")?.textContent).toBe("Danh sách cán bộ trẻ");
    expect(doc.texts.get("app-version")?.textContent).toBe("Phiên bản 1.2.3");
    expect(doc.title).toBe("Danh sách cán bộ trẻ");
    expect(doc.documentElement.lang).toBe("vi");
  });

  it("shows the English name and version otherwise", () => {
    const doc = fakeDocument();
    showHeader(doc, "en", "1.2.3");
    expect(doc.texts.get("app-name")?.textContent).toBe("Young cadre roster");
    expect(doc.texts.get("app-version")?.textContent).toBe("Version 1.2.3");
    expect(doc.documentElement.lang).toBe("en");
  });
});
