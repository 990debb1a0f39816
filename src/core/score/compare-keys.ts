/**
 * Two sort keys compared as a ranking orders them: NaN (no value) after every value whichever the
 * direction, two missing values alike. 0 when they tie, so the next key (or the row) decides.
 */
export function compareKeys(x: number, y: number, descending: boolean): number {
  if (x === y) return 0;
  const noX = Number.isNaN(x);
  const noY = Number.isNaN(y);
  if (noX && noY) return 0;
  if (noX) return 1;
  if (noY) return -1;
  return descending ? y - x : x - y;
}
