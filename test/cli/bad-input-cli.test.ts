/**
 * On the command line, a table that cannot be scored gives the clerk the problems in words, with
 * their cells, and exit code 1 — never a stack trace.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

function capture() {
  let all = "";
  const sink = { write: (t: string) => ((all += t), true) };
  return { io: { stdout: sink, stderr: sink }, text: () => all };
}

const dir = mkdtempSync(join(tmpdir(), "govrank-bad-"));

describe.each(["score", "report", "bulletin"])(
  "govrank %s on tables that cannot be scored",
  (command) => {
    it.each([
      [
        "every count unreadable",
        "部门名称,应办理数,办理数,超期办理数,返工数,群众满意率\n市公安局,十二,十,0,0,95%\n",
        "表!B2",
        "不是数字",
      ],
      [
        "no unit column",
        "应办理数,办理数,超期办理数,返工数,群众满意率\n12,10,0,0,95%\n",
        "缺少",
        "部门名称",
      ],
      ["an empty file", "", "没有找到表头行", "表头"],
    ])("%s", async (_name, csv, where, what) => {
      const input = join(dir, "表.csv");
      writeFileSync(input, csv);
      const run = capture();
      const args =
        command === "report" ? [command, input, "-o", join(dir, "out.xlsx")] : [command, input];
      expect(await main(args, run.io)).toBe(1);
      expect(run.text()).toContain(where);
      expect(run.text()).toContain(what);
      expect(run.text()).not.toMatch(/\n\s+at \S+ \(/);
    });
  },
);
