/**
 * Writes a ReportPlan into the open workbook, all or nothing:
 *
 * 1. one sync learns the sheets, the tables and which sheets this source's last run wrote;
 * 2. the previous output is parked under temporary names (so the new sheets can take the names),
 *    the new sheets are written in as few syncs as their size allows;
 * 3. one sync records the new output and deletes the parked sheets.
 *
 * If step 2 fails, the sheets this run created are deleted and the parked ones get their names
 * back: the workbook is as it was. If step 3 fails, the new report is already whole, so the run
 * is finished instead (the parked sheets deleted, the record saved).
 */
import type { LocalText } from "../core/schemes/scheme";
import { DEFAULT_BUDGET } from "./excel-api";
import {
  parseRegistry,
  previousOutput,
  REGISTRY_KEY,
  withOutput,
  type OutputRegistry,
} from "./output-registry";
import { sendOperations } from "./send-operations";
import {
  WorkbookError,
  type PlanBuilder,
  type SourceTable,
  type WriteOutcome,
  type WriteProgress,
} from "./workbook";
import { chartOperations, sheetOperations, type WriteOp } from "./write-operations";

export interface WriteOptions {
  budget?: number | undefined;
  onProgress?: WriteProgress | undefined;
}

interface SheetInfo {
  id: string;
  name: string;
}

function parkedName(run: number, index: number): string {
  return `~govrank-${run}-${index + 1}`;
}

async function sheetList(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  await context.sync();
  return sheets.items.map((s) => ({ id: s.id, name: s.name }));
}

function failure(error: unknown, rolledBack: boolean): WorkbookError {
  const detail = error instanceof Error ? error.message : String(error);
  const text: LocalText = rolledBack
    ? {
        zh: `写入报告时 Excel 出错，本次生成的工作表已删除，原有结果保持不变。请稍后重试；若反复出现，请把工作簿另存一份再试。（Excel：${detail}）`,
        en: `Excel failed while writing the report. The sheets of this run were removed and the earlier output is unchanged. Try again; if it keeps failing, save a copy of the workbook and retry. (Excel: ${detail})`,
      }
    : {
        zh: `写入报告时 Excel 出错，且未能完全撤销：请检查名称以“~govrank-”开头的工作表，确认后可删除。（Excel：${detail}）`,
        en: `Excel failed while writing the report and the clean-up did not finish: check the sheets whose names start with “~govrank-” and delete them if not needed. (Excel: ${detail})`,
      };
  return new WorkbookError(text, error);
}

export async function writeReportInto(
  context: Excel.RequestContext,
  source: SourceTable,
  build: PlanBuilder,
  options: WriteOptions = {},
): Promise<Omit<WriteOutcome, "undoable">> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const setting = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
  setting.load("value");
  try {
    await context.sync();
  } catch (error) {
    throw failure(error, true);
  }

  const before: SheetInfo[] = sheets.items.map((s) => ({ id: s.id, name: s.name }));
  const { registry, warnings } = parseRegistry(setting.isNullObject ? undefined : setting.value);
  const previousIds = new Set(previousOutput(registry, source.sheetId));
  const previous = before.filter((s) => previousIds.has(s.id) && s.id !== source.sheetId);
  const reserved = before.filter((s) => !previous.includes(s)).map((s) => s.name);
  const tableNames = tables.items.map((t) => t.name.toLowerCase());
  let run = registry.runs + 1;
  while (tableNames.some((t) => t.startsWith(`govrank${run}_`))) run++;
  const plan = build({ reservedSheetNames: reserved, tablePrefix: `GovRank${run}` });

  const taken = new Set(
    [...before.map((s) => s.name), ...plan.sheets.map((s) => s.name)].map((n) => n.toLowerCase()),
  );
  const parked = previous.map((s, i) => {
    let temp = parkedName(run, i);
    for (let k = 2; taken.has(temp.toLowerCase()); k++) temp = `${parkedName(run, i)}-${k}`;
    taken.add(temp.toLowerCase());
    return { ...s, temp };
  });

  const blockBytes = Math.max(16 * 1024, Math.floor(budget / 4));
  const operations: WriteOp[] = [];
  if (parked.length > 0)
    operations.push({
      bytes: 200 + parked.length * 120,
      queue(ctx) {
        for (const p of parked) ctx.workbook.worksheets.getItem(p.id).name = p.temp;
      },
    });
  const created = new Map<string, Excel.Worksheet>();
  for (const sheet of plan.sheets)
    operations.push(
      ...sheetOperations(sheet, blockBytes, (name, worksheet) => created.set(name, worksheet)),
    );
  const chartsFrom = operations.length;
  for (const sheet of plan.sheets) operations.push(...chartOperations(sheet));
  const progress = (done: number, total: number) =>
    options.onProgress?.(done > chartsFrom ? "charts" : "sheets", total === 0 ? 1 : done / total);

  const beforeIds = new Set(before.map((s) => s.id));
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  let ids: string[];
  try {
    await sendOperations(context, operations, budget, progress);
    ids = plan.sheets.map((s) => created.get(s.name)?.id ?? "");
  } catch (error) {
    try {
      await rollBack(context, beforeIds, planNames, parked);
    } catch {
      throw failure(error, false);
    }
    throw failure(error, true);
  }

  const finished = withOutput(registry, source.sheetId, ids, source.address);
  try {
    await finish(context, finished, parked, plan.sheets[0]?.name);
  } catch {
    // The report is whole; complete the run rather than undo it.
    try {
      const present = new Set((await sheetList(context)).map((s) => s.id));
      await finish(
        context,
        finished,
        parked.filter((p) => present.has(p.id)),
        plan.sheets[0]?.name,
      );
    } catch (error) {
      throw failure(error, false);
    }
  }
  return { sheets: plan.sheets.map((s) => s.name), replaced: previous.length, warnings };
}

async function finish(
  context: Excel.RequestContext,
  registry: OutputRegistry,
  parked: readonly SheetInfo[],
  first: string | undefined,
): Promise<void> {
  context.workbook.settings.add(REGISTRY_KEY, registry);
  if (first !== undefined) context.workbook.worksheets.getItem(first).activate();
  for (const p of parked) context.workbook.worksheets.getItem(p.id).delete();
  await context.sync();
}

async function rollBack(
  context: Excel.RequestContext,
  beforeIds: ReadonlySet<string>,
  planNames: ReadonlySet<string>,
  parked: readonly (SheetInfo & { temp: string })[],
): Promise<void> {
  const now = await sheetList(context);
  for (const sheet of now)
    if (!beforeIds.has(sheet.id) && planNames.has(sheet.name.toLowerCase()))
      context.workbook.worksheets.getItem(sheet.id).delete();
  await context.sync();
  const renamed = parked.filter((p) => now.some((s) => s.id === p.id && s.name !== p.name));
  for (const p of renamed) context.workbook.worksheets.getItem(p.id).name = p.name;
  if (renamed.length > 0) await context.sync();
}
