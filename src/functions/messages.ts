/** What a user reads in the #VALUE! / #N/A tooltip: Vietnamese first, English in brackets. */

const MAX_SHOWN = 30;

/** The offending value, quoted and cut short so the tooltip stays one line. */
function shown(value: unknown): string {
  const text = String(value);
  return `"${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}"`;
}

export const MESSAGES = {
  notNumber: (value: unknown) => `Không phải số: ${shown(value)} (not a number)`,
  notDate: (value: unknown) => `Không phải ngày dd/mm/yyyy: ${shown(value)} (not a date)`,
  noSuchDate: (value: unknown) => `Ngày không có thật: ${shown(value)} (no such date)`,
  missingAsOf: () => "Thiếu ngày tính (the as-of date is blank)",
  missingGender: () => "Thiếu giới tính (gender is blank)",
  unknownGender: (value: unknown) =>
    `Không rõ giới tính: ${shown(value)}, dùng Nam/Nữ (unknown gender: use Nam/Nữ, M/F)`,
  unknownLanguage: (value: unknown) => `Không hỗ trợ ngôn ngữ ${shown(value)}, dùng "vi" hoặc "en" (use "vi" or "en")`,
  sizeMismatch: () => "Các vùng không cùng kích thước (the ranges differ in size)",
} as const;
