import { DateReading, readDate } from "../roster";
import type { RosterCell } from "../roster/types";

/**
 * readDate, remembered per number format and value: training periods and decision dates repeat on
 * hundreds of rows, and a reading is a plain value the rules never change.
 */
export class DateReadings {
  private readonly byFormat = new Map<string | null, Map<string | number, DateReading>>();

  read(cell: RosterCell | undefined): DateReading {
    const value = cell?.value;
    if (cell === undefined || (typeof value !== "number" && typeof value !== "string")) return readDate(cell);
    let readings = this.byFormat.get(cell.numberFormat);
    if (readings === undefined) {
      readings = new Map();
      this.byFormat.set(cell.numberFormat, readings);
    }
    let reading = readings.get(value);
    if (reading === undefined) {
      reading = readDate(cell);
      readings.set(value, reading);
    }
    return reading;
  }
}
