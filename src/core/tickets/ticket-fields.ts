/**
 * The columns of a ticket or message log (工单明细 / 留言明细) that the counting rules read, each
 * with the kind of value it holds and the header texts platforms export it under. Columns that
 * carry personal data are listed apart (`personal-data.ts`): they are never read.
 */
import type { LocalText } from "../schemes/scheme";

export type TicketValueKind = "text" | "time" | "number";

export interface TicketField {
  label: LocalText;
  kind: TicketValueKind;
  /** Header texts, folded by `foldHeader` before matching. */
  synonyms: string[];
}

const text = (zh: string, en: string, synonyms: string[]): TicketField => ({
  label: { zh, en },
  kind: "text",
  synonyms: [zh, ...synonyms],
});
const time = (zh: string, en: string, synonyms: string[]): TicketField => ({
  label: { zh, en },
  kind: "time",
  synonyms: [zh, ...synonyms],
});
const number = (zh: string, en: string, synonyms: string[]): TicketField => ({
  label: { zh, en },
  kind: "number",
  synonyms: [zh, ...synonyms],
});

export const TICKET_FIELDS = {
  id: text("工单编号", "Ticket number", [
    "工单号",
    "工单流水号",
    "流水号",
    "受理编号",
    "诉求编号",
    "留言编号",
    "信件编号",
    "编号",
    "ticket id",
    "ticket",
    "id",
  ]),
  received: time("受理时间", "Received", [
    "来电时间",
    "登记时间",
    "受理日期",
    "创建时间",
    "留言时间",
    "来信时间",
    "提交时间",
    "received",
  ]),
  type: text("诉求类型", "Request type", [
    "来电类型",
    "诉求性质",
    "工单类型",
    "信件类型",
    "留言类型",
    "type",
  ]),
  category: text("诉求分类", "Category", [
    "问题分类",
    "业务类别",
    "业务分类",
    "一级分类",
    "诉求类别",
    "问题类别",
    "内容分类",
    "category",
  ]),
  category2: text("二级分类", "Category (level 2)", ["诉求分类二级", "二级类别"]),
  category3: text("三级分类", "Category (level 3)", ["诉求分类三级", "三级类别"]),
  unit: text("承办单位", "Unit", [
    "责任单位",
    "主办单位",
    "处理单位",
    "办理单位",
    "回复单位",
    "承办部门",
    "责任部门",
    "unit",
  ]),
  group: text("单位类别", "Unit group", ["单位分组", "单位类型", "分组", "group"]),
  region: text("所属区域", "Area", ["区域", "所属地区", "所属县市区", "县市区", "area"]),
  mode: text("办理方式", "Handling", ["处理方式", "办理类型", "受理方式", "answer mode"]),
  dispatched: time("派单时间", "Dispatched", ["转办时间", "交办时间", "派发时间"]),
  signed: time("签收时间", "Signed for", ["接单时间", "签收日期"]),
  signDeadline: time("签收时限", "Sign-for deadline", ["签收期限", "应签收时间"]),
  dueBy: time("办结时限", "Due by", ["办理时限", "办结期限", "应办结时间", "处理时限"]),
  closed: time("办结时间", "Closed", [
    "反馈时间",
    "回复时间",
    "办结日期",
    "办理完成时间",
    "答复时间",
  ]),
  status: text("办理状态", "Status", ["工单状态", "处理状态", "状态"]),
  overdue: text("是否超期", "Overdue", ["超期", "是否逾期", "是否超时"]),
  urgent: text("是否急件", "Urgent", ["急件", "是否紧急", "紧急程度", "缓急程度"]),
  reworkCount: number("重办次数", "Times redone", ["退回次数", "返工次数", "重办数"]),
  returned: text("是否退回", "Sent back", ["是否重办", "是否返工"]),
  callback: text("回访结果", "Call-back result", [
    "回访满意度",
    "满意度",
    "评价结果",
    "满意度评价",
    "回访情况",
  ]),
  valid: text("是否有效", "Valid", ["有效性", "是否有效诉求", "有效"]),
  column: text("栏目", "Column", ["所属栏目", "来源栏目", "版块", "留言栏目"]),
  forwards: number("转办次数", "Times forwarded", ["转交次数", "转达次数"]),
  proactive: text("是否主动回复", "Replied unasked", ["主动回复"]),
} as const satisfies Record<string, TicketField>;

export type TicketRole = keyof typeof TICKET_FIELDS;

export const TICKET_ROLES = Object.keys(TICKET_FIELDS) as TicketRole[];

export function isTicketRole(name: string): name is TicketRole {
  return Object.prototype.hasOwnProperty.call(TICKET_FIELDS, name);
}
