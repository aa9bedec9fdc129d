import { modelChanged } from "./calculation";
import { FakeOfficeError, apiNotFound } from "./errors";
import type { FileOpener, KnownFiles } from "./insert-sheets";
import type { WorkbookModel } from "./model";
import { RequestLog } from "./request-log";
import { FakeWorkbook } from "./workbook";

/**
 * Excel on the web rejects a request or a response larger than 5 MB, and reads of more than 5,000,000 cells
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The fake takes the smaller reading of "5 MB".
 */
export const PAYLOAD_LIMIT = 5_000_000;
export const READ_CELL_LIMIT = 5_000_000;

export interface HostStats {
  syncs: number;
  /** UTF-8 size of each sync's response (the JSON of everything loaded), in order. */
  responseBytes: number[];
  requestBytes: number[];
  maxResponseBytes: number;
  maxRequestBytes: number;
}

export interface HostConfig {
  /** The newest ExcelApi minor version the host supports: 13 for ExcelApi 1.13. */
  apiVersion: number;
  displayLanguage: string;
  /** How many more syncs fail because the user is typing in a cell. */
  cellEditSyncs: number;
  /** Workbooks `insertWorksheetsFromBase64` can open. */
  files: KnownFiles;
  /** Opens the files not in `files` (the preview's, which the user picks); without it, only those open. */
  openFile?: FileOpener;
  /** "web" applies Excel on the web's payload limits; "desktop" has none. */
  platform: "web" | "desktop";
  /** Told after every sync that ran commands, whether or not one failed (what ran before it stays done). */
  changed: Set<() => void>;
}

/** What a queued command does at sync time; it reports what it reads through `response`. */
type Command = (response: Response) => void;

/** Loaded data waits here until the whole batch has run, so a failed sync loads nothing. */
export class Response {
  private readonly parts: { commit(): void; json: string }[] = [];
  private cellsRead = 0;

  constructor(private readonly limited: boolean) {}

  /** Counts cells read in this sync; Excel on the web refuses to read more than 5,000,000 at once. */
  countCells(cells: number): void {
    this.cellsRead += cells;
    if (this.limited && this.cellsRead > READ_CELL_LIMIT)
      throw new FakeOfficeError(
        "RangeExceedsLimit",
        "The cell count in the range has exceeded the maximum supported number.",
      );
  }

  add(json: unknown, commit: () => void): void {
    this.parts.push({ json: JSON.stringify(json) ?? "null", commit });
  }

  bytes(): number {
    return this.parts.reduce((n, p) => n + utf8Length(p.json), 0);
  }

  commit(): void {
    for (const p of this.parts) p.commit();
  }
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function emptyStats(): HostStats {
  return { syncs: 0, responseBytes: [], requestBytes: [], maxResponseBytes: 0, maxRequestBytes: 0 };
}

/**
 * The request context: commands queue up and run, in order, at `sync()`, as in Office.js; the request
 * they make is built as Office.js builds it (`log`). A failing command stops the batch (what ran before it
 * stays done) and rejects the sync.
 */
export class FakeContext {
  private queue: Command[] = [];
  private pending: { settle(): void }[] = [];
  private opening: Promise<void>[] = [];
  readonly log = new RequestLog();
  readonly workbook: FakeWorkbook = new FakeWorkbook(this, this.log.root);

  constructor(
    readonly model: WorkbookModel,
    readonly stats: HostStats,
    readonly config: HostConfig,
  ) {}

  /**
   * Runs `run` at the next sync; the request bytes are recorded by whoever queues it, through `log`.
   * `changes` false marks a pure read, so cached views of the grid stay valid.
   */
  enqueue(run: Command, changes = true): void {
    this.queue.push(
      changes
        ? (response) => {
            modelChanged();
            run(response);
          }
        : run,
    );
  }

  /** Inside a command: fails the sync with ApiNotFound on a host older than ExcelApi 1.`version`. */
  requireApi(version: number, api: string): void {
    if (this.config.apiVersion < version) throw apiNotFound(api, version);
  }

  /** Queues a command that needs ExcelApi 1.`version`; on an older host the sync fails with ApiNotFound. */
  enqueueApi(version: number, api: string, run: Command): void {
    this.enqueue((response) => {
      if (this.config.apiVersion < version) throw apiNotFound(api, version);
      run(response);
    });
  }

  /** A file to insert sheets from, opened while the request travels, so the next sync finds it known. */
  openFile(base64: string): void {
    const { files, openFile } = this.config;
    if (!openFile || files.has(base64)) return;
    this.opening.push(
      openFile(base64).then((file) => {
        if (file && !files.has(base64)) files.set(base64, file);
      }),
    );
  }

  /** An *OrNullObject proxy learns whether it is null at the next sync. */
  track(proxy: { settle(): void }): void {
    this.pending.push(proxy);
  }

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    const queue = this.queue;
    const pending = this.pending;
    const opening = this.opening;
    this.queue = [];
    this.pending = [];
    this.opening = [];
    if (opening.length > 0) await Promise.all(opening);
    if (this.config.cellEditSyncs > 0) {
      this.config.cellEditSyncs -= 1;
      this.log.take();
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const body = this.log.take();
    const requestBytes = body === null ? 0 : utf8Length(body);
    this.record("request", requestBytes);
    const web = this.config.platform === "web";
    if (web && requestBytes > PAYLOAD_LIMIT)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    const response = new Response(web);
    try {
      for (const command of queue) command(response);
    } finally {
      if (queue.length > 0) for (const listener of this.config.changed) listener();
    }
    const responseBytes = response.bytes();
    this.record("response", responseBytes);
    if (web && responseBytes > PAYLOAD_LIMIT)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    response.commit();
    for (const proxy of pending) proxy.settle();
  }

  private record(kind: "request" | "response", bytes: number): void {
    if (kind === "request") {
      this.stats.requestBytes.push(bytes);
      this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    } else {
      this.stats.responseBytes.push(bytes);
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, bytes);
    }
  }
}
