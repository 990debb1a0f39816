/**
 * A month sheet as clerks keep it (test/fixtures/own/clerk-month.xlsx, made by
 * make-clerk-month.ts): recognised as the comprehensive evaluation, every unit read across the
 * blank row, the two typos named, the rest ranked after one mapping, and compared with last month
 * with that same mapping — or, where last month's headers differ, with one for it.
 */
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/capture";

const FILE = join(__dirname, "..", "fixtures", "own", "clerk-month.xlsx");

async function run(...args: string[]) {
  const io = capture();
  const code = await main(args, io.io);
  return { code, out: io.out(), err: io.err() };
}

interface Json {
  scheme: string;
  units: { unit: string; score: number; rank: number }[];
  excluded: { unit: string; cell: string }[];
  problems: { code: string; cell: string | null; severity: string }[];
}

describe("a clerk's own month sheet", () => {
  it("is the comprehensive evaluation, and says which of its columns it cannot place", async () => {
    const { out } = await run("score", FILE, "--format", "json");
    const json = JSON.parse(out) as Json;
    expect(json.scheme).toBe("hotline-composite");
    // 打回件数 is her word for 返工数: the one column to map.
    expect(json.problems.filter((p) => p.code === "missing-column").map((p) => p.cell)).toEqual([
      "'10月'!A3:I3",
    ]);
  });

  it("reads all 28 rows after one mapping: 26 ranked, the two typos named by cell", async () => {
    const { out } = await run("score", FILE, "--format", "json", "--map", "rework=打回件数");
    const json = JSON.parse(out) as Json;
    expect(json.units).toHaveLength(26);
    expect(json.excluded.map((e) => [e.unit, e.cell])).toEqual([
      ["云溪区", "'10月'!B16"],
      ["华容县", "'10月'!B24"],
    ]);
    const codes = (code: string) => json.problems.filter((p) => p.code === code).map((p) => p.cell);
    expect(codes("unreadable-number")).toEqual(["'10月'!C16", "'10月'!D24"]);
    expect(codes("rate-as-number")).toEqual(["'10月'!H8"]);
    expect(codes("totals-row")).toEqual(["'10月'!B33"]);
    expect(codes("duplicate-unit")).toHaveLength(1);
    // By hand: the second 市城管局 (12 due, 12 handled, none late or reworked, 100 %) scores 100;
    // 市人社局 (358 due and handled, 0 late, 2 reworked, 99 %) 30 + 30 + 20 × (1 − 2/358) + 19.8
    // = 99.688… → 99.7.
    const score = (unit: string) => json.units.filter((u) => u.unit === unit).map((u) => u.score);
    expect(score("市城管局")).toContain(100);
    expect(score("市人社局")).toEqual([99.7]);
  });

  it("compares with last month through the same mapping, and with the month before through its own", async () => {
    const flags = ["--map", "rework=打回件数", "--previous", FILE];
    const september = await run("bulletin", FILE, ...flags, "--previous-sheet", "9月");
    expect(september.code).toBe(0);
    expect(september.out).toContain("与上月相比");
    const august = await run("bulletin", FILE, ...flags, "--previous-sheet", "8月");
    expect(august.code).toBe(1);
    expect(august.err).toContain("缺少“返工数”列");
    expect(august.err).toContain("--previous-map");
    const mapped = await run(
      "bulletin",
      FILE,
      ...flags,
      "--previous-sheet",
      "8月",
      "--previous-map",
      "rework=退单数",
    );
    expect(mapped.code).toBe(0);
  });
});
