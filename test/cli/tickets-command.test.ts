/**
 * Ticket logs through the command line as a clerk uses it: an .xlsx export, a GB18030 CSV, a
 * Parquet file and a PostgreSQL table, each counted to the Jingzhou January 2022 and Hubei May
 * 2019 figures (schemes.md §7); `govrank report` on a log writes the ranking, 工单概况, 部门汇总 and
 * 核对; and no caller's name, phone or ID number reaches any file written (each unzipped and read).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import pg from "pg";
import { main } from "../../src/cli/main";
import type { CellValue } from "../../src/core/values/parse-cell";
import { csvText, hubeiMay2019, jingzhouJanuary2022 } from "../helpers/ticket-logs";
import { startPostgres, type RunningPostgres } from "../helpers/postgres";
import {
  CLERK_PASSWORD,
  startClickHouseCluster,
  type ClickHouseCluster,
} from "../helpers/clickhouse";

const dir = mkdtempSync(join(tmpdir(), "govrank-tickets-"));
const jingzhou = jingzhouJanuary2022();
const hubei = hubeiMay2019();
const PERIOD = ["--from", "2022-01-01", "--to", "2022-01-31", "--cutoff", "2022-02-06"];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
    },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

async function xlsx(rows: CellValue[][], path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("工单明细");
  for (const row of rows) sheet.addRow(row.map((v) => v ?? null));
  await workbook.xlsx.writeFile(path);
}

/** Every text inside a written file: a zip's parts, or the file itself. */
async function textsOf(path: string): Promise<string> {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(
      Object.values(zip.files).map((f) => (f.dir ? "" : f.async("string"))),
    );
    return parts.join("\n");
  }
  return bytes.toString("utf8");
}

function leaked(text: string, personal: readonly string[]): string[] {
  return [...new Set(personal)].filter((p) => p.length >= 2 && text.includes(p));
}

const JINGZHOU_FIGURES = [
  "受理诉求  32345",
  "当场答复  27188  84.06%",
  "转部门办理  5157",
  "已办结  4725  91.62%",
  "NO.1 疫情防控类  13143  40.63%",
  "NO.2 城市管理类  6041  18.68%",
  "NO.3 行政管理类  4646  14.36%",
  "NO.4 社会民生类  4306  13.31%",
];

describe("govrank tickets and report on a ticket log", () => {
  const log = join(dir, "荆州12345工单明细-2022年1月.xlsx");
  const report = join(dir, "jz-report.xlsx");
  const docx = join(dir, "jz-bulletin.docx");
  const table = join(dir, "jz-units.csv");

  beforeAll(async () => {
    await xlsx(jingzhou.rows, log);
  }, 60_000);

  it("counts an .xlsx export to the published figures and writes the units table", async () => {
    const c = capture();
    expect(await main(["tickets", log, "-o", table, ...PERIOD], c.io)).toBe(0);
    for (const line of JINGZHOU_FIGURES) expect(c.out()).toContain(line);
    expect(c.err()).toContain(
      "含个人信息的列未读取：来电人、联系电话、身份证号、诉求内容、事发地址",
    );
    const units = readFileSync(table, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(units[0]).toBe("单位名称,分组,任务总数,及时签收率,按时反馈率,满意率");
    expect(units.filter((l) => l !== "").length - 1).toBe(jingzhou.unitCounts.size);
    // The table she gets back ranks like any department table.
    const ranked = capture();
    expect(await main(["score", table], ranked.io)).toBe(0);
    expect(ranked.out()).toContain("12345热线月度办理情况");
  });

  it("writes the report with its figures, units table and the tickets behind, and a bulletin opening with them", async () => {
    const c = capture();
    expect(await main(["report", log, "-o", report, ...PERIOD], c.io)).toBe(0);
    expect(c.out()).toContain("工单概况、部门汇总、核对");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    const figures = workbook.getWorksheet("工单概况");
    const rows = (figures?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows).toEqual(expect.arrayContaining([expect.arrayContaining(["当场答复", 27188])]));
    const trace = workbook.getWorksheet("核对");
    const ids = (trace?.getColumn(3).values ?? []).filter(
      (v): v is string => typeof v === "string" && v.startsWith("JZ"),
    );
    expect(ids.length).toBeGreaterThan(0);
    const summary = await textsOf(report);
    expect(summary).toContain("受理市民有效诉求共32345件，其中当场答复27188件，当场答复率84.06%");
    const b = capture();
    expect(await main(["bulletin", log, "--docx", docx, ...PERIOD], b.io)).toBe(0);
    expect(b.out()).toContain("截至2月6日已办结4725件，办结率为91.62%");
  }, 120_000);

  it("says which flag is wrong and how to write it", async () => {
    const day = capture();
    expect(await main(["tickets", log, "--cutoff", "2022-02-30"], day.io)).toBe(2);
    expect(day.err()).toContain("--cutoff 需要日期，写成 2022-02-06");
    const rules = capture();
    expect(await main(["tickets", log, "--rules", "tickets-weekly"], rules.io)).toBe(2);
    expect(rules.err()).toContain("可用：tickets-composite, tickets-monthly, messages-petition");
    const table = capture();
    const notLog = join(dir, "units.csv");
    writeFileSync(
      notLog,
      "单位名称,应办理数,办理数,超期办理数,返工数,群众满意率\n市住建局,10,10,0,0,100%\n",
    );
    expect(await main(["tickets", notLog], table.io)).toBe(1);
    expect(table.err()).toContain("不像工单或留言明细");
  });

  it("lets no caller's name, phone, ID number, address or request text into any file", async () => {
    for (const file of [report, docx, table])
      expect(leaked(await textsOf(file), jingzhou.personal)).toEqual([]);
  });
});

describe("large and foreign files through DuckDB", () => {
  it("reads a GB18030 CSV of messages to the Hubei figures", async () => {
    const file = join(dir, "hubei.csv");
    writeFileSync(file, iconv.encode(csvText(hubei.rows), "gb18030"));
    const c = capture();
    const units = join(dir, "hubei-units.csv");
    expect(
      await main(["tickets", file, "--engine", "duckdb", "-o", units, "--format", "json"], c.io),
    ).toBe(0);
    const json = JSON.parse(c.out()) as {
      engine: string;
      headline: { all: { received: number; replied: { count: number } } };
    };
    expect(json.engine).toBe("duckdb");
    expect(json.headline.all.received).toBe(242);
    expect(json.headline.all.replied.count).toBe(175);
    expect(leaked(await textsOf(units), hubei.personal)).toEqual([]);
  }, 60_000);

  it("reads Parquet as a data platform writes it, times as TIMESTAMP columns", async () => {
    const source = join(dir, "jz.csv");
    writeFileSync(source, csvText(jingzhou.rows.slice(1)));
    const parquet = join(dir, "jz.parquet");
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    await connection.run(
      `COPY (SELECT * FROM read_csv('${source}', all_varchar = true, header = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    const header = jingzhou.rows[1] as string[];
    const times = header.filter((h) => /时间|时限/.test(h));
    expect(times.length).toBeGreaterThan(1);
    const typed = join(dir, "jz-typed.parquet");
    await connection.run(
      `COPY (SELECT * REPLACE (${times.map((h) => `CAST("${h}" AS TIMESTAMP) AS "${h}"`).join(", ")}) FROM '${parquet}') TO '${typed}' (FORMAT parquet)`,
    );
    connection.closeSync();
    db.closeSync();
    for (const file of [parquet, typed]) {
      const c = capture();
      expect(await main(["tickets", file, "-o", join(dir, "pq.csv"), ...PERIOD], c.io)).toBe(0);
      for (const line of JINGZHOU_FIGURES) expect(c.out()).toContain(line);
      expect(readFileSync(join(dir, "pq.csv"), "utf8")).toBe(
        readFileSync(join(dir, "jz-units.csv"), "utf8"),
      );
    }
  }, 60_000);
});

describe("counting in the warehouse", () => {
  let server: RunningPostgres;
  beforeAll(async () => {
    server = await startPostgres();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const header = jingzhou.rows[1] as string[];
    const isTime = (h: string) => /时间|时限/.test(h);
    await client.query(
      `CREATE TABLE hotline_tickets (${header.map((h) => `"${h}" ${isTime(h) ? "TIMESTAMP" : "TEXT"}`).join(", ")})`,
    );
    // COPY in one round trip: 33 000 rows.
    const values: string[] = [];
    const params: unknown[] = [];
    const batch = async () => {
      if (!values.length) return;
      await client.query(`INSERT INTO hotline_tickets VALUES ${values.join(", ")}`, params);
      values.length = 0;
      params.length = 0;
    };
    for (const row of jingzhou.rows.slice(2)) {
      const at = params.length;
      values.push(`(${header.map((_, i) => `$${at + i + 1}`).join(", ")})`);
      header.forEach((_, i) =>
        params.push(row[i] === null || row[i] === undefined ? null : String(row[i])),
      );
      if (params.length > 60000) await batch();
    }
    await batch();
    await client.end();
  }, 120_000);
  afterAll(() => server?.stop());

  it("counts a PostgreSQL table where it lives, to the same figures", async () => {
    const c = capture();
    const units = join(dir, "pg-units.csv");
    expect(
      await main(
        ["tickets", "--db", server.url, "--table", "hotline_tickets", "-o", units, ...PERIOD],
        c.io,
      ),
    ).toBe(0);
    for (const line of JINGZHOU_FIGURES) expect(c.out()).toContain(line);
    expect(readFileSync(units, "utf8")).toBe(readFileSync(join(dir, "jz-units.csv"), "utf8"));
    const r = capture();
    const report = join(dir, "pg-report.xlsx");
    expect(
      await main(
        ["report", "--db", server.url, "--table", "hotline_tickets", "-o", report, ...PERIOD],
        r.io,
      ),
    ).toBe(0);
    expect(leaked(await textsOf(report), jingzhou.personal)).toEqual([]);
  }, 120_000);

  it("says what is wrong with the address or the table", async () => {
    const c = capture();
    expect(await main(["tickets", "--db", server.url, "--table", "no_such_table"], c.io)).toBe(1);
    expect(c.err()).toContain("数据库中没有表 no_such_table");
    const d = capture();
    expect(await main(["tickets", "--db", "mysql://x", "--table", "t"], d.io)).toBe(2);
  });
});

describe("counting on a ClickHouse cluster", () => {
  let cluster: ClickHouseCluster;
  const saved = process.env.GOVRANK_DB_PASSWORD;
  beforeAll(async () => {
    cluster = await startClickHouseCluster();
    const header = jingzhou.rows[1] as string[];
    // As a warehouse types them: times as DateTime (an instant; the log's clock is China's).
    const isTime = (h: string) => /时间|时限/.test(h);
    const columns = header
      .map(
        (h) => `\`${h}\` ${isTime(h) ? "Nullable(DateTime('Asia/Shanghai'))" : "Nullable(String)"}`,
      )
      .join(", ");
    const rows = jingzhou.rows.slice(2);
    for (const shard of [0, 1] as const) {
      await cluster.query(
        shard,
        `CREATE TABLE hotline_local (${columns}) ENGINE = MergeTree ORDER BY tuple()`,
      );
      const mine = rows.filter((_, i) => i % 2 === shard);
      await cluster.query(
        shard,
        `INSERT INTO hotline_local FORMAT JSONEachRow\n${mine
          .map((r) =>
            JSON.stringify(
              Object.fromEntries(
                header.map((h, c) => [
                  h,
                  r[c] === null || r[c] === undefined ? null : String(r[c]),
                ]),
              ),
            ),
          )
          .join("\n")}`,
      );
    }
    await cluster.query(
      0,
      "CREATE TABLE hotline AS hotline_local ENGINE = Distributed(govrank, default, hotline_local)",
    );
  }, 120_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env.GOVRANK_DB_PASSWORD;
    else process.env.GOVRANK_DB_PASSWORD = saved;
    await cluster?.stop();
  });

  it("counts the Distributed table to the same figures, the password from the environment", async () => {
    process.env.GOVRANK_DB_PASSWORD = CLERK_PASSWORD;
    const c = capture();
    const units = join(dir, "ch-units.csv");
    expect(
      await main(
        ["tickets", "--db", cluster.url, "--table", "hotline", "-o", units, ...PERIOD],
        c.io,
      ),
    ).toBe(0);
    for (const line of JINGZHOU_FIGURES) expect(c.out()).toContain(line);
    expect(readFileSync(units, "utf8")).toBe(readFileSync(join(dir, "jz-units.csv"), "utf8"));
    const r = capture();
    const report = join(dir, "ch-report.xlsx");
    expect(
      await main(
        ["report", "--db", cluster.url, "--table", "hotline", "-o", report, ...PERIOD],
        r.io,
      ),
    ).toBe(0);
    const texts = await textsOf(report);
    expect(leaked(texts, jingzhou.personal)).toEqual([]);
    expect(texts).not.toContain(CLERK_PASSWORD);
    expect(texts).toContain("工单编号留在数据仓库中");
    expect(r.out() + r.err()).not.toContain(CLERK_PASSWORD);
  }, 120_000);

  it("refuses a password on the command line and says who was refused", async () => {
    const inUrl = capture();
    const withPassword = cluster.url.replace(
      "clerk@",
      `clerk:${encodeURIComponent(CLERK_PASSWORD)}@`,
    );
    expect(await main(["tickets", "--db", withPassword, "--table", "hotline"], inUrl.io)).toBe(2);
    expect(inUrl.err()).toContain("GOVRANK_DB_PASSWORD");
    expect(inUrl.err()).not.toContain(encodeURIComponent(CLERK_PASSWORD));
    process.env.GOVRANK_DB_PASSWORD = "wrong";
    const refused = capture();
    expect(await main(["tickets", "--db", cluster.url, "--table", "hotline"], refused.io)).toBe(1);
    expect(refused.err()).toContain("拒绝了用户 clerk");
    process.env.GOVRANK_DB_PASSWORD = CLERK_PASSWORD;
    const missing = capture();
    expect(await main(["tickets", "--db", cluster.url, "--table", "no_such"], missing.io)).toBe(1);
    expect(missing.err()).toContain("没有表 no_such");
  }, 60_000);
});

describe("checking a bulletin's printed figures", () => {
  it("says which agree and which fit no total of the log", async () => {
    const { yueyang2017Q2 } = await import("../helpers/ticket-logs");
    const file = join(dir, "yueyang.csv");
    writeFileSync(file, csvText(yueyang2017Q2().rows));
    const printed = join(dir, "printed.json");
    writeFileSync(
      printed,
      JSON.stringify([
        { figure: "received", count: 71266 },
        { figure: "category", name: "城市管理类", count: 5341, rate: "13.45%" },
      ]),
    );
    const c = capture();
    expect(
      await main(["tickets", file, "-o", join(dir, "yy.csv"), "--printed", printed], c.io),
    ).toBe(0);
    expect(c.out()).toContain("✓ “received”与明细一致");
    expect(c.out()).toContain("✗ “城市管理类”与明细不一致");
    expect(c.out()).toContain("13.45%对应的总数约为39696—39724件");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ figure: "受理", count: 1 }]));
    const d = capture();
    expect(await main(["tickets", file, "-o", join(dir, "yy2.csv"), "--printed", bad], d.io)).toBe(
      1,
    );
    expect(d.err()).toContain("每项写成");
  }, 60_000);
});
