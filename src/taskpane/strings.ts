import type { Language } from "./locale";

/** Every text the pane shows, in Chinese (default) and English. */
const zh = {
  title: "部门排名",
  subtitle: "按公开通报的方法计算综合指标、等级和排名",
  stepsHeading: "使用步骤",
  step1: "在工作表中选中部门表格（含表头）。",
  step2: "核对识别出的方案和各列。",
  step3: "点击“生成报告”，结果表、图表和通报草稿写入本工作簿。",
  privacy: "数据只在本工作簿内计算，不会发送到任何服务器。",
};

export type Strings = typeof zh;

const en: Strings = {
  title: "Department rankings",
  subtitle: "Scores, grades and ranks by the published methods",
  stepsHeading: "How it works",
  step1: "Select the department table on the sheet, headers included.",
  step2: "Check the scheme and the columns govrank recognised.",
  step3:
    "Click Generate report: ranked sheets, charts and a bulletin draft are written into this workbook.",
  privacy: "Your data is computed inside this workbook and never sent to any server.",
};

export function stringsFor(language: Language): Strings {
  return language === "en" ? en : zh;
}
