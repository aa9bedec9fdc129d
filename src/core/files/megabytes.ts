/** A file size as the messages give it: whole megabytes, or "> 4 GB" for a size too large to know. */
export function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.round(bytes / 1024 / 1024)} MB` : "> 4 GB";
}
