import { createFakeHost, workbookFromGrid } from "../../test/host";
import { DEFAULT_SETTINGS } from "../core/settings";
import { loadSettings, saveSettings, SETTINGS_KEY } from "./workbook-settings";

function hostWith(settings: Record<string, unknown> = {}) {
  return createFakeHost(workbookFromGrid([{ name: "Danh sách", rows: [["STT"]] }], { settings }));
}

describe("workbook settings", () => {
  it("round-trip through the workbook, so the file behaves the same for whoever opens it", async () => {
    const host = hostWith();
    const saved = await saveSettings(host.context(), { rotationMinYears: 8, rosterSheet: "Danh sách" });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, rotationMinYears: 8, rosterSheet: "Danh sách" });
    const colleague = createFakeHost(host.workbook);
    expect(await loadSettings(colleague.context())).toEqual(saved);
    expect(await saveSettings(colleague.context(), { postgradMaxAge: 38 })).toEqual({ ...saved, postgradMaxAge: 38 });
  });

  it("fall back to the defaults when absent or junk, keeping what is usable", async () => {
    expect(await loadSettings(hostWith().context())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(hostWith({ [SETTINGS_KEY]: "{not json" }).context())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(hostWith({ [SETTINGS_KEY]: "[1,2]" }).context())).toEqual(DEFAULT_SETTINGS);
    const mixed = JSON.stringify({ rotationMinYears: "ten", headerSearchRows: 40, evil: "=1+1" });
    expect(await loadSettings(hostWith({ [SETTINGS_KEY]: mixed }).context())).toEqual({
      ...DEFAULT_SETTINGS,
      headerSearchRows: 40,
    });
    expect(await loadSettings(hostWith({ [SETTINGS_KEY]: { today: "01/01/2026" } }).context())).toEqual({
      ...DEFAULT_SETTINGS,
      today: "01/01/2026",
    });
  });

  it("take one sync to load", async () => {
    const host = hostWith();
    await loadSettings(host.context());
    expect(host.stats.syncs).toBe(1);
  });
});
