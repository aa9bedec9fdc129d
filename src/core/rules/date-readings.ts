import type { CellValue } from "../grid/types";
import { type DateReading, readDate } from "../roster";

/**
 * readDate, remembered per number format and value: training periods and decision dates repeat on
 * hundreds of rows, and a reading is a plain value the rules never change. The map of the format last
 * asked is kept at hand, since a column's cells nearly always share one format.
 */
export class DateReadings {
  private readonly byFormat = new Map<string | null, Map<string | number, DateReading>>();
  private lastFormat: string | null | undefined = undefined;
  private lastReadings = new Map<string | number, DateReading>();

  read(value: CellValue, numberFormat: string | null): DateReading {
    if (typeof value !== "number" && typeof value !== "string") return readDate({ value, numberFormat });
    if (numberFormat !== this.lastFormat) {
      let readings = this.byFormat.get(numberFormat);
      if (readings === undefined) {
        readings = new Map();
        this.byFormat.set(numberFormat, readings);
      }
      this.lastFormat = numberFormat;
      this.lastReadings = readings;
    }
    let reading = this.lastReadings.get(value);
    if (reading === undefined) {
      reading = readDate({ value, numberFormat });
      this.lastReadings.set(value, reading);
    }
    return reading;
  }
}
