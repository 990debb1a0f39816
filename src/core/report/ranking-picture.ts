/**
 * A picture of the ranking, for a WeChat post or a slide: the title, the period, the grade counts
 * and the top and bottom units with bars, as an SVG document (text, so the core stays pure). The
 * command line rasterises it to PNG without a browser (`report --png`); the pane draws it on a
 * canvas. Bars run from the lowest charted value to the highest, so scores of 80–100 differ.
 */
import type { Language } from "../i18n";
import { labelOf } from "../schemes/label-of";
import type { Evaluation } from "../score/evaluate";
import { formatFixed, formatPercent } from "../score/format";
import type { ScoredUnit } from "../score/scored-unit";
import { displayWidth } from "../text/display-width";
import { xmlSafe } from "../text/xml-safe";
import { chartedValue } from "./report-context";
import { DATA_BAR_COLOUR, GRADE_COLOURS } from "./ranked-sheet";

export interface PictureOptions {
  title: string;
  period?: string | undefined;
  lang: Language;
  /** Units shown at the top and at the bottom (5). */
  listed?: number | undefined;
}

export const PICTURE_WIDTH = 1080;
const FONT =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";
const ROW = 44;
const MARGIN = 48;

function escape(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Text in lines no wider than `width` px: a CJK character is about one em, a digit half. */
function lines(text: string, size: number, width: number, most: number): string[] {
  const columns = Math.floor((2 * width) / size);
  const out: string[] = [];
  let current = "";
  for (const ch of text) {
    if (displayWidth(current + ch) > columns) {
      out.push(current);
      current = "";
    }
    current += ch;
  }
  if (current) out.push(current);
  if (out.length <= most) return out;
  const kept = out.slice(0, most);
  const last = kept[most - 1] ?? "";
  kept[most - 1] = `${[...last].slice(0, -1).join("")}…`;
  return kept;
}

function fitted(text: string, size: number, width: number): string {
  return lines(text, size, width, 1)[0] ?? "";
}

export function rankingPicture(evaluation: Evaluation, options: PictureOptions): string {
  const { lang } = options;
  const zh = lang === "zh";
  const listed = options.listed ?? 5;
  const id = chartedValue(evaluation);
  const measure = evaluation.scheme.measures.find((m) => m.id === id);
  const valueOf = (u: ScoredUnit) => (id === "score" ? u.score : (u.measures[id] ?? null));
  const shown = (v: number) =>
    id === "score"
      ? formatFixed(v, evaluation.scheme.index?.precision ?? 2)
      : measure?.format === "percent"
        ? formatPercent(v, measure.precision)
        : formatFixed(v, measure?.precision ?? 0);
  const ranked = evaluation.units.filter((u) => u.rank !== null && valueOf(u) !== null);
  const top = ranked.slice(0, listed);
  const bottom =
    ranked.length > listed ? ranked.slice(Math.max(listed, ranked.length - listed)) : [];
  const values = ranked.map((u) => valueOf(u) ?? 0);
  const low = Math.min(...values);
  const high = Math.max(...values);

  const parts: string[] = [];
  let y = MARGIN + 40;
  const line = (x: number, at: number, text: string, size: number, extra = "") =>
    parts.push(
      `<text x="${x}" y="${at}" font-size="${size}" font-family="${FONT}" ${extra}>${escape(text)}</text>`,
    );
  // A long title takes two lines rather than being cut.
  lines(options.title, 40, PICTURE_WIDTH - 2 * MARGIN, 2).forEach((text, n) => {
    if (n > 0) y += 52;
    line(MARGIN, y, text, 40, 'font-weight="bold" fill="#1F2937"');
  });
  y += 44;
  const under = [options.period, evaluation.scheme.name[lang]]
    .filter(Boolean)
    .join(zh ? " · " : " · ");
  line(MARGIN, y, under, 24, 'fill="#6B7280"');
  y += 24;

  const grades = evaluation.overall.grades.filter((g) => g.count > 0);
  if (grades.length) {
    y += 24;
    let x = MARGIN;
    grades.forEach((g) => {
      const band = evaluation.overall.grades.findIndex((b) => b.label === g.label);
      const colour = GRADE_COLOURS[Math.min(band, GRADE_COLOURS.length - 1)] ?? GRADE_COLOURS[0];
      const label = zh ? `${g.label}类 ${g.count}家` : `${g.label} ${g.count}`;
      const width = 36 + [...label].length * 20;
      parts.push(
        `<rect x="${x}" y="${y}" width="${width}" height="44" rx="8" fill="${colour?.fill ?? "#EEE"}"/>`,
      );
      line(x + 18, y + 30, label, 24, `fill="${colour?.font ?? "#000"}" font-weight="bold"`);
      x += width + 16;
    });
    y += 44;
  }

  const barLeft = MARGIN + 380;
  const barWidth = PICTURE_WIDTH - barLeft - MARGIN - 110;
  const list = (heading: string, units: readonly ScoredUnit[]) => {
    if (units.length === 0) return;
    y += 48;
    line(MARGIN, y, heading, 28, 'font-weight="bold" fill="#1F4E78"');
    y += 12;
    for (const u of units) {
      y += ROW;
      const v = valueOf(u) ?? 0;
      // From the lowest to the highest: the lowest gets a sliver, so no bar is empty.
      const share = high === low ? 1 : 0.05 + (0.95 * (v - low)) / (high - low);
      line(MARGIN, y, String(u.rank ?? ""), 24, 'fill="#374151"');
      line(MARGIN + 64, y, fitted(u.unit, 24, 300), 24, 'fill="#111827"');
      parts.push(
        `<rect x="${barLeft}" y="${y - 24}" width="${Math.max(2, Math.round(barWidth * share))}" height="28" rx="4" fill="${DATA_BAR_COLOUR}"/>`,
      );
      const grade = u.grade ? `  ${u.grade}` : "";
      line(barLeft + barWidth + 12, y, `${shown(v)}${grade}`, 24, 'fill="#111827"');
    }
  };
  const by = labelOf(evaluation.scheme, id, lang);
  list(zh ? `${by}前${top.length}名` : `Top ${top.length} by ${by}`, top);
  list(zh ? `${by}后${bottom.length}名` : `Bottom ${bottom.length} by ${by}`, bottom);
  y += 56;
  line(
    MARGIN,
    y,
    zh ? `共${ranked.length}个单位参与排名` : `${ranked.length} units ranked`,
    20,
    'fill="#9CA3AF"',
  );
  const height = y + MARGIN;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}">` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>${parts.join("")}</svg>`
  );
}
