/**
 * 清博 WeChat communication index (WCI V14.2), schemes.md §3. Published lists omit likes, so where
 * they are missing govrank uses 在看 in their place and marks every such result approximate.
 */
import type { IndexNode, SchemeInput } from "../scheme";
import {
  count,
  countMeasures,
  GROUP_FIELD,
  printed,
  SEQUENCE_FIELD,
  UNIT_FIELD,
} from "./common-fields";

/** block(r, z, l) = 0.85·ln(r+1) + 0.09·ln(10z+1) + 0.06·ln(10l+1), each read per day, per article or as is. */
type Per = NonNullable<IndexNode["leaf"]>["per"];

function block(
  weight: number,
  zh: string,
  en: string,
  reads: string,
  wows: string,
  likes: string,
  per?: Per,
): IndexNode {
  return {
    weight,
    label: { zh, en },
    children: [
      { weight: 0.85, leaf: { value: reads, per, transform: { ln: 1 } } },
      { weight: 0.09, leaf: { value: wows, per, transform: { ln: 10 } } },
      { weight: 0.06, leaf: { value: likes, per, transform: { ln: 10 } } },
    ],
  };
}

const likesNote = {
  zh: "未提供点赞数，按在看数近似（清博算法需要点赞数），结果为近似值",
  en: "likes not given: approximated by 在看 (the provider's formula needs likes); the result is approximate",
};

/** Title words that speak for this scheme. */
const WORDS = ["微信", "公众号", "wci"];

const fields: SchemeInput["fields"] = [
  UNIT_FIELD,
  GROUP_FIELD,
  SEQUENCE_FIELD,
  count("articles", "文章总数", "Articles", ["发文数", "发文总数", "文章数", "articles"]),
  count("reads", "阅读总数", "Reads", ["总阅读数", "阅读数", "总阅读量", "reads"]),
  {
    id: "avgReads",
    label: { zh: "平均阅读量", en: "Average reads" },
    kind: "aux",
    synonyms: ["平均阅读量", "平均阅读数", "篇均阅读"],
  },
  count("wows", "在看总数", "Wows (在看)", ["总在看数", "在看数", "wows"]),
  {
    id: "avgWows",
    label: { zh: "平均在看数", en: "Average wows" },
    kind: "aux",
    synonyms: ["平均在看数", "篇均在看"],
  },
  count("likes", "点赞数", "Likes", ["点赞总数", "总点赞数", "likes"], false),
  {
    id: "pushes",
    label: { zh: "发布次数", en: "Pushes" },
    kind: "ignored",
    synonyms: ["发布次数", "推送次数"],
  },
  count("headlineReads", "头条文章阅读量", "Headline reads", [
    "头条阅读量",
    "头条阅读数",
    "头条文章阅读数",
  ]),
  count("headlineWows", "头条文章在看数", "Headline wows", ["头条在看数", "头条文章在看量"]),
  count("headlineLikes", "头条文章点赞数", "Headline likes", ["头条点赞数"], false),
  count("maxReads", "最大阅读量", "Best article's reads", ["最高阅读量", "最大阅读数"]),
  count("maxWows", "最大在看数", "Best article's wows", ["最高在看数"]),
  count("maxLikes", "最大点赞数", "Best article's likes", ["最高点赞数"], false),
  printed("printedScore", "score", "WCI", "WCI (printed)", ["wci指数", "传播力指数"]),
];

export const wechatWci: SchemeInput = {
  id: "wechat-wci",
  version: "14.2.0",
  name: { zh: "政务微信传播力指数（WCI V14.2）", en: "WeChat communication index (WCI V14.2)" },
  source: {
    zh: "清博指数 WCI V14.2 算法；荆州市政务微信2021年2月排行榜",
    en: "Qingbo WCI V14.2 method; Jingzhou government WeChat list, Feb 2021",
  },
  recognise: { words: WORDS },
  fields,
  measures: countMeasures(fields),
  index: {
    label: { zh: "WCI", en: "WCI" },
    nodes: [
      block(0.6, "整体传播力 O", "overall reach O", "reads", "wows", "likes", "day"),
      block(0.2, "篇均传播力 A", "per-article reach A", "reads", "wows", "likes", {
        input: "articles",
      }),
      block(
        0.1,
        "头条传播力 H",
        "headline reach H",
        "headlineReads",
        "headlineWows",
        "headlineLikes",
        "day",
      ),
      block(0.1, "峰值传播力 P", "peak reach P", "maxReads", "maxWows", "maxLikes"),
    ],
    power: 2,
    scale: 12,
    precision: 2,
  },
  bulletin: {
    volume: "articles",
    vocabulary: "media",
    topic: { zh: "传播力", en: "reach" },
    unitWord: { zh: "公众号", en: "accounts" },
    totals: [
      { field: "articles", words: { zh: "发文", en: "articles" }, counter: "篇" },
      { field: "reads", words: { zh: "阅读", en: "reads" }, counter: "次" },
      { field: "wows", words: { zh: "在看", en: "wows (在看)" }, counter: "次" },
    ],
  },
  ranking: { order: [{ key: "score", direction: "desc" }], method: "competition" },
  substitutes: [
    { input: "likes", from: "wows", note: likesNote },
    { input: "headlineLikes", from: "headlineWows", note: likesNote },
    { input: "maxLikes", from: "maxWows", note: likesNote },
  ],
  estimates: [
    { input: "reads", product: ["avgReads", "articles"] },
    { input: "wows", product: ["avgWows", "articles"] },
  ],
  relations: [
    { lesser: "headlineReads", greater: "reads", code: "headline-exceeds-total" },
    { lesser: "maxReads", greater: "reads", code: "max-exceeds-total" },
  ],
  usesDays: true,
};
