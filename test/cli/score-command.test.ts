import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { main } from "../../src/cli/main";
import { fixturePath, publishedRows } from "../helpers/fixtures";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

const FIXTURES = [
  ["yueyang-2017-q2-hotline-composite", "hotline-composite", 82],
  ["jingzhou-2021-02-weibo-bci", "weibo-bci", 20],
  ["jingzhou-2021-02-wechat-wci-city", "wechat-wci", 20],
  ["shiyan-county-2020-q1-petition-towns", "petition-completion", 18],
  ["jingzhou-2021-02-hotline-side-by-side", "hotline-monthly", 60],
] as const;

describe("govrank score", () => {
  it.each(FIXTURES)("scores %s as JSON in the documented shape", async (name, scheme, count) => {
    const before = readFileSync(fixturePath(`${name}.xlsx`));
    const { code, out, err } = await run("score", fixturePath(`${name}.xlsx`), "--format", "json");
    expect([code, err]).toEqual([0, ""]);
    const doc = JSON.parse(out);
    expect(doc.scheme).toBe(scheme);
    expect(doc.detected).toBe(true);
    expect(doc.units).toHaveLength(count);
    expect(Object.keys(doc.units[0]).sort()).toEqual(
      [
        "approximate",
        "cell",
        "grade",
        "group",
        "groupRank",
        "measures",
        "rank",
        "score",
        "unit",
      ].sort(),
    );
    for (const p of doc.problems)
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(["severity", "code", "unit", "cell", "message"]),
      );
    expect(readFileSync(fixturePath(`${name}.xlsx`)).equals(before)).toBe(true);
  });

  it.each(FIXTURES)("prints %s as a readable ranked table", async (name) => {
    const { code, out } = await run("score", fixturePath(`${name}.xlsx`));
    expect(code).toBe(0);
    expect(out).toMatch(/^方案: .+（自动识别）/);
    const first =
      publishedRows(name)[0]?.[
        Object.keys(publishedRows(name)[0] ?? {}).find((h) => /名称|号/.test(h)) ?? ""
      ];
    expect(out).toContain(first);
  });

  it("uses the measure keys and values of the issue's example", async () => {
    const doc = JSON.parse(
      (
        await run(
          "score",
          fixturePath("yueyang-2017-q2-hotline-composite.xlsx"),
          "--format",
          "json",
        )
      ).out,
    );
    const yueyang = doc.units.find((u: { unit: string }) => u.unit === "岳阳县政府");
    expect(yueyang).toMatchObject({
      group: null,
      score: 99.2,
      grade: "A",
      groupRank: null,
      approximate: false,
      cell: "Sheet1!A4",
    });
    expect(yueyang.measures).toMatchObject({ due: 4195, completionRate: 4194 / 4195 });
    expect(Object.keys(yueyang.measures)).toEqual([
      "due",
      "handled",
      "late",
      "rework",
      "dissatisfied",
      "completionRate",
      "onTimeRate",
      "reworkRate",
      "satisfactionRate",
    ]);
    expect(doc.excluded[0]).toMatchObject({ unit: "市科技局", reason: "no-tickets" });
    expect(doc.problems.find((p: { unit: string }) => p.unit === "华容县政府")).toMatchObject({
      severity: "warning",
      code: "inconsistent-rate",
      cell: "Sheet1!F11",
    });
  });

  it("reads a CSV saved by Chinese Excel in GB18030 and ranks densely within groups on request", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govrank-"));
    const file = join(dir, "表.csv");
    writeFileSync(
      file,
      iconv.encode(
        readFileSync(fixturePath("yueyang-2017-q2-hotline-composite.csv"), "utf8"),
        "gb18030",
      ),
    );
    const doc = JSON.parse((await run("score", file, "--format", "json", "--rank", "dense")).out);
    expect(doc.scheme).toBe("hotline-composite");
    expect(doc.units).toHaveLength(82);
    const b = doc.units.filter((u: { group: string }) => u.group === "综合评价B类单位");
    expect(b.map((u: { groupRank: number }) => u.groupRank)).toEqual([1, 2, 3, 4]);
    expect(doc.units.find((u: { unit: string }) => u.unit === "市工商局").rank).toBe(2); // dense: right after the 100s
  });

  it("orders and ranks by a chosen measure, lower-is-better ones ascending by default", async () => {
    const file = fixturePath("yueyang-2017-q2-hotline-composite.xlsx");
    const byVolume = JSON.parse(
      (await run("score", file, "--format", "json", "--sort-by", "due")).out,
    );
    expect(
      byVolume.units.slice(0, 2).map((u: { unit: string; rank: number }) => [u.unit, u.rank]),
    ).toEqual([
      ["岳阳县政府", 1],
      ["岳阳楼区政府", 2],
    ]);
    const byRework = JSON.parse(
      (await run("score", file, "--format", "json", "--sort-by", "reworkRate")).out,
    );
    const rates = byRework.units.map(
      // Ties are on the printed value (0.01 %), and keep source order.
      (u: { measures: { reworkRate: number } }) => Math.round(u.measures.reworkRate * 10000),
    );
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const bad = await run("score", file, "--sort-by", "speed");
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining("--sort-by 不认识“speed”")]);
  });

  it("takes the days for WCI from --days and a scheme from --scheme", async () => {
    const doc = JSON.parse(
      (
        await run(
          "score",
          fixturePath("jingzhou-2021-02-wechat-wci-city.xlsx"),
          "--format",
          "json",
          "--days",
          "30",
          "--scheme",
          "wechat-wci",
        )
      ).out,
    );
    expect([doc.detected, doc.days]).toEqual([false, 30]);
  });

  it("exits 1 with the problems, and no stack trace, when nothing can be scored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govrank-"));
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      "部门名称,应办理数,办理数,超期办理数,返工数,群众满意率\n甲,十,1,0,0,100%\n",
    );
    const { code, out } = await run("score", file);
    expect(code).toBe(1);
    expect(out).toContain("bad!B2");
    expect(out).toContain("“十”不是数字");
    expect(out).not.toMatch(/at .+\.ts:\d+/);
    const missing = await run("score", join(dir, "nope.xlsx"));
    expect([missing.code, missing.err]).toEqual([
      1,
      expect.stringContaining("找不到或无法读取文件"),
    ]);
  });

  it("exits 2 on a usage error and explains the options", async () => {
    expect((await run("score")).code).toBe(2);
    const bad = await run("score", "x.xlsx", "--rank", "olympic");
    expect([bad.code, bad.err]).toEqual([
      2,
      expect.stringContaining("--rank 只能是 competition 或 dense"),
    ]);
    expect((await run("score", "x.xlsx", "--scheme", "nope")).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
  });

  it("speaks English with --lang en", async () => {
    const { out } = await run(
      "score",
      fixturePath("jingzhou-2021-02-wechat-wci-city.xlsx"),
      "--lang",
      "en",
    );
    expect(out).toContain("Scheme: WeChat communication index");
    expect(out).toContain("≈ approximate");
  });

  it("rejects a scheme file with a message a clerk can act on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govrank-"));
    const file = join(dir, "scheme.json");
    writeFileSync(file, JSON.stringify({ id: "my-scheme", version: "1" }));
    const { code, err } = await run(
      "score",
      fixturePath("jingzhou-2021-02-weibo-bci.xlsx"),
      "--scheme-file",
      file,
    );
    expect(code).toBe(1);
    expect(err).toContain("方案中“方案名称”缺少这一项。");
    expect(statSync(file).size).toBeGreaterThan(0);
  });
});

describe("npx govrank", () => {
  it("runs from the package's bin after npm ci", () => {
    const { execFileSync } =
      jest.requireActual<typeof import("node:child_process")>("node:child_process");
    const out = execFileSync(
      process.execPath,
      [
        join(__dirname, "..", "..", "bin", "govrank.js"),
        "score",
        fixturePath("jingzhou-2021-02-weibo-bci.csv"),
        "--format",
        "json",
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(out).units[0]).toMatchObject({
      unit: "荆州市检察院",
      score: 1218.42,
      rank: 1,
    });
  });
});
