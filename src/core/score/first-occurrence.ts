/**
 * Where a (name, group) pair was first seen, for each entry of a list: the duplicate-name check
 * of a table (#21). A `Map` of 10^6 names costs about a second and a heap of entries to collect;
 * this is one open-addressed table of Int32 slots, sized once, with a name's own hash (FNV-1a
 * over its UTF-16 code units) kept in the slot, and `===` only where two hashes meet.
 *
 * const names = ["甲", "乙", "甲"];
 * firstOccurrence((i) => names[i], [0, 0, 0], 3) → Int32Array [-1, -1, 0]
 * firstOccurrence((i) => names[i], [0, 1], 2) → Int32Array [-1, -1] (another group, another unit)
 */

/** FNV-1a over a string's code units, mixed with a small integer (the group's code). */
function hashOf(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * For each entry i below `count`: the index of the first entry before it with the same name and
 * group code, or -1 where it is the first of its kind. Names are read through `nameOf` (the
 * scored units' names stay in their rows, not copied into a list of 10^6: #21).
 */
export function firstOccurrence(
  nameOf: (i: number) => string,
  groups: ArrayLike<number>,
  count: number,
): Int32Array {
  const n = count;
  const first = new Int32Array(n).fill(-1);
  // A power of two at least twice the entries: probes stay short.
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  // Each slot is [entry + 1 (0: empty), the entry's hash], side by side: a probe reads one cache
  // line, and a slot taken by another name is passed on its hash without reading that name — at
  // 10^6 entries each such read was three misses (its group, its row, its text): 1.7× faster (#21).
  const slots = new Int32Array(2 * size);
  for (let i = 0; i < n; i++) {
    const name = nameOf(i);
    const group = groups[i] as number;
    const hash = hashOf(name, group) | 0;
    let at = hash & mask;
    for (;;) {
      const j = (slots[2 * at] as number) - 1;
      if (j < 0) {
        slots[2 * at] = i + 1;
        slots[2 * at + 1] = hash;
        break;
      }
      if (slots[2 * at + 1] === hash && groups[j] === group && nameOf(j) === name) {
        first[i] = j;
        break;
      }
      at = (at + 1) & mask;
    }
  }
  return first;
}
