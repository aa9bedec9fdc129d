/**
 * A fake Excel host for tests and for the browser test page: an in-memory workbook behind the subset
 * of Office.js the add-in's adapter (src/office) uses, with Office.js's batching semantics. No Node APIs.
 */
import { emptyStats, FakeContext, type HostConfig, type HostStats } from "./context";
import { apiNotFound } from "./errors";
import type { WorkbookModel } from "./model";
import type { FileOpener } from "./insert-sheets";
import type { GridSheet } from "./workbook-from-grid";

export type { FakeCell, FakeChart, FakeValue, Rect, SheetModel, WorkbookModel } from "./model";
export { cellValue } from "./formula";
export type { HostStats } from "./context";
export { PAYLOAD_LIMIT, READ_CELL_LIMIT } from "./context";
export type { FileOpener, KnownFile } from "./insert-sheets";
export { workbookFromGrid, type GridSheet, type GridOptions } from "./workbook-from-grid";
export { cellOf, sheetByName, snapshot } from "./inspect";
export { ROSTER_COLUMNS, ROSTER_HEADER_ROWS, rosterSheet } from "./sample-roster";

export interface HostOptions {
  /** The newest ExcelApi version the host supports, "1.1" … "1.20"; "1.20" by default. */
  apiVersion?: string;
  /** `Office.context.displayLanguage`; "vi-VN" by default. */
  displayLanguage?: string;
  /** "web" (the default) applies Excel on the web's request and response limits; "desktop" has none. */
  platform?: "web" | "desktop";
  /** Opens the files `insertWorksheetsFromBase64` is given that no `addFile` registered, as Excel would. */
  openFile?: FileOpener;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcel {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  /** ExcelApi 1.8: the file is kept in `FakeHost.openedWorkbooks`, as the new window Excel would open. */
  createWorkbook(base64?: string): Promise<void>;
}

export interface FakeOffice {
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface FakeHost {
  Excel: FakeExcel;
  Office: FakeOffice;
  /** A new request context on the workbook, typed as the real one so the adapter can take it. */
  context(): Excel.RequestContext;
  stats: HostStats;
  resetStats(): void;
  /** The user starts typing in a cell: the next `syncs` syncs fail with InvalidOperationInCellEditMode. */
  editCell(syncs: number): void;
  workbook: WorkbookModel;
  /** Calls `listener` after each sync that ran commands (the preview redraws its grid); returns how to stop. */
  onChange(listener: () => void): () => void;
  /** The files `Excel.createWorkbook` opened as new workbooks (base64), in order. */
  openedWorkbooks: string[];
  /**
   * Lets `insertWorksheetsFromBase64` open this file (its base64 text), whose sheets the test parsed.
   * `webUnsupported`: the file holds what Excel on the web will not insert (notes, charts, PivotTables, slicers).
   */
  addFile(base64: string, sheets: readonly GridSheet[], options?: { webUnsupported?: boolean }): void;
}

/** The newest version of the other requirement sets the fake answers for, as an Excel of today does. */
const RUNTIME_SETS: Readonly<Record<string, number>> = { SharedRuntime: 2, CustomFunctionsRuntime: 4 };

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  if (!m) throw new Error(`ExcelApi versions look like "1.13", not "${version}"`);
  return Number(m[1]);
}

export function createFakeHost(workbook: WorkbookModel, options: HostOptions = {}): FakeHost {
  const config: HostConfig = {
    apiVersion: minor(options.apiVersion ?? "1.20"),
    displayLanguage: options.displayLanguage ?? "vi-VN",
    cellEditSyncs: 0,
    files: new Map(),
    platform: options.platform ?? "web",
    openFile: options.openFile,
    changed: new Set(),
  };
  const host: FakeHost = {
    stats: emptyStats(),
    workbook,
    openedWorkbooks: [],
    onChange: (listener) => {
      config.changed.add(listener);
      return () => void config.changed.delete(listener);
    },
    resetStats: () => Object.assign(host.stats, emptyStats()),
    editCell: (syncs) => (config.cellEditSyncs = syncs),
    addFile: (base64, sheets, file = {}) =>
      void config.files.set(base64, { sheets, webUnsupported: file.webUnsupported ?? false }),
    context: () => new FakeContext(workbook, host.stats, config) as unknown as Excel.RequestContext,
    Excel: {
      run<T>(first: Batch<T> | Excel.RunOptions, second?: Batch<T>): Promise<T> {
        const batch = typeof first === "function" ? first : second;
        if (!batch) return Promise.reject(new Error("Excel.run needs a batch function"));
        return batch(host.context());
      },
      createWorkbook(base64?: string): Promise<void> {
        // Before ExcelApi 1.8 the function is not there to call (Office.js throws ApiNotFound).
        if (config.apiVersion < 8) return Promise.reject(apiNotFound("Excel.createWorkbook", 8));
        host.openedWorkbooks.push(base64 ?? "");
        return Promise.resolve();
      },
    },
    Office: {
      context: {
        displayLanguage: config.displayLanguage,
        requirements: {
          isSetSupported: (name, minVersion = "1.1") =>
            name === "ExcelApi"
              ? minor(minVersion) <= config.apiVersion
              : (RUNTIME_SETS[name] ?? -1) >= minor(minVersion),
        },
      },
    },
  };
  return host;
}
