import { createFakeHost, rosterSheet, workbookFromGrid } from "../../../test/host";
import { detectCapabilities, ReadCancelled } from "../../office";
import { runCheck } from "../check/run";
import { checkWorkbook } from "../check/workbook";
import { excelRun } from "./excel-run";
import { createPaneStore } from "./store";

/** An action that runs until the test lets it finish. */
function held() {
  let finish: () => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { action: () => done, finish, fail };
}

describe("the pane's store", () => {
  it("runs one long action at a time: a second one started while the first runs is refused", async () => {
    const store = createPaneStore();
    const check = held();
    const consolidations: string[] = [];
    const checking = store.exclusive(check.action);
    expect(store.state.busy).toBe(true);

    expect(await store.exclusive(async () => void consolidations.push("during the check"))).toBe(false);
    check.finish();
    expect(await checking).toBe(true);
    expect(store.state.busy).toBe(false);
    expect(await store.exclusive(async () => void consolidations.push("after the check"))).toBe(true);
    expect(consolidations).toEqual(["after the check"]);
  });

  it("releases the pane when the action fails or is cancelled", async () => {
    const store = createPaneStore();
    for (const error of [new Error("Excel went away"), new ReadCancelled()]) {
      const action = held();
      const running = store.exclusive(action.action);
      action.fail(error);
      await expect(running).rejects.toBe(error);
      expect(store.state.busy).toBe(false);
    }
    expect(await store.exclusive(async () => undefined)).toBe(true);
  });

  it("tells its listeners of each change with the state before it, busy first and free again last", async () => {
    const store = createPaneStore();
    const seen: string[] = [];
    store.subscribe((state, before) => seen.push(`${before.busy}→${state.busy}`));
    await store.exclusive(async () => store.setSheets(["Danh sách"]));
    expect(seen).toEqual(["false→true", "true→true", "true→false"]);
    expect(store.state.sheets).toEqual(["Danh sách"]);
  });

  it("shows one severity only, and every severity when the same is picked again", () => {
    const store = createPaneStore();
    store.showOnly("error");
    expect([...store.state.shown]).toEqual(["error"]);
    store.showOnly("warning");
    expect([...store.state.shown]).toEqual(["warning"]);
    store.showOnly("warning");
    expect([...store.state.shown]).toEqual(["error", "warning", "info"]);
  });

  it("shows every severity again with a new outcome, after the user filtered some out", async () => {
    const store = createPaneStore();
    store.showOnly("info");
    expect([...store.state.shown]).toEqual(["info"]);
    const host = createFakeHost(workbookFromGrid([rosterSheet("Danh sách", 5)]));
    const workbook = checkWorkbook(detectCapabilities(host.Office.context.requirements), excelRun(host.Excel));
    store.setOutcome(await runCheck(workbook, { target: null, lang: "vi" }));
    expect([...store.state.shown]).toEqual(["error", "warning", "info"]);
  });
});
