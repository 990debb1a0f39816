import { builtinScheme } from "../../../src/core/schemes/builtin";
import type { Scheme } from "../../../src/core/schemes/scheme";
import { scoreFromInputs } from "../../../src/core/score/score-inputs";

const composite = builtinScheme("hotline-composite") as Scheme;

describe("scoreFromInputs", () => {
  it("scores 岳阳县政府 as printed: 4195 due, 4194 handled, 4 late, 4 reworked, 96.54 % → 99.2", () => {
    const out = scoreFromInputs(composite, {
      due: 4195,
      handled: 4194,
      late: 4,
      rework: 4,
      satisfactionRate: 0.9654,
    });
    expect(out.ok && out.score).toBe(99.2);
  });

  it("refuses counts that break the scheme's relations, saying which", () => {
    expect(
      scoreFromInputs(composite, { due: 3, handled: 5, late: 0, rework: 0, satisfactionRate: 1 }),
    ).toEqual({
      ok: false,
      kind: "invalid",
      message: {
        zh: "办理数（5）大于应办理数（3）",
        en: "Handled (5) exceeds Tickets due (3)",
      },
    });
    expect(scoreFromInputs(composite, { due: -1 })).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("says a unit with no tickets is not scored", () => {
    const out = scoreFromInputs(composite, {
      due: 0,
      handled: 0,
      late: 0,
      rework: 0,
      satisfactionRate: 1,
    });
    expect(out).toMatchObject({ ok: false, kind: "not-available" });
  });
});
