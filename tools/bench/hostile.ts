import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { row, workbookEntries, worksheet } from "../../test/support/xlsx/workbook-parts";
import { writeZip, type ZipEntryToWrite } from "../../test/support/xlsx/zip-writer";
import { processRun } from "./process-run";

type Say = (text?: string) => void;

const MB = 1024 * 1024;
const NAMES = row(1, '<c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>');
const SHEET = "xl/worksheets/sheet1.xml";

/** A sheet part of `size` bytes: `head`, then `body` repeated, then `tail`; made as bytes, never as one string. */
function repeatedSheet(head: string, body: string, size: number, tail: string): Buffer {
  const open = Buffer.from(worksheet(`${head}\u0000`).split("\u0000")[0]);
  const close = Buffer.from(worksheet(`\u0000${tail}`).split("\u0000")[1]);
  const repeats = Math.floor(size / Buffer.byteLength(body));
  return Buffer.concat([open, Buffer.alloc(repeats * Buffer.byteLength(body), body), close]);
}

/** The entries of a one-sheet workbook whose sheet part is `sheet`, with what its headers are made to say. */
function withSheet(sheet: Buffer | string, lie: Partial<ZipEntryToWrite> = {}): ZipEntryToWrite[] {
  return workbookEntries({ sheets: [{ name: "DS", xml: "" }] }).map((entry) =>
    entry.name === SHEET ? { ...entry, data: sheet, ...lie } : entry,
  );
}

/** The kinds of hostile file the reader is built against, at the command's default limits. */
function hostileFiles(): { label: string; bytes: Buffer }[] {
  const whole = "A1:XFD1048576";
  const bomb = repeatedSheet(`<sheetData>${NAMES}</sheetData>`, " ", 300 * MB, "");
  const nested = 10_000_000;
  return [
    {
      label: "zip bomb: the sheet declares 100 B, inflates to 300 MB",
      bytes: writeZip(withSheet(bomb, { declaredSize: 100 })),
    },
    {
      label: "zip bomb behind an end record counting 1 entry",
      bytes: writeZip(withSheet(bomb), { declaredCount: 1 }),
    },
    {
      label: "12,000,000 cells in a small file",
      bytes: writeZip(
        withSheet(repeatedSheet("<sheetData>", row(1, '<c t="n"><v>1</v></c>'.repeat(50)), 290 * MB, "</sheetData>")),
      ),
    },
    {
      label: "one merge over D5:XFD1048576",
      bytes: writeZip(
        withSheet(
          worksheet(
            `<sheetData>${NAMES}</sheetData><mergeCells count="1"><mergeCell ref="D5:XFD1048576"/></mergeCells>`,
          ),
        ),
      ),
    },
    {
      label: "a data validation over the whole sheet",
      bytes: writeZip(
        withSheet(
          worksheet(
            `<sheetData>${NAMES}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="${whole}"><formula1>"Nam,Nữ"</formula1></dataValidation></dataValidations>`,
          ),
        ),
      ),
    },
    {
      label: "30,000 two-cell merges",
      bytes: writeZip(
        withSheet(
          worksheet(
            `<sheetData>${NAMES}</sheetData><mergeCells>${Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="A${2 * i + 2}:B${2 * i + 2}"/>`).join("")}</mergeCells>`,
          ),
        ),
      ),
    },
    {
      label: "10,000,000 nested elements",
      bytes: writeZip(
        withSheet(
          Buffer.concat([
            repeatedSheet(`<sheetData>${NAMES}</sheetData><extLst>`, "<a>", nested * 3, ""),
            Buffer.alloc(nested * 4, "</a>"),
          ]),
        ),
      ),
    },
  ];
}

/** Each hostile file checked by the command as a whole fresh process: its time, peak memory, exit code and problem. */
export function hostileBench(bin: string, say: Say): void {
  const dir = mkdtempSync(path.join(tmpdir(), "cadre-roster-hostile-"));
  try {
    say(
      "Hostile files, each checked alone by `cadre-roster check --json` at the default limits (target: ≤ 10 s, ≤ 1 GB, exit 2):",
    );
    hostileFiles().forEach(({ label, bytes }, i) => {
      const file = path.join(dir, `hostile-${i + 1}.xlsx`);
      writeFileSync(file, bytes);
      const run = processRun([bin, "check", "--json", "--lang", "en", file]);
      const report = JSON.parse(run.out) as { files: { error: string | null; problem?: { code: string } }[] };
      const outcome = report.files[0].problem?.code ?? (report.files[0].error === null ? "read" : "error");
      say(
        `  ${label.padEnd(56)} ${`${(statSync(file).size / 1024).toFixed(0)} KB`.padStart(8)}  ${`${run.ms.toFixed(0)} ms`.padStart(8)}  peak ${`${(run.peakKb / 1024).toFixed(0)} MB`.padStart(7)}  exit ${run.status}  ${outcome}`,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
