/** Precomposed form: the same name typed in NFD or Unikey's "Unicode tổ hợp" then compares equal. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}
