import { cliEndToEnd } from "./cli-e2e";
const u = Number(process.argv[2] ?? 10000);
cliEndToEnd(u, u <= 1000 ? 15 : 2, "/tmp/clibench").then((r) =>
  console.log(JSON.stringify({ report: r.report.median, bare: r.bare.median, ratio: r.ratio })),
);
