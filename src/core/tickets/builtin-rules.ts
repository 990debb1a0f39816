/**
 * The built-in counting rules, one per department scheme a log can feed: the comprehensive
 * evaluation (应办理数 … 群众满意率), the monthly table (任务总数 and three rates) and the online
 * petition table (信件总数 / 终审总数). Every choice is data a clerk can change: which answers
 * count as satisfied (基本满意 does here; 未回访 and 无法联系 are left out of the call-backs),
 * what is 当场答复, which statuses are handled, whether a cut-off day applies.
 */
import type { Condition, CounterSchema, TicketRulesInput } from "./ticket-rules";
import type { z } from "zod";

type CounterInput = z.input<typeof CounterSchema>;

export const YES = ["是", "Y", "y", "1", "TRUE", "true", "有", "超期", "已超期"];
const VALID = ["是", "有效", "Y", "1", "TRUE", "true"];
export const SATISFIED = ["满意", "非常满意", "基本满意", "比较满意"];
export const DISSATISFIED = ["不满意", "非常不满意"];
const ON_THE_SPOT = ["当场答复", "直接答复", "直接办结", "当场办结", "即时办结", "热线直办"];
const TRANSFERRED = ["转办", "派单", "转部门办理", "交办", "转派", "转交"];
const CLOSED_STATUS = ["已办结", "办结", "已归档", "归档", "已完成", "已回复", "已答复"];
const URGENT = ["是", "急", "紧急", "特急", "加急", "急件", "Y", "1", "TRUE", "true"];

const all = (...parts: Condition[]): Condition => ({ all: parts });
const counter = (id: string): Condition => ({ counter: id });

const hotlineCounters: CounterInput[] = [
  { id: "received", label: { zh: "受理诉求", en: "Received" }, when: [{ all: [] }] },
  {
    id: "onTheSpot",
    label: { zh: "当场答复", en: "Answered on the spot" },
    when: [
      { field: "mode", in: ON_THE_SPOT },
      { field: "unit", filled: false },
    ],
  },
  {
    id: "transferred",
    label: { zh: "转部门办理", en: "Transferred to units" },
    when: [
      all({ field: "mode", in: TRANSFERRED }, { field: "unit", filled: true }),
      { field: "unit", filled: true },
    ],
  },
  {
    id: "handled",
    label: { zh: "已办结", en: "Handled" },
    when: [
      all(counter("transferred"), { field: "closed", notAfter: "cutoff" }),
      all(counter("transferred"), { field: "status", in: CLOSED_STATUS }),
    ],
  },
  {
    id: "late",
    label: { zh: "超期办理", en: "Handled late" },
    when: [
      all(counter("handled"), { field: "overdue", in: YES }),
      all(counter("handled"), { field: "closed", after: "dueBy" }),
    ],
  },
  {
    id: "rework",
    label: { zh: "返工", en: "Sent back" },
    when: [
      all(counter("transferred"), { field: "reworkCount", above: 0 }),
      all(counter("transferred"), { field: "returned", in: YES }),
    ],
  },
  {
    id: "calledBack",
    label: { zh: "回访", en: "Called back" },
    when: [all(counter("transferred"), { field: "callback", in: [...SATISFIED, ...DISSATISFIED] })],
  },
  {
    id: "satisfied",
    label: { zh: "满意", en: "Satisfied" },
    when: [all(counter("transferred"), { field: "callback", in: SATISFIED })],
  },
  {
    id: "dissatisfied",
    label: { zh: "不满意", en: "Dissatisfied" },
    when: [all(counter("transferred"), { field: "callback", in: DISSATISFIED })],
  },
  {
    id: "signedOnTime",
    label: { zh: "及时签收", en: "Signed for in time" },
    when: [all(counter("transferred"), { field: "signed", notAfter: "signDeadline" })],
  },
  {
    id: "fedBackOnTime",
    label: { zh: "按时反馈", en: "Fed back on time" },
    when: [
      all(counter("transferred"), { field: "closed", notAfter: "dueBy" }),
      all(
        counter("transferred"),
        { field: "closed", filled: true },
        { not: { field: "overdue", in: YES } },
      ),
    ],
  },
  {
    id: "urgent",
    label: { zh: "急办工单", en: "Urgent" },
    when: [{ field: "urgent", in: URGENT }],
  },
  {
    id: "urgentInTime",
    label: { zh: "急件及时办理", en: "Urgent, handled in time" },
    when: [
      all(counter("urgent"), { field: "closed", notAfter: "dueBy" }),
      all(
        counter("urgent"),
        { field: "closed", filled: true },
        { not: { field: "overdue", in: YES } },
      ),
    ],
  },
];

const hotlineHeadline = {
  received: "received",
  onTheSpot: "onTheSpot",
  transferred: "transferred",
  handled: "handled",
  urgent: "urgent",
  urgentInTime: "urgentInTime",
  calledBack: "calledBack",
  satisfied: "satisfied",
};

/** Only valid tickets, where the log says which are (骚扰、重复 calls are not 有效诉求). */
const validOnly: Condition[] = [{ field: "valid", in: VALID }, { all: [] }];

export const ticketsComposite: TicketRulesInput = {
  id: "tickets-composite",
  version: "1.0.0",
  name: { zh: "工单明细→综合评价", en: "Ticket log → comprehensive evaluation" },
  kind: "tickets",
  target: "hotline-composite",
  scope: validOnly,
  counters: hotlineCounters,
  unitCounter: "transferred",
  outputs: [
    { field: "due", count: "transferred" },
    { field: "handled", count: "handled" },
    { field: "late", count: "late" },
    { field: "rework", count: "rework" },
    { field: "dissatisfied", count: "dissatisfied" },
    { field: "satisfactionRate", rate: ["satisfied", "calledBack"] },
  ],
  headline: hotlineHeadline,
  traced: ["late", "rework", "dissatisfied"],
};

export const ticketsMonthly: TicketRulesInput = {
  id: "tickets-monthly",
  version: "1.0.0",
  name: { zh: "工单明细→月度办理情况", en: "Ticket log → monthly table" },
  kind: "tickets",
  target: "hotline-monthly",
  scope: validOnly,
  counters: hotlineCounters,
  unitCounter: "transferred",
  outputs: [
    { field: "tasks", count: "transferred" },
    { field: "timelyAcceptanceRate", rate: ["signedOnTime", "transferred"] },
    { field: "onTimeFeedbackRate", rate: ["fedBackOnTime", "transferred"] },
    // The Jingzhou table prints 0.00 % where no caller was called back (schemes.md §5).
    { field: "satisfactionRate", rate: ["satisfied", "calledBack"], none: 0 },
  ],
  headline: hotlineHeadline,
  traced: ["rework", "dissatisfied"],
};

export const messagesPetition: TicketRulesInput = {
  id: "messages-petition",
  version: "1.0.0",
  name: { zh: "留言明细→网上问政办结率", en: "Message log → online petition completion" },
  kind: "messages",
  target: "petition-completion",
  scope: [{ all: [] }],
  counters: [
    { id: "received", label: { zh: "网友留言", en: "Messages" }, when: [{ all: [] }] },
    { id: "valid", label: { zh: "有效留言", en: "Valid" }, when: [{ field: "valid", in: VALID }] },
    {
      id: "forwarded",
      label: { zh: "转办", en: "Forwardings" },
      when: [{ all: [] }],
      sum: "forwards",
    },
    {
      id: "forwardedAgain",
      label: { zh: "二次转交", en: "Second forwardings" },
      when: [{ all: [] }],
      sum: "forwards",
      less: 1,
    },
    {
      id: "replied",
      label: { zh: "获得回复", en: "Replied" },
      when: [
        { field: "closed", notAfter: "cutoff" },
        { field: "status", in: CLOSED_STATUS },
      ],
    },
    {
      id: "repliedUnasked",
      label: { zh: "主动回复", en: "Replied unasked" },
      when: [all(counter("replied"), { field: "proactive", in: YES })],
    },
    {
      id: "assigned",
      label: { zh: "交办单位信件", en: "Letters to a unit" },
      when: [{ field: "unit", filled: true }],
    },
    {
      id: "closedByUnit",
      label: { zh: "单位已办结", en: "Closed by the unit" },
      when: [all(counter("assigned"), counter("replied"))],
    },
  ],
  unitCounter: "assigned",
  outputs: [
    { field: "letters", count: "assigned" },
    { field: "closed", count: "closedByUnit" },
  ],
  headline: {
    received: "received",
    valid: "valid",
    forwarded: "forwarded",
    forwardedAgain: "forwardedAgain",
    replied: "replied",
    repliedUnasked: "repliedUnasked",
  },
  traced: [],
};

export const BUILTIN_TICKET_RULES: readonly TicketRulesInput[] = [
  ticketsComposite,
  ticketsMonthly,
  messagesPetition,
];
