/**
 * Figures a bulletin printed, checked against the ones counted from its log: each agrees at the
 * precision it was printed with, or is said to disagree — and a share that fits no total the log
 * has is said to be so, with the total it would fit (the Yueyang 2017 Q2 bulletin's category
 * shares fit about 39 710 tickets, which is neither its 71 266 received nor its 39 818 handled).
 * Nothing is forced to agree.
 */
import { z } from "zod";
import type { LocalText } from "../schemes/scheme";
import type { Headline } from "./headline";

export const PrintedFigureSchema = z.strictObject({
  /** A headline figure, or one named item of a list. */
  figure: z.enum([
    "received",
    "valid",
    "onTheSpot",
    "transferred",
    "handled",
    "urgent",
    "urgentInTime",
    "calledBack",
    "satisfied",
    "forwarded",
    "forwardedAgain",
    "replied",
    "repliedUnasked",
    "type",
    "category",
    "unit",
  ]),
  name: z.string().optional(),
  count: z.number().int().nonnegative().optional(),
  /** As printed: "96.5%", "13.45%". */
  rate: z
    .string()
    .regex(/^\d+(\.\d+)?%$/)
    .optional(),
});
export type PrintedFigure = z.infer<typeof PrintedFigureSchema>;
export const PrintedFiguresSchema = z.array(PrintedFigureSchema);

export interface FigureCheck {
  printed: PrintedFigure;
  counted?: { count?: number | undefined; rate?: number | null | undefined } | undefined;
  agrees: boolean;
  note: LocalText;
}

/** The printed percent as a fraction and half its last digit (the rounding it allows). */
function printedRate(text: string): { value: number; half: number } {
  const body = text.slice(0, -1);
  const decimals = body.split(".")[1]?.length ?? 0;
  return { value: Number(body) / 100, half: (0.5 * 10 ** -decimals) / 100 };
}

function counted(h: Headline, p: PrintedFigure): FigureCheck["counted"] {
  const all = h.all;
  const list = (items: { name: string; count: number; share: number | null }[]) => {
    const hit = items.find((x) => x.name === p.name);
    return hit ? { count: hit.count, rate: hit.share } : undefined;
  };
  switch (p.figure) {
    case "type":
      return list(h.byType);
    case "category": {
      const all2 = [...all.categories, ...h.columns.flatMap((c) => c.categories)];
      return list(all2);
    }
    case "unit": {
      const unit = h.busiest.flatMap((g) => g.units).find((u) => u.name === p.name);
      return unit ? { count: unit.count } : undefined;
    }
    case "received":
    case "valid":
    case "urgent":
    case "calledBack":
    case "forwarded":
    case "forwardedAgain":
    case "repliedUnasked": {
      const n = all[p.figure];
      return n === undefined ? undefined : { count: n };
    }
    default: {
      const part = all[p.figure];
      return part ? { count: part.count, rate: part.rate } : undefined;
    }
  }
}

export function checkPrinted(h: Headline, printed: readonly PrintedFigure[]): FigureCheck[] {
  const wholes: { name: LocalText; n: number | undefined }[] = [
    { name: { zh: "受理总量", en: "received" }, n: h.all.received },
    { name: { zh: "转部门办理（承办）总量", en: "transferred" }, n: h.all.transferred?.count },
    { name: { zh: "已办结总量", en: "handled" }, n: h.all.handled?.count },
    { name: { zh: "回访总量", en: "called back" }, n: h.all.calledBack },
    { name: { zh: "急件总量", en: "urgent" }, n: h.all.urgent },
  ];
  return printed.map((p) => {
    const what = p.name ?? p.figure;
    const c = counted(h, p);
    if (!c)
      return {
        printed: p,
        agrees: false,
        note: { zh: `“${what}”在明细中没有统计到`, en: `"${what}" is not in the counted figures` },
      };
    const notes: LocalText[] = [];
    let agrees = true;
    if (p.count !== undefined && p.count !== c.count) {
      agrees = false;
      notes.push({
        zh: `通报为${p.count}件，明细统计为${c.count ?? "—"}件`,
        en: `printed ${p.count}, counted ${c.count ?? "—"}`,
      });
    }
    if (p.rate !== undefined) {
      const { value, half } = printedRate(p.rate);
      const rate = c.rate;
      if (rate === null || rate === undefined || Math.abs(rate - value) > half + 1e-12) {
        agrees = false;
        const shown = rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(2)}%`;
        let note: LocalText = {
          zh: `通报为${p.rate}，明细统计为${shown}`,
          en: `printed ${p.rate}, counted ${shown}`,
        };
        const count = p.count ?? c.count;
        if (count !== undefined && value > 0) {
          // The totals this printed share could have been of, given its rounding.
          const low = Math.ceil(count / (value + half));
          const high = Math.floor(count / Math.max(value - half, 1e-12));
          const fits = wholes.filter((w) => w.n !== undefined && w.n >= low && w.n <= high);
          note = fits.length
            ? {
                zh: `${note.zh}；通报的比率是按${fits.map((f) => f.name.zh).join("或")}计算的`,
                en: `${note.en}; the printed rate is of ${fits.map((f) => f.name.en).join(" or ")}`,
              }
            : {
                zh: `${note.zh}；${p.rate}对应的总数约为${low}—${high}件，与${wholes
                  .filter((w) => w.n !== undefined)
                  .map((w) => `${w.name.zh}${w.n}件`)
                  .join("、")}都不相符`,
                en: `${note.en}; ${p.rate} fits a total of ${low}–${high}, which is none of ${wholes
                  .filter((w) => w.n !== undefined)
                  .map((w) => `${w.name.en} ${w.n}`)
                  .join(", ")}`,
              };
        }
        notes.push(note);
      }
    }
    return {
      printed: p,
      counted: c,
      agrees,
      note: agrees
        ? { zh: `“${what}”与明细一致`, en: `"${what}" agrees with the log` }
        : {
            zh: `“${what}”与明细不一致：${notes.map((n) => n.zh).join("；")}`,
            en: `"${what}" disagrees with the log: ${notes.map((n) => n.en).join("; ")}`,
          },
    };
  });
}
