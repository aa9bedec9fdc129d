import type { CellValue } from "../core/grid/types";
import { boxAddress, type CellBox } from "./addresses";
import { blockRows, guessBytesPerCell, nextBytesPerCell } from "./block-plan";
import { toCellValue, toText } from "./cell-values";
import { officeErrorCode } from "./errors";

export interface BlockOptions {
  withFonts: boolean;
  /** Fixed rows per block; by default computed from the column count and what earlier blocks weighed. */
  blockRows?: number;
  onProgress?(done: number, total: number): void;
  signal?: { cancelled: boolean };
}

export interface Layers {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  fonts: (string | null)[][] | null;
}

/** Thrown between blocks when the user cancels a long read. */
export class ReadCancelled extends Error {
  constructor() {
    super("Đã hủy đọc trang tính (reading the sheet was cancelled)");
    this.name = "ReadCancelled";
  }
}

interface QueuedBlock {
  range: Excel.Range;
  fonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

function queueBlock(worksheet: Excel.Worksheet, box: CellBox, withFonts: boolean): QueuedBlock {
  const range = worksheet.getRange(boxAddress(box)).load("values,numberFormat,valueTypes");
  const fonts = withFonts ? range.getCellProperties({ format: { font: { name: true } } }) : null;
  return { range, fonts };
}

/** Adds a synced block to the layers; returns its size as sent (UTF-8 bytes of its JSON). */
function append(layers: Layers, block: QueuedBlock): number {
  const { values, numberFormat, valueTypes } = block.range;
  const props = block.fonts?.value ?? null;
  values.forEach((row, r) => {
    layers.values.push(row.map((value, c) => toCellValue(value, valueTypes[r][c])));
    layers.numberFormats.push(numberFormat[r].map(toText));
    if (props) layers.fonts?.push(props[r].map((p) => toText(p.format?.font?.name)));
  });
  return new TextEncoder().encode(JSON.stringify([values, numberFormat, valueTypes, props])).length;
}

/**
 * Reads `box` in blocks of rows, one sync per block: values, number formats and value types together,
 * fonts too when asked. `alongFirst` queues other reads into the first block's sync. Should a block's
 * response still exceed Excel's limit (very long texts), it is read again in halves.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  box: CellBox,
  options: BlockOptions,
  alongFirst: () => void,
): Promise<Layers> {
  const columns = box.right - box.left + 1;
  const total = box.bottom - box.top + 1;
  const guess = guessBytesPerCell(options.withFonts);
  const layers: Layers = { values: [], numberFormats: [], fonts: options.withFonts ? [] : null };
  let bytesPerCell = guess;
  let done = 0;

  const syncBlock = async (rows: number): Promise<{ block: QueuedBlock; rows: number }> => {
    const top = box.top + done;
    const block = queueBlock(
      worksheet,
      { top, left: box.left, bottom: top + rows - 1, right: box.right },
      options.withFonts,
    );
    if (done === 0) alongFirst();
    try {
      await context.sync();
      return { block, rows };
    } catch (error) {
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || rows === 1) throw error;
      return syncBlock(Math.ceil(rows / 2));
    }
  };

  while (done < total) {
    if (options.signal?.cancelled) throw new ReadCancelled();
    const wanted = Math.min(options.blockRows ?? blockRows(columns, bytesPerCell), total - done);
    const { block, rows } = await syncBlock(wanted);
    bytesPerCell = nextBytesPerCell(guess, append(layers, block), rows * columns);
    done += rows;
    options.onProgress?.(done, total);
  }
  return layers;
}
