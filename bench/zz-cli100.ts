import { main } from "../src/cli/main";
const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
(async () => {
  for (let i = 0; i < 30; i++)
    await main(
      ["report", "/tmp/clibench/hotline-100.xlsx", "-o", "/tmp/clibench/r100.xlsx"],
      quiet,
    );
  const t = performance.now();
  for (let i = 0; i < 30; i++)
    await main(
      ["report", "/tmp/clibench/hotline-100.xlsx", "-o", "/tmp/clibench/r100.xlsx"],
      quiet,
    );
  console.log(((performance.now() - t) / 30).toFixed(1), "ms per report");
})();
