export interface ParameterMetadata {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: ParameterMetadata[];
  [key: string]: unknown;
}

export interface CustomFunctionsMetadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}

export type TranslationTable = Record<string, { description: string; parameters: Record<string, string> }>;

export function localizeMetadata<T extends CustomFunctionsMetadata>(generated: T, table: TranslationTable): T;
