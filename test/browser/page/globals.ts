import type { FakeHost } from "../../host";

/** The fake host the test page exposes, so tests can look at the workbook behind the pane. */
declare global {
  interface Window {
    __host: FakeHost;
  }
}
