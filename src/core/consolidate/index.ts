export type {
  CategoryResult,
  ConsolidatedRow,
  ConsolidateInput,
  Consolidation,
  CrossFileDuplicate,
  ExaminedWorkbook,
  PersonRecord,
  Place,
  RotationLine,
  PlanningPool,
  PoolShare,
  SectionResult,
} from "./types";
export { consolidate, examineWorkbook, startConsolidation, type Consolidator } from "./consolidate";
export { extractPeople, peopleOfSheet } from "./people";
export { crossFileDuplicates } from "./duplicates";
export { tally, type Tally } from "./achievement";
export { identity } from "./identity";
export { issuerOf } from "./issuer";
export { progressOf, type CategoryProgress, type Progress } from "./progress";
export { planningPools } from "./planning-pool";
