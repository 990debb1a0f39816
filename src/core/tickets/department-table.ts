/**
 * The department table a tally makes, as a grid the target scheme reads like any clerk's table:
 * a title naming the period, the scheme's own column labels, one row per unit with tickets.
 * Counts are whole numbers; rates are fractions shown as percent, blank where there was nothing
 * to divide (the scheme's blank rule then applies) or the rules' `none` value.
 */
import type { Language } from "../i18n";
import type { Scheme } from "../schemes/scheme";
import type { CellGrid } from "../table/cell-grid";
import { periodLabel, type Period } from "../table/period";
import type { CellValue } from "../values/parse-cell";
import type { ResolvedRules } from "./resolve-rules";
import type { TicketTally, UnitCounts } from "./tally";

export interface DepartmentRow {
  unit: string;
  group: string;
  /** Per output, in the rules' order: the value, or null (blank). */
  values: (number | null)[];
}

export interface DepartmentTable {
  title: string;
  grouped: boolean;
  /** Output field ids the table has (those whose counters the log can answer). */
  fields: string[];
  rows: DepartmentRow[];
  grid: CellGrid;
}

const TABLE_SHEET = { zh: "部门汇总", en: "Units table" } as const;

/**
 * The table's title from the log's: "荆州市12345政务服务便民热线工单明细（2022年1月）" →
 * "荆州市12345政务服务便民热线2022年1月各单位办理情况统计表"; without one, the period and the
 * scheme's name. The period in it is what the bulletin and the comparison read.
 */
export function tableTitle(
  logTitle: string | undefined,
  period: Period | undefined,
  scheme: Scheme,
  lang: Language,
): string {
  const periodText = period ? periodLabel(period, lang) : "";
  if (lang === "en") return `${scheme.name.en}${periodText ? `, ${periodText}` : ""}`;
  const base = (logTitle ?? "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/(工单|留言|信件|来电|诉求)?(明细|清单|列表)(表)?$/u, "")
    .trim();
  if (!base) return `${periodText}${scheme.name.zh}统计表`;
  const dated = periodText !== "" && !base.includes(periodText) ? `${base}${periodText}` : base;
  return `${dated}各单位办理情况统计表`;
}

function groupOf(rules: ResolvedRules["rules"], unit: UnitCounts): string {
  if (rules.groups) {
    for (const [group, units] of Object.entries(rules.groups))
      if (units.includes(unit.key)) return group;
    return "";
  }
  return unit.group;
}

export function departmentTable(
  tally: TicketTally,
  resolved: ResolvedRules,
  scheme: Scheme,
  period: Period | undefined,
  lang: Language = "zh",
  logTitle?: string,
): DepartmentTable {
  const { rules } = resolved;
  const index = (id: string) => tally.counters.indexOf(id);
  const volume = index(rules.unitCounter);
  const outputs = rules.outputs.filter((o) =>
    "count" in o ? index(o.count) >= 0 : index(o.rate[0]) >= 0 && index(o.rate[1]) >= 0,
  );
  const groupOrder = rules.groups ? Object.keys(rules.groups) : [];
  const units = tally.units
    .filter((u) => u.key !== "" && volume >= 0 && (u.counts[volume] ?? 0) > 0)
    .map((u) => ({ u, group: groupOf(rules, u) }));
  const grouped = units.some((x) => x.group !== "");
  const rank = (g: string) => {
    const at = groupOrder.indexOf(g);
    return at < 0 ? groupOrder.length : at;
  };
  units.sort(
    (a, b) =>
      rank(a.group) - rank(b.group) ||
      (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
      (b.u.counts[volume] ?? 0) - (a.u.counts[volume] ?? 0) ||
      (a.u.key < b.u.key ? -1 : a.u.key > b.u.key ? 1 : 0),
  );
  const rows: DepartmentRow[] = units.map(({ u, group }) => ({
    unit: u.key,
    group,
    values: outputs.map((o) => {
      if ("count" in o) return u.counts[index(o.count)] ?? 0;
      const num = u.counts[index(o.rate[0])] ?? 0;
      const den = u.counts[index(o.rate[1])] ?? 0;
      return den > 0 ? num / den : (o.none ?? null);
    }),
  }));
  const label = (id: string) => scheme.fields.find((f) => f.id === id)?.label[lang] ?? id;
  const kindOf = (id: string) => scheme.fields.find((f) => f.id === id)?.kind;
  const title = tableTitle(logTitle, period, scheme, lang);
  const header = [
    label("unit"),
    ...(grouped ? [label("group")] : []),
    ...outputs.map((o) => label(o.field)),
  ];
  const formats = (row: number): (string | null)[] => [
    null,
    ...(grouped ? [null] : []),
    ...outputs.map((o) => (row > 1 && kindOf(o.field) === "rate" ? "0.00%" : null)),
  ];
  const values: CellValue[][] = [
    [title],
    header,
    ...rows.map((r) => [r.unit, ...(grouped ? [r.group] : []), ...r.values]),
  ];
  return {
    title,
    grouped,
    fields: outputs.map((o) => o.field),
    rows,
    grid: {
      sheet: TABLE_SHEET[lang],
      top: 0,
      left: 0,
      values,
      numberFormats: values.map((_, r) => formats(r)),
    },
  };
}
