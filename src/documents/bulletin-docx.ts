/**
 * The bulletin draft as a Word document in 公文 layout (GB/T 9704-2012): A4, margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm; 22 lines of 28 characters of 3号 仿宋_GB2312; the title
 * in 2号 方正小标宋简体, level-1 headings in 黑体, level-2 in 楷体_GB2312; page numbers "— 1 —"
 * in 4号 宋体 at the outer edge; the ranked table as the attachment (附件) on pages of its own, in
 * a size where no percentage wraps. Fonts are named as the standard names them; where one is not
 * installed, Word and LibreOffice show it in their substitute (README: Word draft).
 *
 * No Node and no DOM here: the command line packs the document into a file, the task pane into a
 * download (documents/ is shared by both shells, and is not the core: it uses the docx library).
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Bulletin } from "../core/bulletin/bulletin";
import type { Language } from "../core/i18n";
import type { Evaluation } from "../core/score/evaluate";
import { xmlSafe } from "../core/text/xml-safe";
import { formatFixed, formatPercent } from "../core/score/format";

/** Millimetres to twentieths of a point, Word's page unit. */
const mm = (x: number) => Math.round((x * 72 * 20) / 25.4);

export const GONGWEN_PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
};
/** The text block is 156 mm wide and 225 mm tall: 22 lines of 28 characters. */
const TEXT_WIDTH = GONGWEN_PAGE.width - GONGWEN_PAGE.margin.left - GONGWEN_PAGE.margin.right;
const LINE_PITCH = Math.floor(
  (GONGWEN_PAGE.height - GONGWEN_PAGE.margin.top - GONGWEN_PAGE.margin.bottom) / 22,
);

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 };

const LATIN = "Times New Roman";
const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
};

function font(eastAsia: string) {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia };
}

function run(text: string, face: string, size = SIZE.body): TextRun {
  return new TextRun({ text: xmlSafe(text), font: font(face), size });
}

/** A line on the 22-line grid: exact spacing, as the standard's 版心 has. */
const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function bodyParagraph(text: string): Paragraph {
  // 首行缩进两字: two 3号 characters.
  return new Paragraph({
    spacing: ON_GRID,
    indent: { firstLine: 2 * 16 * 20 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, FONTS.body)],
  });
}

/** "一、总体情况" in 黑体; "（一）…" in 楷体. */
function headingParagraph(text: string): Paragraph {
  const face = /^（[一二三四五六七八九十]+）/.test(text) ? FONTS.heading2 : FONTS.heading1;
  return new Paragraph({
    spacing: ON_GRID,
    indent: { firstLine: 2 * 16 * 20 },
    keepNext: true,
    children: [run(text, face)],
  });
}

/** A title line, centred, in 方正小标宋简体, on a pitch a little wider than the text's. */
function titleParagraph(text: string, size: number, after: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: Math.round(LINE_PITCH * 1.2), lineRule: LineRuleType.EXACT, before: 0, after },
    children: [run(text, FONTS.title, size)],
  });
}

function blankLine(): Paragraph {
  return new Paragraph({ spacing: ON_GRID, children: [run("", FONTS.body)] });
}

/** "— 1 —", 4号 半角宋体, a space of one character from the outer edge (odd right, even left). */
function pageNumberFooter(side: "odd" | "even"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: 14 * 20 } : { left: 14 * 20 },
        // Three runs: a space at the edge of a run with a field in it is dropped by some readers.
        children: [
          new TextRun({ text: "— ", font: font(FONTS.pageNumber), size: SIZE.pageNumber }),
          new TextRun({
            children: [PageNumber.CURRENT],
            font: font(FONTS.pageNumber),
            size: SIZE.pageNumber,
          }),
          new TextRun({ text: " —", font: font(FONTS.pageNumber), size: SIZE.pageNumber }),
        ],
      }),
    ],
  });
}

function tableCell(text: string, width: number, bold = false, left = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [
          new TextRun({
            text: xmlSafe(text),
            bold,
            font: font(bold ? FONTS.heading1 : FONTS.body),
            size: SIZE.table,
          }),
        ],
      }),
    ],
  });
}

/** The ranked table: rank, unit, the rates, score and grade, every column wide enough for its figures. */
function rankingTable(evaluation: Evaluation, lang: Language): Table {
  const { scheme } = evaluation;
  const measures = scheme.measures.filter((m) => m.kind === "ratio" || m.format === "percent");
  const header = [
    lang === "zh" ? "名次" : "Rank",
    lang === "zh" ? "单位" : "Unit",
    ...measures.map((m) => m.label[lang]),
    ...(scheme.index ? [scheme.index.label[lang]] : []),
    ...(scheme.grades ? [lang === "zh" ? "等级" : "Grade"] : []),
  ];
  // "100.00%" in 五号 needs about 14 mm with the cell's margins; the unit's name takes the rest.
  const rankWidth = mm(12);
  const figureWidth = Math.max(
    mm(17),
    Math.min(
      mm(24),
      Math.floor((TEXT_WIDTH - rankWidth - mm(40)) / Math.max(1, header.length - 2)),
    ),
  );
  const unitWidth = TEXT_WIDTH - rankWidth - figureWidth * (header.length - 2);
  const widths = [rankWidth, unitWidth, ...header.slice(2).map(() => figureWidth)];
  const at = (i: number) => widths[i] ?? figureWidth;
  const rows = evaluation.units.map(
    (u) =>
      new TableRow({
        cantSplit: true,
        children: [
          u.rank === null ? "" : String(u.rank),
          u.unit,
          ...measures.map((m) => {
            const v = u.measures[m.id];
            return v === null || v === undefined
              ? ""
              : m.format === "percent"
                ? formatPercent(v, m.precision)
                : formatFixed(v, m.precision);
          }),
          ...(scheme.index
            ? [u.score === null ? "" : formatFixed(u.score, scheme.index.precision)]
            : []),
          ...(scheme.grades ? [u.grade ?? ""] : []),
        ].map((text, i) => tableCell(text, at(i), false, i === 1)),
      }),
  );
  return new Table({
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => tableCell(h, at(i), true)),
      }),
      ...rows,
    ],
  });
}

function bulletinDocument(bulletin: Bulletin, evaluation: Evaluation, lang: Language): Document {
  const zh = lang === "zh";
  const document = new Document({
    creator: "govrank",
    title: bulletin.title,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: GONGWEN_PAGE.width, height: GONGWEN_PAGE.height },
            margin: GONGWEN_PAGE.margin,
          },
          grid: { linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: [
          // 标题 below the 版头, one blank line, centred; a long one wraps on the grid.
          titleParagraph(bulletin.title, SIZE.title, 0),
          blankLine(),
          ...bulletin.sections.flatMap((s) => [
            headingParagraph(s.heading),
            ...s.paragraphs.map(bodyParagraph),
          ]),
          blankLine(),
          bodyParagraph(bulletin.attachment.line),
          blankLine(),
          // 署名 and 成文日期, to be filled: right-aligned, four characters from the edge.
          ...[
            zh ? "【待填：发文机关】" : "[to fill: issuing office]",
            zh ? "【待填：成文日期】" : "[to fill: date]",
          ].map(
            (text) =>
              new Paragraph({
                spacing: ON_GRID,
                alignment: AlignmentType.RIGHT,
                indent: { right: 4 * 16 * 20 },
                children: [run(text, FONTS.body)],
              }),
          ),
          // 附件 on pages of its own: "附件" at the top left in 黑体, its title centred.
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({
            spacing: ON_GRID,
            children: [run(zh ? "附件" : "Attachment", FONTS.heading1)],
          }),
          titleParagraph(bulletin.attachment.title, SIZE.title - 8, 200),
          rankingTable(evaluation, lang),
        ],
      },
    ],
  });
  return document;
}

/** The document as the bytes of a .docx file: the command line writes them, the pane offers them. */
export async function bulletinDocx(
  bulletin: Bulletin,
  evaluation: Evaluation,
  lang: Language,
): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await Packer.toBlob(bulletinDocument(bulletin, evaluation, lang));
  return new Uint8Array(await blob.arrayBuffer());
}
