/** Online petition completion (网上问政 办结率), schemes.md §4. */
import type { SchemeInput } from "../scheme";
import { count, GROUP_FIELD, printed, SEQUENCE_FIELD, UNIT_FIELD } from "./common-fields";

export const petitionCompletion: SchemeInput = {
  id: "petition-completion",
  version: "1.0.0",
  name: { zh: "网上问政办结率", en: "Online petition completion" },
  source: {
    zh: "郧西县“网上问政”平台2020年第一季度办理情况统计表",
    en: "Yunxi county online-petition report, 2020 Q1",
  },
  recognise: { words: ["网上问政", "问政", "网络问政", "留言", "信件"] },
  fields: [
    UNIT_FIELD,
    GROUP_FIELD,
    SEQUENCE_FIELD,
    count("letters", "信件总数", "Letters", [
      "来信总数",
      "投诉件数",
      "投诉总数",
      "信件数",
      "letters",
    ]),
    count("closed", "终审总数", "Closed", ["终审数", "办结数", "已办结数", "办结总数", "closed"]),
    printed("printedCompletionRate", "completionRate", "办结率", "Completion rate (printed)", [
      "completion rate",
    ]),
  ],
  measures: [
    {
      kind: "input",
      id: "letters",
      label: { zh: "信件总数", en: "Letters" },
      input: "letters",
      format: "number",
      precision: 0,
    },
    {
      kind: "input",
      id: "closed",
      label: { zh: "终审总数", en: "Closed" },
      input: "closed",
      format: "number",
      precision: 0,
    },
    {
      kind: "ratio",
      id: "completionRate",
      label: { zh: "办结率", en: "Completion rate" },
      symbol: "终审总数 ÷ 信件总数",
      numerator: [{ input: "closed", sign: 1 }],
      denominator: "letters",
      zeroPolicy: "error",
      format: "percent",
      precision: 2,
    },
  ],
  index: {
    label: { zh: "办结率（%）", en: "Completion rate (%)" },
    nodes: [{ weight: 100, leaf: { value: "completionRate", transform: "identity" } }],
    precision: 2,
  },
  bulletin: {
    volume: "letters",
    topic: { zh: "办理", en: "handling" },
    unitWord: { zh: "单位", en: "units" },
    totals: [
      { field: "letters", words: { zh: "受理群众来信", en: "letters" }, counter: "件" },
      { field: "closed", words: { zh: "终审办结", en: "closed" }, counter: "件" },
    ],
  },
  ranking: {
    order: [
      { key: "score", direction: "desc" },
      { key: "letters", direction: "desc" },
    ],
    method: "competition",
  },
  excludeWhenZero: "letters",
  relations: [{ lesser: "closed", greater: "letters", code: "closed-exceeds-letters" }],
  flagZero: ["completionRate"],
};
