import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { validateWorkbook } from "../../src/core";
import { consolidate } from "../../src/core/consolidate/consolidate";
import type { Consolidation } from "../../src/core/consolidate/types";
import type { WorkbookInput } from "../../src/core/grid/types";
import type { Language } from "../../src/core/i18n/language";
import { planRepairs } from "../../src/core/repair";
import {
  achievementReportSheet,
  type Change,
  checkReportSheet,
  checkStampSheet,
  consolidatedRosterSheet,
  duplicatesSheet,
  findingsSheet,
  repairLogSheet,
  type SheetDescription,
  targetsTemplateSheet,
} from "../../src/core/sheets";
import { defaultTargetsGrid } from "../../src/core/targets/default-grid";
import { findTargets } from "../../src/core/targets/read-targets";
import type { SheetFeatures } from "../../src/office/sheet-features";
import { writeSheet } from "../../src/office/write-sheet";
import { DEFAULT_LIMITS } from "../../src/xlsx/limits";
import { readWorkbookBytes } from "../../src/xlsx/read-workbook";
import { sheetsWorkbook } from "../../src/xlsx/sheets-workbook";
import { addSheet } from "../../src/xlsx/write-sheet";
import { createFakeHost, sheetByName, workbookFromGrid } from "../host";
import { readOfficeSheet } from "../support/sheets/read-office";
import { readXlsxSheet } from "../support/sheets/read-xlsx";

const SAMPLES = path.join(__dirname, "..", "..", "samples");
const PROGRAMME = path.join(SAMPLES, "programme");
const MADE_AT = new Date(2019, 10, 20, 8, 30);
const EVERYTHING: SheetFeatures = {
  conditionalFormats: true,
  hyperlinks: true,
  freezePanes: true,
  autoFilter: true,
  charts: true,
};

async function read(file: string): Promise<WorkbookInput> {
  const read = await readWorkbookBytes(readFileSync(file), path.basename(file), DEFAULT_LIMITS);
  if (!read.ok) throw new Error(`${file}: ${read.problem.code}`);
  return read.workbook;
}

/** The programme's eight units' rosters consolidated against chi-tieu.xlsx, as `cadre-roster summary` does. */
async function programme(): Promise<Consolidation> {
  const targets = findTargets(await read(path.join(PROGRAMME, "chi-tieu.xlsx")));
  if (!targets.ok) throw new Error(targets.problem);
  const files = readdirSync(PROGRAMME).filter((f) => f.endsWith(".xlsx") && f !== "chi-tieu.xlsx");
  const inputs = await Promise.all(
    files.map(async (file) => ({ file, workbook: await read(path.join(PROGRAMME, file)) })),
  );
  return consolidate(inputs, targets.targets, { today: { y: 2019, m: 11, d: 20 } });
}

/** Every sheet the product writes, on the samples, in `lang`. */
async function descriptions(lang: Language): Promise<SheetDescription[]> {
  const result = await programme();
  const departments = await Promise.all(
    readdirSync(SAMPLES)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => read(path.join(SAMPLES, f))),
  );
  const report = validateWorkbook(departments[1], { lang, today: { y: 2019, m: 11, d: 20 } });
  const changes: Change[] = departments.flatMap((book) =>
    validateWorkbook(book, { lang }).sheets.flatMap((sheet, i) =>
      planRepairs(sheet, book.sheets[i]).map((repair) => ({ sheet: sheet.sheet, repair })),
    ),
  );
  return [
    achievementReportSheet(
      {
        achievement: result.achievement,
        rotation: result.rotation,
        files: result.perFile.length,
        people: result.people,
        madeAt: MADE_AT,
        targetsFrom: "chi-tieu.xlsx",
      },
      lang,
    ),
    consolidatedRosterSheet(
      result.rows,
      result.achievement.map((c) => c.label),
      lang,
    ),
    duplicatesSheet(result, lang),
    findingsSheet(result, lang),
    checkReportSheet([...report.sheets, { ...report.sheets[0], sheet: `Bob's "list"` }], lang, MADE_AT),
    repairLogSheet(changes, lang),
    checkStampSheet({ sheet: "Danh sách", checkedAt: MADE_AT, errors: 3, warnings: 12, infos: 1, frozen: 40 }, lang),
    targetsTemplateSheet(defaultTargetsGrid(lang, "article")),
  ];
}

async function throughOffice(description: SheetDescription) {
  const host = createFakeHost(workbookFromGrid([{ name: "Trang 1", rows: [["x"]] }]));
  const context = host.context();
  const sheet = context.workbook.worksheets.add(description.name);
  await writeSheet(context, sheet, description, EVERYTHING);
  return { host, read: readOfficeSheet(sheetByName(host.workbook, description.name)) };
}

async function load(bytes: Buffer) {
  const book = new Workbook();
  // exceljs declares its own global `Buffer` (an ArrayBuffer), which Node's Buffer type does not match.
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0];
}

/** Through exceljs: streamed, as the summary command writes, and into a loaded workbook, as the fix command does. */
async function throughXlsx(description: SheetDescription) {
  const streamed = await load(await sheetsWorkbook([description], "test"));
  const book = new Workbook();
  addSheet(book, description);
  const whole = await load(Buffer.from(await book.xlsx.writeBuffer()));
  return { streamed: readXlsxSheet(streamed), whole: readXlsxSheet(whole) };
}

describe.each(["vi", "en"] as const)("every sheet, written through Office.js and through exceljs (%s)", (lang) => {
  let sheets: SheetDescription[];
  beforeAll(async () => {
    sheets = await descriptions(lang);
  });

  it("covers every sheet the product writes, on realistic data", () => {
    expect(sheets.map((s) => [s.name, s.rows.length > 4])).toEqual([
      ["Báo cáo kết quả", true],
      ["Danh sách tổng hợp", true],
      ["Trùng giữa các tệp", true],
      ["Kiểm tra từng tệp", true],
      ["Kết quả kiểm tra", true],
      ["Nhật ký sửa", true],
      ["Thông tin kiểm tra", true],
      ["Chỉ tiêu", true],
    ]);
  });

  it("reads back equal, cell for cell: values and formula results, formulas, formats, looks, links and layout", async () => {
    for (const description of sheets) {
      const office = await throughOffice(description);
      const xlsx = await throughXlsx(description);
      expect(xlsx.streamed).toEqual(office.read);
      expect(xlsx.whole).toEqual(office.read);
    }
    // Six sheets through two writers and back: more than jest's default 5 s on a busy two-core machine.
  }, 60_000);

  it("is drawn a chart in Excel only, from the same cells", async () => {
    const achievement = sheets[0];
    const { host } = await throughOffice(achievement);
    expect(sheetByName(host.workbook, achievement.name).charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", title: achievement.charts?.[0]?.title }),
    ]);
  });
});
