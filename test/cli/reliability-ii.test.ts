/**
 * What an adversary found (issue "Reliability II"), one case per class, through the command line
 * as a clerk runs it. Each failed before its fix: crashes (a stray far cell, quotes in CSV, UTF-16
 * text, file names that are not sheet names, a document with no sheets), silent wrong rankings
 * (totals rows, units named like notes, a note in the middle, mixed line endings, "10 5", huge
 * figures, a rate a hair over 100 %), unopenable outputs (control characters), and safety (the
 * terminal, last period's file, argument ranges).
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/capture";

const dir = mkdtempSync(join(tmpdir(), "govrank-adversary-"));
const HEADER = "部门名称,应办理数,办理数,超期办理数,返工数,抽查不满意数,群众满意率";
const unit = (name: string, due = 10) => `${name},${due},${due},0,0,0,100%`;

function csv(name: string, lines: string[], eol = "\n"): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join(eol)}${eol}`);
  return path;
}

async function run(...args: string[]) {
  const io = capture();
  const code = await main(args, io.io);
  return { code, out: io.out(), err: io.err() };
}

/** Ranked unit names, as `score --format json` gives them. */
async function ranked(path: string, ...extra: string[]): Promise<string[]> {
  const { code, out, err } = await run("score", path, "--format", "json", ...extra);
  if (code !== 0) throw new Error(`exit ${code}: ${err}`);
  return (JSON.parse(out) as { units: { unit: string }[] }).units.map((u) => u.unit);
}

/** Two ranked units on a sheet, changed by `edit` (a stray cell, a formula, a hidden row), saved. */
async function workbookWith(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("热线");
  HEADER.split(",").forEach((h, c) => (ws.getCell(1, c + 1).value = h));
  ["市水务局", "市交通局"].forEach((unitName, r) =>
    [unitName, 10, 10, 0, 0, 0, 1].forEach((v, c) => (ws.getCell(r + 2, c + 1).value = v)),
  );
  edit(ws);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Every XML part of a zip (xlsx, docx) must be well-formed XML. */
async function badXmlParts(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const bad: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = await file.async("string");
    if (XMLValidator.validate(text) !== true) bad.push(name);
  }
  return bad;
}

describe("crashes", () => {
  it("reads a sheet with one stray cell at XFD1048576 at the cost of its cells, and names the stray", async () => {
    const path = await workbookWith("stray.xlsx", (ws) => (ws.getCell("XFD1048576").value = "x"));
    const { code, out, err } = await run("score", path, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out).units).toHaveLength(2);
    expect(err).toContain("XFD1048576");
  });

  it("reads a quote inside a field as text, and says where a quote is left open", async () => {
    expect(
      await ranked(csv("quotes.csv", [HEADER, unit('市"扫黄打非"办'), unit("市水务局")])),
    ).toContain('市"扫黄打非"办');
    const open = await run(
      "score",
      csv("open.csv", [HEADER, '"市水务局,10,10,0,0,0,100%', unit("市交通局")]),
    );
    expect(open.code).toBe(1);
    expect(open.err).toContain("引号");
  });

  it("reads Excel's 'Unicode 文本' export (UTF-16, tab-separated)", async () => {
    const text = [HEADER, unit("市水务局"), unit("市交通局")]
      .map((l) => l.replace(/,/g, "\t"))
      .join("\r\n");
    const path = join(dir, "unicode.txt");
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(await ranked(path)).toEqual(["市水务局", "市交通局"]);
  });

  it.each(["a[1].csv", "x?y.csv", "History.csv", "'q'.csv"])(
    "writes a report for a CSV called %s",
    async (name) => {
      const path = csv(name, [HEADER, unit("市水务局"), unit("市交通局")]);
      const { code, err } = await run("report", path, "-o", join(dir, `${name}.xlsx`));
      expect({ code, err }).toEqual({ code: 0, err: "" });
    },
  );

  it("says a document with no sheets is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const path = join(dir, "letter.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    const { code, err } = await run("score", path);
    expect(code).toBe(1);
    expect(err).not.toContain("undefined");
  });
});

describe("silent wrong rankings", () => {
  it.each(["合计：", "全市总计", "汇总", "总计(全市)", "合计（3个单位）", "Total:", "全市合计数"])(
    "sets aside a totals row written %s",
    async (totals) => {
      const names = await ranked(
        csv("totals.csv", [HEADER, unit("市水务局"), unit("市交通局"), unit(totals, 20)]),
      );
      expect(names).toEqual(["市水务局", "市交通局"]);
    },
  );

  it("ranks units named like notes, and the units after a note in the middle", async () => {
    const names = await ranked(
      csv("notes.csv", [
        HEADER,
        unit("注册登记中心"),
        unit("审核中心"),
        "注：以下为市直单位。,,,,,,",
        unit("市交通局"),
      ]),
    );
    expect(names.sort()).toEqual(["审核中心", "市交通局", "注册登记中心"].sort());
  });

  it("keeps rows apart whatever their line endings", async () => {
    const path = join(dir, "eol.csv");
    writeFileSync(
      path,
      `${HEADER}\r\n${unit("市水务局")}\n${unit("市交通局")}\r${unit("市民政局")}\n`,
    );
    expect(await ranked(path)).toHaveLength(3);
  });

  it("points at '10 5' instead of reading 105", async () => {
    const path = csv("typo.csv", [HEADER, "市水务局,10 5,10,0,0,0,100%", unit("市交通局")]);
    const { out } = await run("score", path, "--format", "json");
    const json = JSON.parse(out) as { units: { unit: string }[]; problems: { cell?: string }[] };
    expect(json.units.map((u) => u.unit)).toEqual(["市交通局"]);
    expect(json.problems.some((p) => p.cell?.endsWith("!B2"))).toBe(true);
  });

  it("never prints Infinity or NaN for a figure of 1e308", async () => {
    const path = csv("huge.csv", [HEADER, "市水务局,1e308,1e308,0,0,0,100%", unit("市交通局")]);
    const { out, err } = await run("bulletin", path);
    expect(`${out}${err}`).not.toMatch(/Infinity|NaN/);
  });

  it("takes a rate of 1.0000000000000002 for 100 %", async () => {
    const path = csv("hair.csv", [
      HEADER,
      "市水务局,10,10,0,0,0,1.0000000000000002",
      unit("市交通局"),
    ]);
    expect(await ranked(path)).toContain("市水务局");
  });
});

describe("outputs that open", () => {
  it("writes control characters and non-characters in names as � in valid XML (xlsx and docx)", async () => {
    const path = csv("control.csv", [
      HEADER,
      unit("市水\u0001务局"),
      unit("市交\uffff通局"),
      unit("市民政局"),
    ]);
    const xlsx = join(dir, "control-out.xlsx");
    const docx = join(dir, "control-out.docx");
    expect((await run("report", path, "-o", xlsx)).code).toBe(0);
    expect((await run("bulletin", path, "--docx", docx)).code).toBe(0);
    expect(await badXmlParts(xlsx)).toEqual([]);
    expect(await badXmlParts(docx)).toEqual([]);
  });
});

describe("safety", () => {
  it("shows a unit name's terminal escapes instead of sending them (OSC 52, bidi overrides)", async () => {
    const evil = "市\u001b]52;c;cm0gLXJmIH4=\u0007水务局\u202e";
    const { out } = await run("score", csv("osc.csv", [HEADER, unit(evil), unit("市交通局")]));
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202e");
    expect(out).toContain("\\u001b]52;c;");
  });

  it("never overwrites last period's file, even through a link", async () => {
    const last = csv("last.csv", [HEADER, unit("市水务局"), unit("市交通局")]);
    const now = csv("now.csv", [HEADER, unit("市水务局"), unit("市交通局")]);
    const link = join(dir, "link-to-last.xlsx");
    const lastXlsx = join(dir, "last.xlsx");
    expect((await run("report", last, "-o", lastXlsx)).code).toBe(0);
    symlinkSync(lastXlsx, link);
    const before = createHash("sha256").update(readFileSync(lastXlsx)).digest("hex");
    expect((await run("report", now, "--previous", lastXlsx, "-o", lastXlsx)).code).toBe(2);
    expect((await run("report", now, "--previous", lastXlsx, "-o", link)).code).toBe(2);
    expect(createHash("sha256").update(readFileSync(lastXlsx)).digest("hex")).toBe(before);
  });

  it("does not follow a link planted where the old predictable temporary name was", async () => {
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me");
    const out = join(dir, "planted.xlsx");
    symlinkSync(victim, join(dir, `.planted.xlsx.${process.pid}.partial`));
    const path = csv("planted.csv", [HEADER, unit("市水务局"), unit("市交通局")]);
    expect((await run("report", path, "-o", out)).code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("keep me");
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    ["--days", "0.5"],
    ["--days", "1e-300"],
    ["--map", "nosuch=应办理数"],
  ])("refuses %s %s with what to type", async (flag, value) => {
    const path = csv("args.csv", [HEADER, unit("市水务局"), unit("市交通局")]);
    const { code, err } = await run("score", path, flag, value);
    expect(code).toBe(2);
    expect(err).toMatch(/需要|不认识/);
  });
});

describe("more of what an adversary found", () => {
  it("reads a percent typed as 97.5 as 97.5 %, ranked, with a warning (the README says so too)", async () => {
    const path = csv("percent.csv", [HEADER, "市水务局,10,10,0,0,0,97.5", unit("市交通局")]);
    const { out } = await run("score", path, "--format", "json");
    const json = JSON.parse(out) as {
      units: { unit: string; measures: Record<string, number> }[];
      problems: { code: string; severity: string }[];
    };
    expect(json.units.find((u) => u.unit === "市水务局")?.measures["satisfactionRate"]).toBe(0.975);
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: "rate-as-number", severity: "warning" }),
    );
  });

  it("says a formula cell has no saved value instead of reading a blank", async () => {
    const path = await workbookWith("formula.xlsx", (ws) => {
      ws.getCell("B2").value = { formula: "5+5" } as ExcelJS.CellFormulaValue;
    });
    const { out } = await run("score", path, "--format", "json");
    const json = JSON.parse(out) as {
      units: { unit: string }[];
      problems: { code: string; cell?: string }[];
    };
    expect(json.units.map((u) => u.unit)).toEqual(["市交通局"]);
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: "formula-without-value" }),
    );
  });

  it("says a hidden row is still ranked", async () => {
    const path = await workbookWith("hidden.xlsx", (ws) => {
      ws.getRow(3).hidden = true;
    });
    const { out } = await run("score", path, "--format", "json");
    expect(JSON.parse(out).problems).toContainEqual(
      expect.objectContaining({ code: "hidden-row", unit: "市交通局" }),
    );
  });

  it("refuses a field id that every object already has, and a scheme nested absurdly deep, in words", async () => {
    const { builtinScheme } = await import("../../src/core/schemes/builtin");
    const composite = builtinScheme("hotline-composite");
    const reserved = join(dir, "reserved.json");
    writeFileSync(
      reserved,
      JSON.stringify({
        ...composite,
        id: "mine",
        fields: composite?.fields.map((f) => (f.id === "late" ? { ...f, id: "constructor" } : f)),
      }),
    );
    const path = csv("any.csv", [HEADER, unit("市水务局"), unit("市交通局")]);
    const first = await run("score", path, "--scheme-file", reserved);
    expect(first.code).toBe(1);
    expect(first.err).toContain("保留字");
    expect(first.err).not.toContain("native code");
    const deep = join(dir, "deep.json");
    writeFileSync(deep, `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    const second = await run("score", path, "--scheme-file", deep);
    expect(second.code).toBe(1);
    expect(second.err).not.toContain("不是有效的 JSON");
  });
});

describe("what was left after the first pass", () => {
  it("sets aside the units a count cell is merged over, naming the merge, and keeps a tall row as one unit", async () => {
    const path = await workbookWith("merged-count.xlsx", (ws) => {
      // 应办理数 of both units merged into one cell (B2:B3): whose 10 is it?
      ws.mergeCells("B2:B3");
      // A third unit on a tall row: its name and figures merged over rows 4–5 alike.
      [
        ["A4:A5", "市民政局"],
        ["B4:B5", 8],
        ["C4:C5", 8],
        ["D4:D5", 0],
        ["E4:E5", 0],
        ["F4:F5", 0],
        ["G4:G5", 1],
      ].forEach(([range, value]) => {
        ws.mergeCells(String(range));
        ws.getCell(String(range).slice(0, 2)).value = value as string | number;
      });
    });
    const { out } = await run("score", path, "--format", "json");
    const result = JSON.parse(out) as {
      units: { unit: string }[];
      problems: { code: string; cell?: string; unit?: string }[];
    };
    expect(result.units.map((u) => u.unit)).toEqual(["市民政局"]);
    const merged = result.problems.filter((p) => p.code === "merged-across-units");
    expect(merged.map((p) => [p.unit, p.cell])).toEqual([
      ["市水务局", "热线!B2"],
      ["市交通局", "热线!B3"],
    ]);
  });

  it("reads a UTF-8 row pasted into a GBK file as UTF-8, and says which line", async () => {
    const iconv = (await import("iconv-lite")).default;
    const path = join(dir, "gbk-mixed.csv");
    writeFileSync(
      path,
      Buffer.concat([
        iconv.encode(`${HEADER}\n${unit("市水务局")}\n`, "gbk"),
        Buffer.from(`${unit("市扫黄打非办")}\n`, "utf8"),
        iconv.encode(`${unit("中心医院")}\n`, "gbk"),
      ]),
    );
    const { code, out, err } = await run("score", path, "--format", "json");
    expect(code).toBe(0);
    expect(
      (JSON.parse(out) as { units: { unit: string }[] }).units.map((u) => u.unit).sort(),
    ).toEqual(["中心医院", "市扫黄打非办", "市水务局"].sort());
    expect(err).toContain("第 3 行是 UTF-8");
  });

  it("says the disk is full when it is, and leaves no partial file", async () => {
    const path = csv("full.csv", [HEADER, unit("市水务局"), unit("市交通局")]);
    const small = mkdtempSync(join(tmpdir(), "govrank-full-"));
    let mounted = false;
    try {
      if (process.getuid?.() === 0) {
        // A real full disk where the machine lets us mount one (8 KB: the report needs more).
        const { spawnSync } = await import("node:child_process");
        mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", small]).status === 0;
      }
      // The module object itself (an import namespace cannot be spied on).
      const fs = (await import("node:fs")).promises;
      const spy = mounted
        ? undefined
        : jest.spyOn(fs, "writeFile").mockRejectedValue(
            Object.assign(new Error("ENOSPC: no space left on device, write"), {
              code: "ENOSPC",
            }),
          );
      const output = join(small, "report.xlsx");
      const { code, err } = await run("report", path, "-o", output);
      spy?.mockRestore();
      expect(code).toBe(1);
      expect(err).toContain("磁盘空间不足");
      expect(err).not.toContain("Excel");
      expect(readdirSync(small)).toEqual([]);
    } finally {
      if (mounted) (await import("node:child_process")).spawnSync("umount", [small]);
    }
  });
});
