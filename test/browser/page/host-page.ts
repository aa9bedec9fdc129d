/**
 * Stands in for office.js on the browser test page and in `npm run preview`: `Office`, `Excel` and
 * `CustomFunctions` over the sample workbook, which tests inspect through `window.__host`.
 * The query string chooses the host: ?lang=en-US&api=1.5&rows=10000&active=Bảng&selection=C6&latency=200
 * (latency: milliseconds each sync waits, as a round trip to Excel on the web would), and the workbook:
 * the tests' sample with its hostile texts by default, a department's roster with `workbook=department`.
 * Files picked in the pane open as Excel opens them (./open-file), besides those a test registers.
 */
import { createFakeHost } from "../../host";
import { departmentWorkbook } from "../department-workbook";
import { sampleWorkbook } from "../sample-workbook";
import "./globals";
import { openPickedFile } from "./open-file";

const params = new URLSearchParams(window.location.search);
const host = createFakeHost(
  params.get("workbook") === "department"
    ? departmentWorkbook()
    : sampleWorkbook({
        people: params.has("rows") ? Number(params.get("rows")) : undefined,
        active: params.get("active") ?? undefined,
        selection: params.get("selection") ?? undefined,
      }),
  { apiVersion: params.get("api") ?? "1.20", displayLanguage: params.get("lang") ?? "vi-VN", openFile: openPickedFile },
);

const latency = Number(params.get("latency") ?? "0");

/** Excel.run over the fake host, each sync delayed by `latency`. */
const excel = {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return host.Excel.run(options, (context) => {
      const sync = context.sync.bind(context);
      context.sync = <U>(passThroughValue?: U) =>
        new Promise<U>((resolve) => setTimeout(resolve, latency)).then(() => sync(passThroughValue));
      return batch(context);
    });
  },
};

const info = { host: "Excel", platform: "OfficeOnline" };

/** Custom functions are registered with Excel; here there is no grid to call them, so registering does nothing. */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

Object.assign(window, {
  Office: {
    ...host.Office,
    onReady: (callback?: (value: typeof info) => void) =>
      Promise.resolve().then(() => {
        callback?.(info);
        return info;
      }),
  },
  Excel: latency > 0 ? excel : host.Excel,
  CustomFunctions: {
    associate: () => undefined,
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
  __host: host,
});
