import fc from "fast-check";
import { gradeCounts } from "../../../src/core/grade/grade-counts";
import { CodedTexts, type CodedColumn } from "../../../src/core/score/coded-texts";

/** Grades as the evaluation hands them on: codes into their texts. */
function coded(grades: readonly (string | null)[]): CodedColumn {
  const texts = new CodedTexts(grades.length);
  grades.forEach((g, i) => texts.set(i, g));
  return texts;
}

describe("gradeCounts", () => {
  it("counts each grade at the places, the places' own units only", () => {
    // Places 1–4: B, B, null, B → B 3; place 0 (A) and 5 (C) are not among them.
    expect(gradeCounts(coded(["A", "B", "B", null, "B", "C"]), [1, 2, 3, 4])).toEqual(
      new Map([["B", 3]]),
    );
    // Every place: A 1, B 3, C 1; the blank grade is not counted.
    expect(gradeCounts(coded(["A", "B", "B", null, "B", "C"]))).toEqual(
      new Map([
        ["A", 1],
        ["B", 3],
        ["C", 1],
      ]),
    );
    expect(gradeCounts(coded([]))).toEqual(new Map());
    // A place counted twice counts twice.
    expect(gradeCounts(coded(["A", "B"]), [1, 1, 0])).toEqual(
      new Map([
        ["A", 1],
        ["B", 2],
      ]),
    );
  });

  it("agrees with counting one unit at a time, at given places or at all", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("A", "B", "C", null), { maxLength: 60 }).chain((grades) =>
          fc.tuple(
            fc.constant(grades),
            fc.option(
              fc.array(fc.nat(Math.max(0, grades.length - 1)), {
                maxLength: grades.length === 0 ? 0 : 80,
              }),
              { nil: undefined },
            ),
          ),
        ),
        ([grades, places]) => {
          const expected = new Map<string, number>();
          for (const at of places ?? grades.keys()) {
            const g = grades[at];
            if (g) expected.set(g, (expected.get(g) ?? 0) + 1);
          }
          const counts = gradeCounts(coded(grades), places && Int32Array.from(places));
          expect(new Map([...counts].sort())).toEqual(new Map([...expected].sort()));
        },
      ),
    );
  });
});
