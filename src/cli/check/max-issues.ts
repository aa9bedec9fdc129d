/**
 * Issues listed per file unless --max-issues says otherwise: a report a person can still read through, and
 * of bounded size however many problems a file holds (the others are counted, see ValidateOptions.maxIssues).
 */
export const DEFAULT_MAX_ISSUES = 10_000;
