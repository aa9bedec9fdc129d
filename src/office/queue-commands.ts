import { TONES } from "../core/colours";
import { a1 } from "../core/grid/address";
import type { CellStyle, ChartDescription, SheetArea } from "../core/sheets";
import { boxAddress } from "./addresses";
import type { WriteCommand } from "./sheet-commands";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.tone) {
    format.fill.color = TONES[style.tone].fill;
    format.font.color = TONES[style.tone].text;
  }
  if (style.wrap) format.wrapText = true;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
}

/**
 * The chart type and series orientation `ChartCollection.add` takes for a chart of the description
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1):
 * `Excel.ChartType` "ColumnClustered" and "Line", `Excel.ChartSeriesBy` "Columns" and "Rows").
 */
export function chartArguments(chart: ChartDescription): ["ColumnClustered" | "Line", "Columns" | "Rows"] {
  return [chart.kind === "line" ? "Line" : "ColumnClustered", chart.seriesBy === "rows" ? "Rows" : "Columns"];
}

/** Queues `commands` on `sheet`, in order, without a sync. Commands on the same area share one range object. */
export function queueCommands(sheet: Excel.Worksheet, commands: readonly WriteCommand[]): void {
  const ranges = new Map<string, Excel.Range>();
  const range = (area: SheetArea) => {
    const address = boxAddress(area);
    const found = ranges.get(address) ?? sheet.getRange(address);
    ranges.set(address, found);
    return found;
  };
  for (const command of commands) {
    switch (command.kind) {
      case "numberFormat":
        range(command.area).numberFormat = command.formats;
        break;
      case "values":
        range(command.area).values = command.values;
        break;
      case "formulas":
        range(command.area).formulas = command.formulas;
        break;
      case "hyperlink":
        range(command.area).hyperlink = {
          documentReference: command.documentReference,
          textToDisplay: command.textToDisplay,
        };
        break;
      case "style":
        applyStyle(range(command.area).format, command.style);
        break;
      case "autofitRows":
        range(command.area).format.autofitRows();
        break;
      case "columnWidth":
        range(command.area).format.columnWidth = command.points;
        break;
      case "rowHeight":
        range(command.area).format.rowHeight = command.points;
        break;
      case "merge":
        range(command.area).merge(false);
        break;
      case "freezeRows":
        sheet.freezePanes.freezeRows(command.rows);
        break;
      case "autoFilter":
        sheet.autoFilter.apply(range(command.area));
        break;
      case "conditionalFormat": {
        const format = range(command.area).conditionalFormats.add("Custom");
        format.custom.rule.formula = command.formula;
        format.custom.format.fill.color = command.fill;
        format.custom.format.font.color = command.fontColor;
        break;
      }
      case "chart": {
        const { source, position, title } = command.chart;
        const [type, seriesBy] = chartArguments(command.chart);
        const chart = sheet.charts.add(type, range(source), seriesBy);
        chart.title.text = title;
        chart.setPosition(a1(position.top, position.left), a1(position.bottom, position.right));
        break;
      }
    }
  }
}
