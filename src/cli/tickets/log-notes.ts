/**
 * What the command line says about a counted log before its results: which rules, how many
 * tickets were counted, which columns hold personal data and were not read (their headers only),
 * and what could not be counted. On stderr, like the reading notes of a table.
 */
import type { TicketRun } from "../../core/tickets/ticket-run";

export function logNotes(run: TicketRun, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  const rules = run.resolved.rules;
  const kind =
    rules.kind === "tickets"
      ? zh
        ? "工单明细"
        : "a ticket log"
      : zh
        ? "留言明细"
        : "a message log";
  const lines = [
    zh
      ? `已识别为${kind}，按“${rules.name.zh}”统计：计入 ${run.tally.rows} 件，${run.table.rows.length} 个单位。`
      : `Read as ${kind}, counted by "${rules.name.en}": ${run.tally.rows} counted, ${run.table.rows.length} units.`,
  ];
  if (run.layout.personal.length)
    lines.push(
      zh
        ? `含个人信息的列未读取：${run.layout.personal.map((p) => p.header).join("、")}。`
        : `Columns with personal data, not read: ${run.layout.personal.map((p) => p.header).join(", ")}.`,
    );
  for (const w of run.warnings) lines.push(`${w[lang]}${zh ? "。" : "."}`);
  for (const n of run.headline.notes) lines.push(`${n[lang]}${zh ? "。" : "."}`);
  return `${lines.join("\n")}\n`;
}
