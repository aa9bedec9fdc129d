export type { FieldId, RosterKind, RosterColumn, RosterLayout, RosterCell, RosterRow, StructureRow } from "./types";
export { locateRoster, locateRosters } from "./locate";
export { readRows } from "./read-rows";
export { columnsByField, readColumnDate } from "./column-date";
export { cellText, readDate, isDateFormat } from "./cell-reading";
export type { DateReading } from "./cell-reading";
