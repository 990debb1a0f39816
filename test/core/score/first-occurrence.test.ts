/**
 * The duplicate-name table must find what a plain scan finds: for each entry, the first earlier
 * entry with the same name in the same group — with names that collide in few letters, empty
 * names, CJK and surrogate pairs, and many repeats.
 */
import fc from "fast-check";
import { firstOccurrence as firstOccurrenceOf } from "../../../src/core/score/first-occurrence";

/** The entries of a list (the first `count`, all by default). */
function firstOccurrence(
  names: readonly string[],
  groups: ArrayLike<number>,
  count = names.length,
): Int32Array {
  return firstOccurrenceOf((i) => names[i] as string, groups, count);
}

/** The plain way: look back over every earlier entry. */
function reference(names: readonly string[], groups: readonly number[]): number[] {
  return names.map((name, i) => {
    for (let j = 0; j < i; j++) if (names[j] === name && groups[j] === groups[i]) return j;
    return -1;
  });
}

describe("firstOccurrence", () => {
  it("points each repeat at the first of its name in its group", () => {
    const names = ["市公安局", "市教育局", "市公安局", "市公安局", "市教育局"];
    expect(Array.from(firstOccurrence(names, [0, 0, 0, 1, 0]))).toEqual([-1, -1, 0, -1, 1]);
  });

  it("keeps names that differ only in a letter apart, and the empty name is a name", () => {
    expect(Array.from(firstOccurrence(["ab", "ba", "", "", "aB"], [0, 0, 0, 0, 0]))).toEqual([
      -1, -1, -1, 2, -1,
    ]);
  });

  it("agrees with a plain scan on random lists", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.oneof(
              fc.constantFrom("甲", "乙", "丙", "𠀀局", "a", "b", ""),
              fc.string({ maxLength: 3 }),
            ),
            group: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 200 },
        ),
        (entries) => {
          const names = entries.map((e) => e.name);
          const groups = entries.map((e) => e.group);
          expect(Array.from(firstOccurrence(names, Int32Array.from(groups)))).toEqual(
            reference(names, groups),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("tells apart two names whose hashes are equal", () => {
    // FNV-1a (32 bits, the group's code 0 as its salt), worked here apart from the code: these two
    // names hash alike, so the table meets the first name's slot and must compare the names.
    const fnv1a = (text: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    expect(fnv1a("单位652786")).toBe(fnv1a("单位1329160"));
    expect(
      Array.from(firstOccurrence(["单位652786", "单位1329160", "单位652786"], [0, 0, 0])),
    ).toEqual([-1, -1, 0]);
  });

  it("holds tens of thousands of names, every one of them twice", () => {
    const names = Array.from({ length: 40_000 }, (_, i) => `单位${i % 20_000}`);
    const first = firstOccurrence(names, new Int32Array(names.length));
    expect(first[19_999]).toBe(-1);
    expect(first[20_000]).toBe(0);
    expect(first[39_999]).toBe(19_999);
  });

  it("looks only at the first count entries where it is given a count (room left for rows set aside)", () => {
    const names = ["甲", "乙", "甲", "乙", "甲"];
    expect(Array.from(firstOccurrence(names, new Int32Array(5), 3))).toEqual([-1, -1, 0]);
  });
});
