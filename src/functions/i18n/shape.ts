/**
 * The explanations of the CADRE functions' errors, shown in the cell's error tooltip. A function that
 * names the offending value gets it already quoted and cut short.
 */
export interface FunctionErrors {
  notNumber(value: string): string;
  notDate(value: string): string;
  noSuchDate(value: string): string;
  unknownGender(value: string): string;
  unknownLanguage(value: string): string;
  /** An argument cell holds an error no custom function can give back (#SPILL!, #CALC! …). */
  errorInput(value: string): string;
  missingAsOf: string;
  missingStart: string;
  missingEnd: string;
  missingGender: string;
  sizeMismatch: string;
}
