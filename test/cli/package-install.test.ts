/**
 * govrank as a user installs it: `npm pack` makes a tarball of the compiled CLI, `npm install -g`
 * puts it in a fresh prefix, and the `govrank` on that prefix's PATH scores a published table.
 * The tarball carries no sources, tests or development tools, and the install pulls in only the
 * runtime dependencies.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/build";
import { fixturePath } from "../helpers/fixtures";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
};

interface PackedFile {
  path: string;
}

describe("the packed tarball, installed globally", () => {
  const dir = mkdtempSync(join(tmpdir(), "govrank-pack-"));
  const prefix = join(dir, "prefix");
  const env = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false" };
  let files: string[] = [];
  let tarball = "";

  beforeAll(() => {
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
        cwd: ROOT,
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }),
    ) as { filename: string; files: PackedFile[] }[];
    const [first] = packed;
    if (!first) throw new Error("npm pack printed no tarball");
    files = first.files.map((f) => f.path);
    tarball = join(dir, first.filename);
    execFileSync(
      "npm",
      ["install", "-g", "--prefix", prefix, "--no-audit", "--prefer-offline", tarball],
      { cwd: dir, env, stdio: "pipe" },
    );
  }, 240_000);

  it("is named after the version and holds the compiled CLI, no sources or tests", () => {
    expect(tarball.endsWith(`govrank-${pkg.version}.tgz`)).toBe(true);
    expect(files).toEqual(expect.arrayContaining(["bin/govrank.js", "lib/govrank.js"]));
    expect(files.filter((f) => /^(src|test|bench|scripts|samples|docs)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".ts"))).toEqual([]);
  });

  it("installs only the runtime dependencies", () => {
    const installed = readdirSync(join(prefix, "lib", "node_modules", "govrank", "node_modules"));
    for (const dependency of Object.keys(pkg.dependencies))
      expect(installed).toContain(dependency.split("/")[0]);
    for (const devOnly of ["typescript", "tsx", "jest", "react", "webpack", "esbuild"])
      expect(installed).not.toContain(devOnly);
  });

  it("puts a govrank on PATH that prints its version and scores a published table", () => {
    const bin = join(prefix, "bin", "govrank");
    expect(existsSync(bin)).toBe(true);
    const run = (args: string[]) =>
      execFileSync(bin, args, {
        cwd: dir,
        encoding: "utf8",
        env: { ...env, PATH: `${join(prefix, "bin")}:${process.env.PATH ?? ""}` },
      });
    expect(run(["--version"]).trim()).toBe(pkg.version);
    const table = run(["score", fixturePath("yueyang-2017-q2-hotline-composite.xlsx")]);
    // The published table's first unit: 市自来水公司, 综合指标值 100.0, 等级 A.
    expect(table).toMatch(/1\s+市自来水公司\s+100\.00%.*100\.0\s+A/);
    const json = JSON.parse(
      run(["score", fixturePath("jingzhou-2021-02-weibo-bci.csv"), "--format", "json"]),
    ) as { units: { unit: string; score: number; rank: number }[] };
    // The list's first account as printed: 荆州市检察院, BCI 1218.42.
    expect(json.units[0]).toMatchObject({ unit: "荆州市检察院", score: 1218.42, rank: 1 });
  });
});
