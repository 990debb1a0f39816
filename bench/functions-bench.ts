/** GOVRANK.RANK as Excel calls it: spilled over a range, and once per cell on a shared range. */
import { installCustomFunctionsGlobal } from "../test/fakes/custom-functions";
installCustomFunctionsGlobal();
import { rank } from "../src/functions/functions";
import { time } from "./harness";
import { random } from "./synthetic";

export async function rankTimings(count: number, runs: number) {
  const next = random(7);
  const values = Array.from({ length: count }, () => [Math.round(next() * 1000) / 10]);
  const spilled = await time(() => rank(values, values), { runs });
  const perCell = await time(
    () => {
      for (const row of values) rank([row], values);
    },
    { runs },
  );
  return { count, spilled, perCell };
}
