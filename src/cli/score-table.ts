/** The `govrank score` terminal table: what a clerk reads to check the ranking at a glance. */
import { withoutOwnCell } from "../core/problem-groups";
import type { Language } from "../core/i18n";
import { formatFixed, formatPercent } from "../core/score/format";
import type { Evaluation } from "../core/score/evaluate";
import type { TableReading } from "../core/table/read-table";
import { unitCountsText } from "../core/score/overall-words";
import { alignColumns } from "./text-width";

const SEVERITY: Record<string, Record<Language, string>> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "note" },
};

const REASON: Record<string, Record<Language, string>> = {
  "no-tickets": { zh: "无工单，不参与评分", en: "no tickets: not scored" },
  "invalid-input": { zh: "数据有误，无法计算", en: "invalid data: cannot be scored" },
};

export function scoreTable(
  reading: TableReading,
  evaluation: Evaluation | undefined,
  lang: Language,
): string {
  const zh = lang === "zh";
  const lines: string[] = [];
  const scheme = reading.scheme;
  if (scheme) {
    const how = reading.detected ? (zh ? "（自动识别）" : " (detected)") : "";
    lines.push(`${zh ? "方案" : "Scheme"}: ${scheme.name[lang]} [${scheme.id}]${how}`);
  }
  if (reading.title) lines.push(`${zh ? "标题" : "Title"}: ${reading.title}`);
  if (evaluation?.days !== null && evaluation?.days !== undefined) {
    lines.push(`${zh ? "天数" : "Days"}: ${evaluation.days}`);
  }
  if (evaluation && scheme) {
    const grouped = evaluation.units.some((u) => u.group !== null);
    const shown = scheme.measures.filter(
      (m) => m.kind === "ratio" || m.format === "percent" || m.id === evaluation.order[0]?.key,
    );
    const header = [
      zh ? "排名" : "Rank",
      ...(grouped ? [zh ? "组内" : "In group", zh ? "分组" : "Group"] : []),
      zh ? "单位" : "Unit",
      ...shown.map((m) => m.label[lang]),
    ];
    if (scheme.index) header.push(scheme.index.label[lang]);
    if (scheme.grades) header.push(zh ? "等级" : "Grade");
    header.push(zh ? "备注" : "Notes");
    const rows = evaluation.units.map((u) => {
      const cells = [
        String(u.rank ?? ""),
        ...(grouped ? [String(u.groupRank ?? ""), u.group ?? ""] : []),
        u.unit,
      ];
      for (const m of shown) {
        const v = u.measures[m.id];
        cells.push(
          v === null || v === undefined
            ? "—"
            : m.format === "percent"
              ? formatPercent(v, m.precision)
              : formatFixed(v, m.precision),
        );
      }
      if (scheme.index)
        cells.push(u.score === null ? "—" : formatFixed(u.score, scheme.index.precision));
      if (scheme.grades) cells.push(u.grade ?? "");
      const notes: string[] = [];
      if (u.approximate) notes.push(zh ? "≈近似值" : "≈ approximate");
      if (u.inconsistent) notes.push(zh ? "!与表中数据不符" : "! disagrees with the table");
      if (u.zeroDenominator.length) notes.push(zh ? "分母为0" : "zero denominator");
      cells.push(notes.join(" "));
      return cells;
    });
    lines.push("", alignColumns([header, ...rows]));
    const o = evaluation.overall;
    lines.push("", `${unitCountsText(o, lang, true)}${zh ? "。" : "."}`);
    for (const m of scheme.measures) {
      const r = o.rates[m.id];
      if (m.kind !== "ratio" || !r || r.value === null) continue;
      lines.push(
        `${zh ? "总" : "Overall "}${m.label[lang]}: ${formatPercent(r.value, m.precision)} (${r.numerator} / ${r.denominator})`,
      );
    }
    if (o.grades.length) {
      lines.push(
        `${zh ? "等级分布" : "Grades"}: ${o.grades.map((g) => `${g.label} ${g.count} (${formatPercent(g.share, 1)})`).join(", ")}${zh ? `（占比以 ${o.population} 个单位计）` : ` (shares of ${o.population} units)`}`,
      );
    }
    if (evaluation.excluded.length) {
      lines.push("", zh ? "未参与排名：" : "Not ranked:");
      for (const e of evaluation.excluded)
        lines.push(`  ${e.cell}  ${e.unit || "—"}  ${REASON[e.reason]?.[lang] ?? e.reason}`);
    }
  }
  const problems = evaluation?.problems ?? reading.problems;
  if (problems.length) {
    lines.push("", zh ? `需要注意（${problems.length}）：` : `To check (${problems.length}):`);
    for (const p of problems)
      lines.push(
        `  [${SEVERITY[p.severity]?.[lang] ?? p.severity}] ${p.cell ?? ""} ${withoutOwnCell(p.message, p.cell)[lang]}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
