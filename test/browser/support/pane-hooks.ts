/**
 * The set-up every task pane test file shares, so that each file states only what it tests.
 */
import { type HostQuery, openLab, openPane, type PaneLab, type PaneOptions, type PaneSession } from "./pane-session";

export interface PaneFixture {
  /** Opens the running test's page on the task pane (see `openPane`). */
  open(query?: HostQuery, options?: PaneOptions): Promise<PaneSession>;
  /** The page the running test opened. */
  readonly session: PaneSession;
}

/**
 * Registers the hooks: one browser and server for the file, opened before its tests and closed after
 * them; after each test, the check that its page never left this machine, opened a dialog, broke its
 * policy or threw, then the page closed.
 */
export function usePane(): PaneFixture {
  let lab: PaneLab | undefined;
  let session: PaneSession | undefined;
  beforeAll(async () => {
    lab = await openLab();
  }, 120_000);
  afterAll(() => lab?.close());
  afterEach(async () => {
    expect(session?.incidents).toMatchObject({ offMachine: [], dialogs: [], csp: [], pageErrors: [] });
    await session?.close();
  });
  return {
    async open(query, options) {
      if (lab === undefined) throw new Error("The browser did not start. / Trình duyệt chưa khởi động.");
      session = await openPane(lab, query, options);
      return session;
    },
    get session() {
      if (session === undefined) throw new Error("No page is open. / Chưa mở trang nào.");
      return session;
    },
  };
}
