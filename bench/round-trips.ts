/**
 * Excel round trips, from the strict fake's request log: how many syncs reading a table and
 * writing its report take, and the largest request, for tables of several sizes.
 */
import { buildReport } from "../src/core/report/build-report";
import { scoreGrid } from "../src/core/score/score-grid";
import { createOfficeWorkbook } from "../src/excel/office-workbook";
import { createFakeExcel } from "../test/fakes/excel/fake-excel";
import { runOf } from "../test/helpers/fake-workbook";
import { syntheticRows, syntheticUnits } from "./synthetic";

export interface RoundTrips {
  units: number;
  readSyncs: number;
  writeSyncs: number;
  bytesWritten: number;
  largestRequest: number;
  largestResponse: number;
  ms: number;
}

export async function roundTrips(units: number): Promise<RoundTrips> {
  const fake = createFakeExcel();
  const sheet = fake.state.addSheet("热线");
  const rows = syntheticRows(syntheticUnits(units), false).map((r) =>
    r.map((v) => (v === null || v === undefined ? "" : v)),
  );
  fake.state.fill(sheet, rows as (string | number)[][]);
  fake.state.selection = { sheetId: sheet.id, box: { top: 0, left: 0, bottom: 0, right: 0 } };
  const start = performance.now();
  const workbook = createOfficeWorkbook(runOf(fake));
  const source = await workbook.readSource();
  const readSyncs = fake.control.syncCount;
  await workbook.writeReport(source, ({ reservedSheetNames, tablePrefix }) => {
    const { reading, evaluation } = scoreGrid(source.grid);
    if (!evaluation) throw new Error("not scored");
    return buildReport(
      { grid: source.grid, reading, evaluation },
      { reservedSheetNames, tablePrefix, generatedAt: "2026-01-01T00:00:00Z", generator: "bench" },
    );
  });
  const ms = performance.now() - start;
  const writes = fake.log.slice(readSyncs);
  return {
    units,
    readSyncs,
    writeSyncs: fake.control.syncCount - readSyncs,
    bytesWritten: writes.reduce((s, e) => s + e.requestBytes, 0),
    largestRequest: Math.max(...fake.log.map((e) => e.requestBytes)),
    largestResponse: Math.max(...fake.log.map((e) => e.responseBytes)),
    ms,
  };
}
