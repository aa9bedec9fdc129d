export { isLanguage, languageOf, LANGUAGES, type Language } from "./language";
export type { Catalogues } from "./catalogue";
export { formatDate, formatDateTime, formatNumber, formatPercent } from "./format";
