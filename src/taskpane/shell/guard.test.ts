import { ReadCancelled } from "../../office";
import { SHELL_TEXTS } from "../i18n";
import { guardFor, type GuardedSection } from "./guard";
import { createPaneStore } from "./store";

/** A section of the pane as the guard sees it: its messages, its progress line and its busy mark. */
function section(): GuardedSection & { busyMarks: string[] } {
  const busyMarks: string[] = [];
  return {
    messages: { error: { textContent: "" }, status: { textContent: "" } },
    progress: {
      progress: { hidden: false },
      progressText: { textContent: "Đang đọc…" },
      progressBar: { value: 0.5, removeAttribute: () => undefined },
    },
    region: { setAttribute: (_name: string, value: string) => void busyMarks.push(value) },
    texts: SHELL_TEXTS.vi,
    busyMarks,
  };
}

describe("the sections' guards", () => {
  it("share one busy state: a consolidation pressed while a check runs does nothing, and runs once it is over", async () => {
    const store = createPaneStore();
    const check = guardFor(store, section());
    const plan = section();
    const consolidate = guardFor(store, plan);
    const ran: string[] = [];
    let finishCheck: () => void = () => undefined;
    const checking = check(async () => {
      ran.push("check");
      await new Promise<void>((resolve) => (finishCheck = resolve));
    })();

    await consolidate(async () => void ran.push("consolidate"))();
    expect(ran).toEqual(["check"]);
    expect(plan.busyMarks).toEqual([]);

    finishCheck();
    await checking;
    await consolidate(async () => void ran.push("consolidate"))();
    expect(ran).toEqual(["check", "consolidate"]);
    expect(plan.busyMarks).toEqual(["true", "false"]);
  });

  it("tells a failure in its own section, hides the progress and frees the pane", async () => {
    const store = createPaneStore();
    const plan = section();
    await guardFor(
      store,
      plan,
    )(async () => {
      throw Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    })();
    expect(plan.messages.error.textContent).toBe(SHELL_TEXTS.vi.cellEditMode);
    expect(plan.progress.progress.hidden).toBe(true);
    expect(plan.busyMarks).toEqual(["true", "false"]);
    expect(store.state.busy).toBe(false);
  });

  it("frees the pane after a cancelled read too", async () => {
    const store = createPaneStore();
    await guardFor(store, section())(() => Promise.reject(new ReadCancelled()))();
    expect(store.state.busy).toBe(false);
  });
});
