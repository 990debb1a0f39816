/** A1-style addresses, sheet-qualified the way Excel writes them ('My Sheet'!B3). */

export function columnLetters(zeroBasedColumn: number): string {
  let n = zeroBasedColumn + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "C" → 2, "AA" → 26; undefined when the text is not a column name. */
export function columnIndex(letters: string): number | undefined {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return undefined;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** Zero-based row and column on the sheet → "Sheet1!C4". */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(column)}${row + 1}`;
}

export function rangeAddress(
  sheet: string,
  top: number,
  left: number,
  bottom: number,
  right: number,
): string {
  return `${quoteSheetName(sheet)}!${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
}

/** "'My sheet'!A1:C9" → { sheet: "My sheet", range: "A1:C9" }. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}
