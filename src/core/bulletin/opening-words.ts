/**
 * The bulletin's opening when a ticket or message log was counted, in the published forms:
 * "1月份受理市民有效诉求共32345件，其中当场答复27188件，当场答复率84.06%；转部门办理5157件，
 * 截至2月6日已办结4725件，办结率为91.62%" (Jingzhou), "共收到242条网友留言，有175条留言得到相关
 * 部门回复，同比增长28.7%" (Hubei 网络问政). Figures arrive formatted; `opening.ts` decides
 * what is said.
 */
import type { Language } from "../i18n";

export interface Growth {
  against: string;
  /** The sign of the change; count and rate are its size, formatted ("7181", "11.2%"; no rate when last was 0). */
  change: number;
  count: string;
  rate?: string | undefined;
}

export interface HotlineOpening {
  period?: string | undefined;
  validOnly: boolean;
  received: string;
  growth?: Growth | undefined;
  onTheSpot?: { count: string; rate: string } | undefined;
  transferred?: string | undefined;
  handled?: { count: string; rate: string; cutoff?: string | undefined } | undefined;
  types: { name: string; count: string }[];
  urgent?: { count: string; inTime?: string | undefined } | undefined;
  calledBack?: { count: string; satisfied: string; rate: string } | undefined;
  categories: { name: string; count: string; share: string }[];
}

export interface MessageColumn {
  name: string;
  received: string;
  valid?: string | undefined;
  forwarded?: { count: string; again?: string | undefined } | undefined;
  replied?: { count: string; unasked?: string | undefined } | undefined;
}

export interface MessageOpening {
  period?: string | undefined;
  received: string;
  replied?: string | undefined;
  growth?: Growth | undefined;
  columns: MessageColumn[];
  /** NO.1 … per column (or of all messages, column ""). */
  categories: { column: string; items: { name: string; count: string }[] }[];
}

export interface OpeningWords {
  hotline(o: HotlineOpening): string[];
  messages(o: MessageOpening): string[];
  /** "2月6日" / "6 Feb": the cut-off day as the text names it. */
  day(month: number, day: number): string;
}

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

function growthZh(g: Growth | undefined, counter: string, form: "count" | "rate"): string {
  if (!g) return "";
  if (g.change === 0) return `，${g.against}持平`;
  const up = g.change > 0;
  if (form === "rate" && g.rate) return `，${g.against}${up ? "增长" : "下降"}${g.rate}`;
  const rate = g.rate ? `，${up ? "增幅" : "降幅"}${g.rate}` : "";
  return `，${g.against}${up ? "增加" : "减少"}${g.count}${counter}${rate}`;
}

const zh: OpeningWords = {
  day: (month, day) => `${month}月${day}日`,
  hotline: (o) => {
    const clauses: string[] = [
      `${o.period ? `${o.period}，` : ""}受理市民${o.validOnly ? "有效" : ""}诉求共${o.received}件${growthZh(o.growth, "件", "count")}`,
    ];
    if (o.onTheSpot)
      clauses.push(`其中当场答复${o.onTheSpot.count}件，当场答复率${o.onTheSpot.rate}`);
    if (o.transferred !== undefined) {
      let moved = `转部门办理${o.transferred}件`;
      if (o.handled)
        moved += `，${o.handled.cutoff ? `截至${o.handled.cutoff}` : ""}已办结${o.handled.count}件，办结率为${o.handled.rate}`;
      clauses.push(moved);
    }
    // "共32345件，其中当场答复…；转部门办理…": the first two clauses are one.
    const [head = "", ...rest] = clauses;
    const first =
      rest.length && o.onTheSpot ? `${head}，${rest.join("；")}` : [head, ...rest].join("；");
    const paragraphs = [`${first}。`];
    const more: string[] = [];
    if (o.types.length)
      more.push(`按诉求类型分，${o.types.map((t) => `${t.name}${t.count}件`).join("、")}`);
    if (o.urgent)
      more.push(
        `急办工单${o.urgent.count}件${o.urgent.inTime !== undefined ? `，已及时办理${o.urgent.inTime}件` : ""}`,
      );
    if (o.calledBack)
      more.push(
        `回访${o.calledBack.count}件，满意${o.calledBack.satisfied}件，满意率${o.calledBack.rate}`,
      );
    if (more.length) paragraphs.push(`${more.join("；")}。`);
    if (o.categories.length)
      paragraphs.push(
        `热点诉求中，${o.categories.map((c) => `${c.name}${c.count}件，占${c.share}`).join("；")}。`,
      );
    return paragraphs;
  },
  messages: (o) => {
    let first = `${o.period ? `${o.period}，` : ""}共收到${o.received}条网友留言`;
    if (o.replied !== undefined) first += `，有${o.replied}条留言得到相关部门回复`;
    first += growthZh(o.growth, "条", "rate");
    const paragraphs = [`${first}。`];
    const columns = o.columns.map((c) => {
      const parts = [`《${c.name}》栏目收到留言${c.received}条`];
      if (c.valid !== undefined) parts.push(`有效留言${c.valid}条`);
      if (c.forwarded)
        parts.push(
          `转办${c.forwarded.count}次${c.forwarded.again !== undefined ? `（含二次转交${c.forwarded.again}次）` : ""}`,
        );
      if (c.replied)
        parts.push(
          `获得回复${c.replied.count}条${c.replied.unasked !== undefined && c.replied.unasked !== "0" ? `（含主动回复${c.replied.unasked}条）` : ""}`,
        );
      return parts.join("，");
    });
    if (columns.length) paragraphs.push(`${columns.join("；")}。`);
    for (const c of o.categories)
      if (c.items.length)
        paragraphs.push(
          `${c.column ? `《${c.column}》` : ""}留言按问题分类，${c.items.map((x, i) => `NO.${i + 1} ${x.name}${x.count}条`).join("，")}。`,
        );
    return paragraphs;
  },
};

function growthEn(g: Growth | undefined, noun: string): string {
  if (!g) return "";
  if (g.change === 0) return `, the same as ${g.against}`;
  const up = g.change > 0;
  return `, ${g.count} ${noun} ${up ? "more" : "fewer"} than ${g.against}${g.rate ? ` (${up ? "+" : "−"}${g.rate})` : ""}`;
}

const en: OpeningWords = {
  day: (month, day) => `${day} ${MONTHS_EN[month - 1] ?? month}`,
  hotline: (o) => {
    const clauses = [
      `${o.period ? `In ${o.period}, ` : ""}${o.received} ${o.validOnly ? "valid " : ""}requests were received${growthEn(o.growth, "requests")}`,
    ];
    if (o.onTheSpot)
      clauses.push(`${o.onTheSpot.count} were answered on the spot (${o.onTheSpot.rate})`);
    if (o.transferred !== undefined) {
      let moved = `${o.transferred} were transferred to units`;
      if (o.handled)
        moved += `, of which ${o.handled.count} were handled${o.handled.cutoff ? ` by ${o.handled.cutoff}` : ""} (${o.handled.rate})`;
      clauses.push(moved);
    }
    const paragraphs = [`${clauses.join("; ")}.`];
    const more: string[] = [];
    if (o.types.length)
      more.push(`By type: ${o.types.map((t) => `${t.name} ${t.count}`).join(", ")}`);
    if (o.urgent)
      more.push(
        `${o.urgent.count} urgent${o.urgent.inTime !== undefined ? `, ${o.urgent.inTime} handled in time` : ""}`,
      );
    if (o.calledBack)
      more.push(
        `${o.calledBack.count} called back, ${o.calledBack.satisfied} satisfied (${o.calledBack.rate})`,
      );
    if (more.length) paragraphs.push(`${more.join("; ")}.`);
    if (o.categories.length)
      paragraphs.push(
        `Most requests were about ${o.categories.map((c) => `${c.name} (${c.count}, ${c.share})`).join(", ")}.`,
      );
    return paragraphs;
  },
  messages: (o) => {
    let first = `${o.period ? `In ${o.period}, ` : ""}${o.received} messages were received`;
    if (o.replied !== undefined) first += ` and ${o.replied} were answered by the units`;
    first += growthEn(o.growth, "answered");
    const paragraphs = [`${first}.`];
    const columns = o.columns.map((c) => {
      const parts = [`${c.name}: ${c.received} messages`];
      if (c.valid !== undefined) parts.push(`${c.valid} valid`);
      if (c.forwarded)
        parts.push(
          `${c.forwarded.count} forwardings${c.forwarded.again !== undefined ? ` (${c.forwarded.again} second)` : ""}`,
        );
      if (c.replied)
        parts.push(
          `${c.replied.count} replied${c.replied.unasked !== undefined && c.replied.unasked !== "0" ? ` (${c.replied.unasked} unasked)` : ""}`,
        );
      return parts.join(", ");
    });
    if (columns.length) paragraphs.push(`${columns.join("; ")}.`);
    for (const c of o.categories)
      if (c.items.length)
        paragraphs.push(
          `${c.column ? `${c.column} by category: ` : "By category: "}${c.items.map((x, i) => `No.${i + 1} ${x.name} ${x.count}`).join(", ")}.`,
        );
    return paragraphs;
  },
};

export const OPENING_WORDS: Record<Language, OpeningWords> = { zh, en };
