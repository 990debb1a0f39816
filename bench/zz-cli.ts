import { cliEndToEnd } from "./cli-e2e";
cliEndToEnd(Number(process.argv[2] ?? 10000), 2, "/tmp/clibench").then((r) => console.log(JSON.stringify({ report: r.report.median, bare: r.bare.median, ratio: r.ratio })));
