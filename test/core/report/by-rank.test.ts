import { byRank } from "../../../src/core/report/by-rank";
import type { ScoredUnit } from "../../../src/core/score/scored-unit";

const unit = (name: string, rank: number | null): ScoredUnit =>
  ({ unit: name, rank }) as unknown as ScoredUnit;

describe("byRank", () => {
  it("puts rank 1 first, ties in list order, the unranked last", () => {
    // Printed order (Yueyang's A class by volume): ranks 3, 1, null, 2, 1.
    const units = [unit("a", 3), unit("b", 1), unit("c", null), unit("d", 2), unit("e", 1)];
    expect([...byRank(units)]).toEqual([1, 4, 3, 0, 2]);
  });

  it("gives nothing for no units", () => {
    expect([...byRank([])]).toEqual([]);
  });
});
