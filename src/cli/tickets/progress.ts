/**
 * A progress line for long reads: rows read and rows a second, rewritten in place (carriage
 * return) on the terminal and cleared when done. Shown only where the shell gave a progress
 * channel (stderr is a terminal): never in a pipe, a log file or CI.
 */
import type { Output } from "../streams";

export interface Progress {
  update(rows: number, total?: number): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { update: () => undefined, done: () => undefined };

export function progressLine(
  out: Output | undefined,
  what: { zh: string; en: string },
  lang: "zh" | "en",
  now: () => number = Date.now,
): Progress {
  if (!out) return NO_PROGRESS;
  const started = now();
  let shown = false;
  const format = (n: number) => Math.round(n).toLocaleString("en-US");
  return {
    update(rows, total) {
      const seconds = Math.max((now() - started) / 1000, 0.001);
      const of = total && total > 0 ? ` / ${format(total)}` : "";
      const text =
        lang === "zh"
          ? `${what.zh} ${format(rows)}${of} 行（${format(rows / seconds)} 行/秒）`
          : `${what.en} ${format(rows)}${of} rows (${format(rows / seconds)} rows/s)`;
      out.write(`\r${text}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) out.write("\r\u001b[K");
    },
  };
}
