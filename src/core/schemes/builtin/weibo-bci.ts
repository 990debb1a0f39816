/** 清博 Weibo communication index (BCI), schemes.md §2 — reproduces 20/20 printed values. */
import type { SchemeInput } from "../scheme";
import {
  count,
  countMeasures,
  GROUP_FIELD,
  printed,
  SEQUENCE_FIELD,
  UNIT_FIELD,
} from "./common-fields";

const ln1 = { ln: 1 } as const;

/** Title words that speak for this scheme. */
const WORDS = ["微博", "bci"];

const fields: SchemeInput["fields"] = [
  UNIT_FIELD,
  GROUP_FIELD,
  SEQUENCE_FIELD,
  count("posts", "发博数", "Posts", ["发博量", "微博数", "posts"]),
  count("originalPosts", "原创微博数", "Original posts", [
    "原创数",
    "原创博文数",
    "original posts",
  ]),
  count("reposts", "转发数", "Reposts", ["被转发数", "reposts"]),
  count("comments", "评论数", "Comments", ["被评论数", "comments"]),
  count("originalReposts", "原创转发", "Reposts of originals", ["原创转发数", "原创微博转发数"]),
  count("originalComments", "原创评论", "Comments on originals", ["原创评论数", "原创微博评论数"]),
  count("likes", "总点赞数", "Likes", ["点赞数", "点赞总数", "likes"]),
  printed("printedScore", "score", "BCI", "BCI (printed)", ["bci指数", "传播力指数"]),
];

export const weiboBci: SchemeInput = {
  id: "weibo-bci",
  version: "1.0.0",
  name: { zh: "政务微博传播力指数（BCI）", en: "Weibo communication index (BCI)" },
  source: {
    zh: "清博指数 BCI 算法；荆州市政务微博2021年2月排行榜",
    en: "Qingbo BCI method; Jingzhou government Weibo list, Feb 2021",
  },
  recognise: { words: WORDS },
  fields,
  measures: countMeasures(fields),
  index: {
    label: { zh: "BCI", en: "BCI" },
    nodes: [
      {
        weight: 0.2,
        label: { zh: "活跃度 W1", en: "activity W1" },
        children: [
          { weight: 0.3, leaf: { value: "posts", transform: ln1 } },
          { weight: 0.7, leaf: { value: "originalPosts", transform: ln1 } },
        ],
      },
      {
        weight: 0.8,
        label: { zh: "传播度 W2", en: "reach W2" },
        children: [
          { weight: 0.2, leaf: { value: "reposts", transform: ln1 } },
          { weight: 0.2, leaf: { value: "comments", transform: ln1 } },
          { weight: 0.25, leaf: { value: "originalReposts", transform: ln1 } },
          { weight: 0.25, leaf: { value: "originalComments", transform: ln1 } },
          { weight: 0.1, leaf: { value: "likes", transform: ln1 } },
        ],
      },
    ],
    scale: 160,
    precision: 2,
  },
  bulletin: {
    volume: "posts",
    vocabulary: "media",
    topic: { zh: "传播力", en: "reach" },
    unitWord: { zh: "微博账号", en: "accounts" },
    totals: [
      { field: "posts", words: { zh: "发博", en: "posts" }, counter: "条" },
      { field: "reposts", words: { zh: "被转发", en: "reposts" }, counter: "次" },
      { field: "comments", words: { zh: "被评论", en: "comments" }, counter: "条" },
      { field: "likes", words: { zh: "获点赞", en: "likes" }, counter: "次" },
    ],
  },
  ranking: { order: [{ key: "score", direction: "desc" }], method: "competition" },
  relations: [{ lesser: "originalPosts", greater: "posts", code: "original-exceeds-total" }],
};
