/**
 * The sample table the pane offers on its first screen: eight units of the published Yueyang
 * 2017 Q2 comprehensive evaluation (schemes.md §1), as a clerk would lay them out — a title row,
 * the header, the counts and the satisfaction rate. Scoring it gives the bulletin's printed
 * 综合指标值 (a test holds this), so a clerk can see what govrank does before trusting it.
 */
import type { Language } from "../i18n";

export interface SampleTable {
  sheet: string;
  /** Rows from A1: the title, the header, the units. */
  rows: (string | number)[][];
  /** Excel number format per column ("0.00%" for the rate), "General" elsewhere. */
  formats: string[];
}

const UNITS: [string, number, number, number, number, number, number][] = [
  ["岳阳县政府", 4195, 4194, 4, 4, 8, 0.9654],
  ["岳阳楼区政府", 3605, 3592, 4, 11, 8, 0.9628],
  ["湘阴县政府", 3438, 3438, 0, 0, 10, 0.9465],
  ["汨罗市政府", 2430, 2430, 0, 0, 3, 0.9776],
  ["临湘市政府", 3068, 3057, 66, 15, 11, 0.9321],
  ["市交警支队", 1796, 1796, 0, 1, 2, 0.9874],
  ["君山区政府", 1629, 1629, 1, 1, 1, 0.988],
  ["平江县政府", 1498, 1491, 49, 2, 5, 0.9451],
];

/** The published table's own headers (in Chinese in either language, as the table is). */
const HEADER = [
  "部门名称",
  "应办理数",
  "办理数",
  "超期办理数",
  "返工数",
  "抽查不满意数",
  "群众满意率",
];

const WORDS = {
  zh: { sheet: "示例", title: "示例：岳阳市12345热线2017年二季度综合评价（摘录8个单位）" },
  en: {
    sheet: "Sample",
    title: "Sample: Yueyang 12345 hotline, 2017 Q2 comprehensive evaluation (8 units)",
  },
};

export function sampleTable(lang: Language): SampleTable {
  const w = WORDS[lang];
  return {
    sheet: w.sheet,
    rows: [[w.title], HEADER, ...UNITS.map((u) => [...u])],
    formats: ["General", "0", "0", "0", "0", "0", "0.00%"],
  };
}
