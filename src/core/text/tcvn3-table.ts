/**
 * The 74 letters of TCVN3 (ABC, TCVN 5712:1993 VN3), keyed by the character Excel shows for each
 * byte: bytes 0xA1–0xFE read through Windows-1252, which there coincides with Latin-1, so byte 0xB8
 * shows as "¸" (U+00B8). The other bytes of that range hold capitals and combining marks only in
 * the fuller VN1 set; the ABC fonts draw them as ordinary symbols ("°", "±", "²", "À"…), so they
 * are absent here and survive decoding untouched.
 */
export const TCVN3_LETTERS: ReadonlyMap<string, string> = new Map([
  // Capitals without tone: the only capitals ABC has.
  ["\u00A1", "Ă"], ["\u00A2", "Â"], ["\u00A3", "Ê"], ["\u00A4", "Ô"], ["\u00A5", "Ơ"], ["\u00A6", "Ư"], ["\u00A7", "Đ"],
  // Lower case without tone; ư is the soft hyphen U+00AD, invisible in Excel.
  ["\u00A8", "ă"], ["\u00A9", "â"], ["\u00AA", "ê"], ["\u00AB", "ô"], ["\u00AC", "ơ"], ["\u00AD", "ư"], ["\u00AE", "đ"],
  // Toned lower case, in the order huyền, hỏi, ngã, sắc, nặng.
  ["\u00B5", "à"], ["\u00B6", "ả"], ["\u00B7", "ã"], ["\u00B8", "á"], ["\u00B9", "ạ"],
  ["\u00BB", "ằ"], ["\u00BC", "ẳ"], ["\u00BD", "ẵ"], ["\u00BE", "ắ"], ["\u00C6", "ặ"],
  ["\u00C7", "ầ"], ["\u00C8", "ẩ"], ["\u00C9", "ẫ"], ["\u00CA", "ấ"], ["\u00CB", "ậ"],
  ["\u00CC", "è"], ["\u00CE", "ẻ"], ["\u00CF", "ẽ"], ["\u00D0", "é"], ["\u00D1", "ẹ"],
  ["\u00D2", "ề"], ["\u00D3", "ể"], ["\u00D4", "ễ"], ["\u00D5", "ế"], ["\u00D6", "ệ"],
  ["\u00D7", "ì"], ["\u00D8", "ỉ"], ["\u00DC", "ĩ"], ["\u00DD", "í"], ["\u00DE", "ị"],
  ["\u00DF", "ò"], ["\u00E1", "ỏ"], ["\u00E2", "õ"], ["\u00E3", "ó"], ["\u00E4", "ọ"],
  ["\u00E5", "ồ"], ["\u00E6", "ổ"], ["\u00E7", "ỗ"], ["\u00E8", "ố"], ["\u00E9", "ộ"],
  ["\u00EA", "ờ"], ["\u00EB", "ở"], ["\u00EC", "ỡ"], ["\u00ED", "ớ"], ["\u00EE", "ợ"],
  ["\u00EF", "ù"], ["\u00F1", "ủ"], ["\u00F2", "ũ"], ["\u00F3", "ú"], ["\u00F4", "ụ"],
  ["\u00F5", "ừ"], ["\u00F6", "ử"], ["\u00F7", "ữ"], ["\u00F8", "ứ"], ["\u00F9", "ự"],
  ["\u00FA", "ỳ"], ["\u00FB", "ỷ"], ["\u00FC", "ỹ"], ["\u00FD", "ý"], ["\u00FE", "ỵ"],
]);
