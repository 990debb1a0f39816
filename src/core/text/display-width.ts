/**
 * How many columns a string takes in a terminal or an Excel column: CJK and full-width characters
 * take two, every other code point one (a surrogate pair is one code point; a lone surrogate
 * counts one). Used to align the command line's tables and to size the report's columns.
 *
 * Read a UTF-16 unit at a time rather than through the string's iterator: a column of 10^6 names
 * is measured in a few milliseconds instead of making a string per character (#21).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      // A pair is one code point above U+FFFF: none of those is wide here.
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      width += 1;
      continue;
    }
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Whether a code point takes two columns: Hangul Jamo, CJK, Hangul, compatibility and full-width forms. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
