import { day, rosterBook, type Person } from "../../../test/support/cli/summary-books";
import { useTempDir } from "../../../test/support/cli/temp-dir";
import { resolveSettings } from "../../core/settings";
import { severityCounts } from "../../core/report/summary";
import { DEFAULT_LIMITS } from "../../xlsx/limits";
import { examineRosterFile } from "./roster-file";

const tempDir = useTempDir();

const undecided = (n: number): Person => [`Nông Thị Mai ${"ABCDE"[n]}`, day(1991, 2, 2), "Nữ", "Sở Y tế", "Thạc sĩ", null, null];

describe("a roster consolidated by summary", () => {
  test("lists the issues its check lists, the others counted: its findings stay bounded, its totals whole", async () => {
    const file = await rosterBook(tempDir(), "thieu-qd.xlsx", [0, 1, 2, 3, 4].map(undecided));
    const job = { kind: "roster" as const, path: file, settings: resolveSettings({}), lang: "en" as const, limits: DEFAULT_LIMITS };
    const [all, capped] = await Promise.all([examineRosterFile(job), examineRosterFile({ ...job, maxIssues: 2 })]);
    if (!all.ok || !capped.ok) throw new Error("the roster should be read");
    const [full, cut] = [all.value.report.sheets, capped.value.report.sheets];
    expect(full[0].issues.length).toBeGreaterThan(2);
    expect(cut[0].issues).toEqual(full[0].issues.slice(0, 2));
    expect(severityCounts(cut)).toEqual(severityCounts(full));
    expect(capped.value.people).toEqual(all.value.people);
  });
});
