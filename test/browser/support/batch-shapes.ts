/**
 * Every shape of batch the add-in sends to Excel, at a size it reaches, written so that the same function
 * runs in Node against the fake host and, as source text, in Chromium against Office.js's own serializer:
 * `build` refers to nothing but its arguments. `model` is what src/office/request-size.ts estimates for it,
 * the figure the add-in sizes its requests by.
 */
import { runWriteBytes } from "../../../src/office/cell-writes";
import { commandsBytes } from "../../../src/office/command-bytes";
import type { WriteCommand } from "../../../src/office/sheet-commands";
import {
  methodBytes,
  methodPathBytes,
  propertyPathBytes,
  queryBytes,
  rangeWriteBytes,
  setBytes,
  SETTINGS_PATH_BYTES,
  settingBytes,
  sheetBatchBytes,
} from "../../../src/office/request-size";

export interface BatchShape {
  name: string;
  /** How many items (cells, ranges, formats) the batch holds. */
  n: number;
  build(context: Excel.RequestContext, n: number): void;
  model(n: number): number;
}

const SHEET = "Danh sách";
const SELECT = ["values", "valueTypes", "numberFormat", "formulas", "hasSpill"];
const name = (i: number) => `Nguyễn Văn Thành ${i}`;
const times = (n: number, bytes: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => bytes(i)).reduce((a, b) => a + b, 0);
const base = sheetBatchBytes(SHEET);

export const BATCH_SHAPES: readonly BatchShape[] = [
  {
    name: "repair read, one range per scattered cell",
    n: 2000,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++)
        sheet.getRange(`B${5 + 2 * i}`).load(["values", "valueTypes", "numberFormat", "formulas", "hasSpill"]);
    },
    model: (n) => base + times(n, (i) => methodPathBytes("getRange", [`B${5 + 2 * i}`]) + queryBytes(SELECT)),
  },
  {
    name: "repair read of a run, fonts from getCellProperties",
    n: 20_000,
    build: (context, n) => {
      const range = context.workbook.worksheets.getItem("Danh sách").getRange(`B5:B${4 + n}`);
      range.load(["values", "valueTypes", "numberFormat", "formulas", "hasSpill"]);
      range.getCellProperties({ format: { font: { name: true } } });
    },
    model: (n) =>
      base +
      methodPathBytes("getRange", [`B5:B${4 + n}`]) +
      queryBytes(SELECT) +
      methodBytes("getCellProperties", [{ format: { font: { name: true } } }]),
  },
  {
    name: "repair read of fonts cell by cell, before ExcelApi 1.9",
    n: 1000,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++) sheet.getRange(`B${5 + i}`).format.font.load("name");
    },
    model: (n) =>
      base +
      n *
        (methodPathBytes("getRange", ["XFD1048576"]) +
          propertyPathBytes("Format") +
          propertyPathBytes("Font") +
          queryBytes(["name"])),
  },
  {
    name: "spill parents of cells",
    n: 1000,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++)
        sheet
          .getRange(`C${5 + i}`)
          .getSpillParentOrNullObject()
          .load("address");
    },
    model: (n) =>
      base +
      times(
        n,
        (i) =>
          methodPathBytes("getRange", [`C${5 + i}`]) +
          methodPathBytes("getSpillParentOrNullObject", []) +
          queryBytes(["address"]),
      ),
  },
  {
    name: "repair write of a run: number formats, font, values",
    n: 20_000,
    build: (context, n) => {
      const range = context.workbook.worksheets.getItem("Danh sách").getRange(`C5:C${4 + n}`);
      range.numberFormat = Array.from({ length: n }, () => ["dd/mm/yyyy"]);
      range.format.font.name = "Times New Roman";
      range.values = Array.from({ length: n }, (_, i) => [`Nguyễn Văn Thành ${i}`]);
    },
    model: (n) =>
      base +
      runWriteBytes({
        address: `C5:C${4 + n}`,
        numberFormat: Array.from({ length: n }, () => ["dd/mm/yyyy"]),
        values: Array.from({ length: n }, (_, i) => [name(i)]),
        font: "Times New Roman",
      }),
  },
  {
    name: "repair write, one range per scattered cell",
    n: 2000,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++) sheet.getRange(`B${5 + 2 * i}`).values = [[`Nguyễn Văn Thành ${i}`]];
    },
    model: (n) => base + times(n, (i) => runWriteBytes({ address: `B${5 + 2 * i}`, values: [[name(i)]] })),
  },
  {
    name: "undo record in settings: pieces, index, lookups of old pieces",
    n: 15,
    build: (context, n) => {
      const piece = JSON.stringify({ v: 2, cells: Array.from({ length: 1200 }, (_, i) => [`B${i}`, 'Lê Văn "Hà"']) });
      for (let i = 0; i < n; i++) {
        context.workbook.settings.add(`cadre.undo.x.${i}`, piece);
        context.workbook.settings.getItemOrNullObject(`cadre.undo.old.${i}`).load("key");
      }
      context.workbook.settings.add("cadre.undo", "[]");
    },
    model: (n) => {
      const piece = JSON.stringify({ v: 2, cells: Array.from({ length: 1200 }, (_, i) => [`B${i}`, 'Lê Văn "Hà"']) });
      return (
        31 +
        methodPathBytes("", []) +
        SETTINGS_PATH_BYTES +
        times(
          n,
          (i) =>
            settingBytes(`cadre.undo.x.${i}`, piece) +
            methodPathBytes("getItemOrNullObject", [`cadre.undo.old.${i}`]) +
            queryBytes(["key"]),
        ) +
        settingBytes("cadre.undo", "[]")
      );
    },
  },
  {
    name: "freeze read: formulas and their spills",
    n: 2000,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++) {
        const range = sheet.getRange(`F${2 + i}`).load("formulas,values,valueTypes,numberFormat");
        range.getSpillingToRangeOrNullObject().load("address");
      }
    },
    model: (n) =>
      base +
      times(
        n,
        (i) =>
          methodPathBytes("getRange", [`F${2 + i}`]) +
          queryBytes(["formulas", "values", "valueTypes", "numberFormat"]) +
          methodPathBytes("getSpillingToRangeOrNullObject", []) +
          queryBytes(["address"]),
      ),
  },
  {
    name: "freeze write: a spill's values over its formula",
    n: 30_000,
    build: (context, n) => {
      context.workbook.worksheets.getItem("Danh sách").getRange(`F2:G${1 + n}`).values = Array.from(
        { length: n },
        (_, i) => [i + 0.5, `Chưa đạt kế hoạch ${i}`],
      );
    },
    model: (n) =>
      base +
      rangeWriteBytes({
        address: `F2:G${1 + n}`,
        properties: { values: Array.from({ length: n }, (_, i) => [i + 0.5, `Chưa đạt kế hoạch ${i}`]) },
      }),
  },
  {
    name: "marks: one conditional format per block of cells",
    n: 1500,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++) {
        const format = sheet.getRanges(`B${5 + 3 * i}:B${6 + 3 * i}`).conditionalFormats.add("Custom");
        format.custom.rule.formula = '=N("CADRE")+1';
        format.custom.format.fill.color = "#FFC7CE";
      }
    },
    model: (n) =>
      base +
      times(
        n,
        (i) =>
          methodPathBytes("getRanges", [`B${5 + 3 * i}:B${6 + 3 * i}`]) +
          propertyPathBytes("ConditionalFormats") +
          methodPathBytes("add", ["Custom"]) +
          propertyPathBytes("Custom") +
          propertyPathBytes("Rule") +
          setBytes("Formula", '=N("CADRE")+1') +
          propertyPathBytes("Format") +
          propertyPathBytes("Fill") +
          setBytes("Color", "#FFC7CE"),
      ),
  },
  {
    name: "marks: the conditional formats of every sheet",
    n: 20,
    build: (context, n) => {
      for (let i = 0; i < n; i++)
        context.workbook.worksheets.getItem(`Sheet ${i}`).getRange().conditionalFormats.load("items/type");
    },
    model: (n) =>
      31 +
      methodPathBytes("", []) +
      propertyPathBytes("Worksheets") +
      times(
        n,
        (i) =>
          methodPathBytes("", [`Sheet ${i}`]) +
          methodPathBytes("getRange", [null]) +
          propertyPathBytes("ConditionalFormats") +
          queryBytes(["type"]),
      ),
  },
  {
    name: "input rules: data validation on each column",
    n: 12,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++) {
        const validation = sheet.getRange(`E5:E${5000 + i}`).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: "='Danh mục nhập liệu'!$A$2:$A$120" } };
        validation.prompt = { showPrompt: true, title: "Dân tộc", message: "Chọn dân tộc trong danh sách." };
        validation.errorAlert = {
          showAlert: true,
          style: "Warning",
          title: "Dân tộc",
          message: "Không có trong danh sách.",
        };
        validation.ignoreBlanks = true;
      }
    },
    model: (n) =>
      base +
      times(
        n,
        (i) =>
          methodPathBytes("getRange", [`E5:E${5000 + i}`]) +
          propertyPathBytes("DataValidation") +
          setBytes("Rule", { list: { inCellDropDown: true, source: "='Danh mục nhập liệu'!$A$2:$A$120" } }) +
          setBytes("Prompt", { showPrompt: true, title: "Dân tộc", message: "Chọn dân tộc trong danh sách." }) +
          setBytes("ErrorAlert", {
            showAlert: true,
            style: "Warning",
            title: "Dân tộc",
            message: "Không có trong danh sách.",
          }) +
          setBytes("IgnoreBlanks", true),
      ),
  },
  {
    name: "sheet writer: a block of rows with values, formats, formulas, bold and fill",
    n: 5000,
    build: (context, n) => {
      const range = context.workbook.worksheets.getItem("Báo cáo kết quả").getRange(`A5:F${4 + n}`);
      range.numberFormat = Array.from({ length: n }, () => ["@", "@", "0", "0%", "@", "General"]);
      range.values = Array.from({ length: n }, (_, i) => [`Danh mục ${i}`, "Thạc sĩ", i, 0.5, "Đạt kế hoạch", ""]);
      range.formulas = Array.from({ length: n }, (_, i) => [
        `Danh mục ${i}`,
        "Thạc sĩ",
        i,
        0.5,
        "Đạt kế hoạch",
        `=IF(C${5 + i}>0,1,0)`,
      ]);
      range.format.font.bold = false;
      range.format.fill.color = "#FFFFFF";
    },
    model: (n) =>
      sheetBatchBytes("Báo cáo kết quả") +
      rangeWriteBytes({
        address: `A5:F${4 + n}`,
        properties: {
          numberFormat: Array.from({ length: n }, () => ["@", "@", "0", "0%", "@", "General"]),
          values: Array.from({ length: n }, (_, i) => [`Danh mục ${i}`, "Thạc sĩ", i, 0.5, "Đạt kế hoạch", ""]),
          formulas: Array.from({ length: n }, (_, i) => [
            `Danh mục ${i}`,
            "Thạc sĩ",
            i,
            0.5,
            "Đạt kế hoạch",
            `=IF(C${5 + i}>0,1,0)`,
          ]),
        },
        font: { bold: false },
        fill: { color: "#FFFFFF" },
      }),
  },
  {
    name: "sheet writer: layout, styles, links, merges, then filter, colour rule and chart",
    n: 300,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Báo cáo kết quả");
      for (let i = 0; i < n; i++) {
        const row = 5 + i;
        sheet.getRange(`A${row}:F${row}`).format.columnWidth = 120;
        sheet.getRange(`A${row}:F${row}`).format.rowHeight = 30;
        const styled = sheet.getRange(`A${row}:F${row}`).format;
        styled.font.bold = true;
        styled.font.italic = true;
        styled.fill.color = "#C6EFCE";
        styled.font.color = "#006100";
        styled.wrapText = true;
        styled.horizontalAlignment = "Center";
        styled.verticalAlignment = "Top";
        sheet.getRange(`A${row}:F${row}`).format.autofitRows();
        sheet.getRange(`G${row}:H${row}`).merge(false);
        sheet.getRange(`B${row}`).hyperlink = { documentReference: `'Danh sách'!B${row}`, textToDisplay: `B${row}` };
      }
      sheet.freezePanes.freezeRows(4);
      sheet.autoFilter.apply(sheet.getRange(`A4:F${4 + n}`));
      const format = sheet.getRange(`E5:E${4 + n}`).conditionalFormats.add("Custom");
      format.custom.rule.formula = '=$E5="Chưa đạt kế hoạch"';
      format.custom.format.fill.color = "#FFC7CE";
      format.custom.format.font.color = "#9C0006";
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange(`A4:B${4 + n}`), "Columns");
      chart.title.text = "Tỷ lệ đạt kế hoạch";
      chart.setPosition("H2", "P20");
    },
    model: (n) => {
      const commands: WriteCommand[] = [];
      for (let i = 0; i < n; i++) {
        const row = 5 + i;
        const line = { top: row, left: 1, bottom: row, right: 6 };
        commands.push(
          { kind: "columnWidth", area: line, points: 120 },
          { kind: "rowHeight", area: line, points: 30 },
          {
            kind: "style",
            area: line,
            style: { bold: true, italic: true, tone: "good", wrap: true, horizontal: "center", vertical: "top" },
          },
          { kind: "autofitRows", area: line },
          { kind: "merge", area: { top: row, left: 7, bottom: row, right: 8 } },
          {
            kind: "hyperlink",
            area: { top: row, left: 2, bottom: row, right: 2 },
            documentReference: `'Danh sách'!B${row}`,
            textToDisplay: `B${row}`,
          },
        );
      }
      commands.push(
        { kind: "freezeRows", rows: 4 },
        { kind: "autoFilter", area: { top: 4, left: 1, bottom: 4 + n, right: 6 } },
        {
          kind: "conditionalFormat",
          area: { top: 5, left: 5, bottom: 4 + n, right: 5 },
          formula: '=$E5="Chưa đạt kế hoạch"',
          fill: "#FFC7CE",
          fontColor: "#9C0006",
        },
        {
          kind: "chart",
          chart: {
            kind: "column",
            seriesBy: "columns",
            source: { top: 4, left: 1, bottom: 4 + n, right: 2 },
            position: { top: 2, left: 8, bottom: 20, right: 16 },
            title: "Tỷ lệ đạt kế hoạch",
          },
        },
      );
      return commandsBytes(commands);
    },
  },
  {
    name: "own sheets: sheets, record, a new sheet and the record written",
    n: 40,
    build: (context, n) => {
      context.workbook.worksheets.load("items/name,items/id");
      context.workbook.settings.getItemOrNullObject("cadre.sheets").load("value");
      const sheet = context.workbook.worksheets.add("Báo cáo kết quả (2)").load("id");
      sheet.visibility = "Hidden";
      context.workbook.settings.add(
        "cadre.sheets",
        JSON.stringify(
          Array.from({ length: n }, (_, i) => ({ id: `{0000000${i}-0000-4000-8000-000000000000}`, role: "report" })),
        ),
      );
    },
    model: (n) =>
      31 +
      methodPathBytes("", []) +
      propertyPathBytes("Worksheets") +
      queryBytes(["name", "id"]) +
      SETTINGS_PATH_BYTES +
      methodPathBytes("getItemOrNullObject", ["cadre.sheets"]) +
      queryBytes(["value"]) +
      methodPathBytes("add", ["Báo cáo kết quả (2)"]) +
      queryBytes(["id"]) +
      setBytes("Visibility", "Hidden") +
      settingBytes(
        "cadre.sheets",
        JSON.stringify(
          Array.from({ length: n }, (_, i) => ({ id: `{0000000${i}-0000-4000-8000-000000000000}`, role: "report" })),
        ),
      ),
  },
  {
    name: "merged areas of a header zone in blocks of 512 cells",
    n: 40,
    build: (context, n) => {
      const sheet = context.workbook.worksheets.getItem("Danh sách");
      for (let i = 0; i < n; i++)
        sheet
          .getRange(`A${1 + 16 * i}:AF${16 + 16 * i}`)
          .getMergedAreasOrNullObject()
          .load("address");
    },
    model: (n) =>
      base +
      times(
        n,
        (i) =>
          methodPathBytes("getRange", [`A${1 + 16 * i}:AF${16 + 16 * i}`]) +
          methodPathBytes("getMergedAreasOrNullObject", []) +
          queryBytes(["address"]),
      ),
  },
  {
    name: "a department file inserted to be read",
    n: 3_000_000,
    build: (context, n) => {
      context.workbook.worksheets.load("items/name,items/id");
      context.workbook.insertWorksheetsFromBase64("UEsDBB".padEnd(n, "A"), { positionType: "End" });
    },
    model: (n) =>
      31 +
      methodPathBytes("", []) +
      propertyPathBytes("Worksheets") +
      queryBytes(["name", "id"]) +
      methodBytes("insertWorksheetsFromBase64", ["UEsDBB".padEnd(n, "A"), { positionType: "End" }]),
  },
  {
    name: "email copy of a sheet, written",
    n: 500,
    build: (context, n) => {
      const original = context.workbook.worksheets.getItem("Danh sách");
      const copy = original.copy("After", original).load("name,id");
      for (let i = 0; i < n; i++) copy.getRange(`F${2 + i}`).values = [[i * 2]];
    },
    model: (n) =>
      base +
      methodPathBytes("copy", ["After", 9_999_999]) +
      queryBytes(["name", "id"]) +
      times(n, (i) => runWriteBytes({ address: `F${2 + i}`, values: [[i * 2]] })),
  },
];
