/**
 * The method sheet's part for a counted log: the counting rules in words (each counter, and which
 * of its alternatives the log's columns allowed), the period and cut-off, the engine, the columns
 * read, the columns left unread because they hold personal data (their headers only), and what
 * could not be counted.
 */
import type { TicketRun } from "../tickets/ticket-run";
import { ruleLines } from "../tickets/rule-words";
import { text } from "./cells";
import type { Language } from "../i18n";
import { word } from "./report-text";
import type { SheetDraft } from "./sheet-draft";

const ENGINE = {
  core: { zh: "govrank 内置（逐列统计）", en: "govrank's own (column by column)" },
  duckdb: { zh: "DuckDB（SQL，本机）", en: "DuckDB (SQL, on this computer)" },
  postgres: {
    zh: "PostgreSQL（SQL，在数据库中统计）",
    en: "PostgreSQL (SQL, counted in the database)",
  },
  clickhouse: {
    zh: "ClickHouse（SQL，在集群中统计）",
    en: "ClickHouse (SQL, counted in the cluster)",
  },
} as const;

export function addTicketMethodRows(draft: SheetDraft, lang: Language, tickets: TicketRun): void {
  const zh = lang === "zh";
  const { rules } = tickets.resolved;
  const label = (s: string) => text(s, "label");
  draft.blankRow();
  draft.addRow([text(word(lang, "countingRules"), "section")]);
  draft.addRow([
    label(word(lang, "rulesUsed")),
    text(`${rules.name[lang]}（${rules.id} ${rules.version}）`),
  ]);
  draft.addRow([label(word(lang, "engine")), text(ENGINE[tickets.engine][lang])]);
  const period =
    rules.from || rules.to
      ? `${rules.from ?? "…"} — ${rules.to ?? "…"}`
      : zh
        ? "明细中的全部工单"
        : "every ticket in the log";
  draft.addRow([label(zh ? "统计期" : "Period"), text(period)]);
  if (rules.cutoff) draft.addRow([label(zh ? "办结截止日" : "Cut-off"), text(rules.cutoff)]);
  for (const line of ruleLines(tickets.resolved, lang))
    draft.addRow([
      label(line.label),
      text(line.words, undefined, true),
      line.alternative ? text(line.alternative, "note") : null,
    ]);
  draft.addRow([
    label(word(lang, "columnsRead")),
    text(tickets.layout.roles.map((r) => r.header).join(zh ? "、" : ", "), undefined, true),
  ]);
  if (tickets.layout.personal.length)
    draft.addRow([
      label(word(lang, "personalColumns")),
      text(
        tickets.layout.personal
          .map((p) => p.header || (zh ? "（无表头）" : "(no header)"))
          .join(zh ? "、" : ", "),
        undefined,
        true,
      ),
    ]);
  if (tickets.layout.unread.length)
    draft.addRow([
      label(word(lang, "unreadColumns")),
      text(tickets.layout.unread.map((p) => p.header).join(zh ? "、" : ", "), undefined, true),
    ]);
  for (const w of tickets.warnings)
    draft.addRow([label(word(lang, "notCounted")), text(w[lang], undefined, true)]);
  draft.addRow([
    text(
      zh
        ? "个人信息：来电人姓名、电话、身份证号、地址和诉求内容等列不读取；写出的单位、分类和工单编号中的手机号、身份证号一律打码。"
        : "Personal data: callers' names, phones, ID numbers, addresses and request texts are not read; phone and ID numbers in any unit, category or ticket number written are masked.",
      "note",
      true,
    ),
  ]);
}
