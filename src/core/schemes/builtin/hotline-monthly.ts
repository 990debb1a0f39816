/**
 * 12345 monthly department table (各单位办理情况), schemes.md §5. The rates are inputs: their hidden
 * denominators exceed 任务总数, so they cannot be derived. Ordered by group, then 任务总数.
 */
import type { SchemeInput } from "../scheme";
import { count, GROUP_FIELD, SEQUENCE_FIELD, UNIT_FIELD } from "./common-fields";

const rate = (
  id: string,
  zh: string,
  en: string,
  synonyms: string[],
): SchemeInput["fields"][number] => ({
  id,
  label: { zh, en },
  kind: "rate",
  required: true,
  synonyms: [zh, ...synonyms],
});

export const hotlineMonthly: SchemeInput = {
  id: "hotline-monthly",
  version: "1.0.0",
  name: { zh: "12345热线月度办理情况", en: "12345 hotline monthly table" },
  source: {
    zh: "荆州市12345热线2021年2月各单位办理情况",
    en: "Jingzhou 12345 hotline, units' monthly table, Feb 2021",
  },
  recognise: { words: ["签收", "反馈率", "月度办理"] },
  fields: [
    UNIT_FIELD,
    GROUP_FIELD,
    SEQUENCE_FIELD,
    count("tasks", "任务总数", "Tasks", ["工单总数", "交办总数", "任务数", "tasks"]),
    rate("timelyAcceptanceRate", "及时签收率", "Timely acceptance rate", ["签收率", "按时签收率"]),
    rate("onTimeFeedbackRate", "按时反馈率", "On-time feedback rate", ["反馈率", "及时反馈率"]),
    rate("satisfactionRate", "满意率", "Satisfaction rate", ["群众满意率", "回访满意率"]),
  ],
  measures: [
    {
      kind: "input",
      id: "tasks",
      label: { zh: "任务总数", en: "Tasks" },
      input: "tasks",
      format: "number",
      precision: 0,
    },
    {
      kind: "input",
      id: "timelyAcceptanceRate",
      label: { zh: "及时签收率", en: "Timely acceptance" },
      input: "timelyAcceptanceRate",
      format: "percent",
      precision: 2,
    },
    {
      kind: "input",
      id: "onTimeFeedbackRate",
      label: { zh: "按时反馈率", en: "On-time feedback" },
      input: "onTimeFeedbackRate",
      format: "percent",
      precision: 2,
    },
    {
      kind: "input",
      id: "satisfactionRate",
      label: { zh: "满意率", en: "Satisfaction" },
      input: "satisfactionRate",
      format: "percent",
      precision: 2,
    },
  ],
  bulletin: {
    volume: "tasks",
    satisfaction: "satisfactionRate",
    topic: { zh: "办理", en: "ticket handling" },
    unitWord: { zh: "单位", en: "units" },
    totals: [{ field: "tasks", words: { zh: "承办工单", en: "tasks" }, counter: "件" }],
  },
  ranking: { order: [{ key: "tasks", direction: "desc" }], method: "competition" },
  flagZero: ["timelyAcceptanceRate", "onTimeFeedbackRate", "satisfactionRate"],
};
