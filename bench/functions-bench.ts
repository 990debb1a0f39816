/**
 * GOVRANK.RANK as Excel calls it: spilled over a range, once per cell on one shared range (each run
 * on a range it has not seen, so the one pass and the sort are timed too), and the cost of calls
 * that each get a range never seen before — one pass each, where nothing can be kept.
 */
import { installCustomFunctionsGlobal } from "../test/fakes/custom-functions";
installCustomFunctionsGlobal();
import { rankInRows } from "../src/core/rank/rank";
import { rank } from "../src/functions/functions";
import { time } from "./harness";
import { random } from "./synthetic";

export async function rankTimings(count: number, runs: number) {
  const next = random(7);
  const values = Array.from({ length: count }, () => [Math.round(next() * 1000) / 10]);
  const spilled = await time(() => rank(values, values), { runs });
  const perCell = await time(
    () => {
      const range = values.map((row) => [...row]);
      for (const row of range) rank([row], range);
    },
    { runs },
  );
  // A range seen for the first time costs one pass (rankInRows) whatever is kept: 10 000 such calls.
  const perCellFresh = await time(
    () => {
      for (const row of values) rankInRows(row[0] as number, values);
    },
    { runs: 3 },
  );
  return { count, spilled, perCell, perCellFresh };
}
