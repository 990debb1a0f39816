/**
 * Sends operations in as few syncs as their size allows: each request is filled up to the budget
 * (under Office's 5 MB), calculation is held while writing, and a request Office still refuses as
 * too large is sent again in halves.
 */
import { isPayloadTooLarge } from "./excel-api";
import type { WriteOp } from "./write-operations";

const SMALLEST_BUDGET = 64 * 1024;

export async function sendOperations(
  context: Excel.RequestContext,
  operations: readonly WriteOp[],
  budget: number,
  onSync?: (done: number, total: number) => void,
): Promise<number> {
  const queue = [...operations];
  let syncs = 0;
  let limit = budget;
  let done = 0;
  const total = queue.length;
  while (queue.length > 0) {
    let bytes = 0;
    let count = 0;
    while (count < queue.length) {
      const op = queue[count] as WriteOp;
      if (count > 0 && bytes + op.bytes > limit) break;
      bytes += op.bytes;
      count++;
    }
    const batch = queue.slice(0, count);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const op of batch) op.queue(context);
    try {
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      if (!isPayloadTooLarge(error)) throw error;
      // Refused whole: nothing of it was applied. Send it again in smaller pieces.
      const only = batch[0];
      if (batch.length === 1 && only?.split) {
        queue.splice(0, 1, ...only.split());
        continue;
      }
      if (batch.length === 1 || limit <= SMALLEST_BUDGET) throw error;
      limit = Math.max(SMALLEST_BUDGET, Math.floor(Math.min(limit, bytes) / 2));
      continue;
    }
    queue.splice(0, count);
    done += count;
    onSync?.(done, total);
  }
  return syncs;
}
