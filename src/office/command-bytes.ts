import type { CellStyle } from "../core/sheets";
import { boxAddress } from "./addresses";
import {
  jsonBytes,
  methodBytes,
  methodPathBytes,
  propertyPathBytes,
  rangeSetBytes,
  setBytes,
  sheetBatchBytes,
} from "./request-size";
import { chartArguments } from "./queue-commands";
import type { WriteCommand } from "./sheet-commands";

/** Excel's longest sheet name: every batch of the writer is charged as if its sheet had one. */
const LONGEST_SHEET = "x".repeat(31);

/** What every request of the sheet writer carries besides its commands: the envelope and the sheet. */
export const SHEET_WRITE_BASE_BYTES = sheetBatchBytes(LONGEST_SHEET) + methodPathBytes("add", []);

/** `range.format` and, as needed, its font and fill, with the properties a style sets on them. */
function styleBytes(style: CellStyle): number {
  const font = [style.bold && setBytes("bold", true), style.italic && setBytes("italic", true)];
  const fill: number[] = [];
  if (style.tone) {
    font.push(setBytes("color", "#000000"));
    fill.push(setBytes("color", "#000000"));
  }
  const own = [
    style.wrap && setBytes("wrapText", true),
    style.horizontal && setBytes("horizontalAlignment", "Center"),
    style.vertical && setBytes("verticalAlignment", "Center"),
  ];
  const sum = (parts: (number | false | undefined | "")[]) => parts.reduce<number>((n, b) => n + (b || 0), 0);
  const fontBytes = sum(font);
  return (
    propertyPathBytes("Format") +
    sum(own) +
    (fontBytes ? propertyPathBytes("Font") + fontBytes : 0) +
    (fill.length ? propertyPathBytes("Fill") + sum(fill) : 0)
  );
}

/**
 * The request bytes of one command, in Office.js's serializer's terms (request-size.ts, calibrated in
 * test/browser/request-size.test.ts): the range it names (charged per command, though commands on one area
 * share it, so the estimate errs high) and the actions it queues.
 */
export function commandBytes(command: WriteCommand): number {
  const range = "area" in command ? methodPathBytes("getRange", [boxAddress(command.area)]) : 0;
  switch (command.kind) {
    case "numberFormat":
      return range + rangeSetBytes("numberFormat", command.formats);
    case "values":
      return range + rangeSetBytes("values", command.values);
    case "formulas":
      return range + rangeSetBytes("formulas", command.formulas);
    case "hyperlink":
      return (
        range +
        setBytes("hyperlink", {
          documentReference: command.documentReference,
          textToDisplay: command.textToDisplay,
        })
      );
    case "style":
      return range + styleBytes(command.style);
    case "autofitRows":
      return range + propertyPathBytes("Format") + methodBytes("autofitRows", []);
    case "columnWidth":
      return range + propertyPathBytes("Format") + setBytes("columnWidth", command.points);
    case "rowHeight":
      return range + propertyPathBytes("Format") + setBytes("rowHeight", command.points);
    case "merge":
      return range + methodBytes("merge", [false]);
    case "freezeRows":
      return propertyPathBytes("FreezePanes") + methodBytes("freezeRows", [command.rows]);
    case "autoFilter":
      // Office.js sends the range as its path's id, listed again in "ReferencedObjectPathIds", and the two
      // optional arguments as null.
      return (
        range +
        propertyPathBytes("AutoFilter") +
        methodBytes("apply", [9_999_999, null, null]) +
        jsonBytes({ ReferencedObjectPathIds: [9_999_999, 0, 0] })
      );
    case "conditionalFormat":
      return (
        range +
        propertyPathBytes("ConditionalFormats") +
        methodPathBytes("add", ["Custom"]) +
        propertyPathBytes("Custom") +
        propertyPathBytes("Rule") +
        setBytes("formula", command.formula) +
        propertyPathBytes("Format") +
        propertyPathBytes("Fill") +
        setBytes("color", command.fill) +
        propertyPathBytes("Font") +
        setBytes("color", command.fontColor)
      );
    case "chart": {
      const { source, title } = command.chart;
      const [type, seriesBy] = chartArguments(command.chart);
      return (
        methodPathBytes("getRange", [boxAddress(source)]) +
        propertyPathBytes("Charts") +
        methodPathBytes("add", [type, 9_999_999, seriesBy]) +
        jsonBytes({ ReferencedObjectPathIds: [0, 9_999_999, 0] }) +
        propertyPathBytes("Title") +
        setBytes("text", title) +
        methodBytes("setPosition", ["XFD1048576", "XFD1048576"])
      );
    }
  }
}

/** The request bytes of `commands` written in one batch. */
export function commandsBytes(commands: readonly WriteCommand[]): number {
  return commands.reduce((bytes, command) => bytes + commandBytes(command), SHEET_WRITE_BASE_BYTES);
}
