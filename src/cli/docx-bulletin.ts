/**
 * The bulletin draft as a Word document: the title, the sections, then the ranked table (rank,
 * unit, the key figures, score and grade), in fonts a Chinese Word install has.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Bulletin } from "../core/bulletin/bulletin";
import type { Language } from "../core/i18n";
import type { Evaluation } from "../core/score/evaluate";
import { xmlSafe } from "../core/text/xml-safe";
import { formatFixed, formatPercent } from "../core/score/format";

const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun" };

function run(text: string, bold = false): TextRun {
  return new TextRun({ text: xmlSafe(text), bold, font: FONT, size: 24 });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [run(text, bold)] })] });
}

export async function bulletinDocx(
  bulletin: Bulletin,
  evaluation: Evaluation,
  lang: Language,
): Promise<Uint8Array> {
  const { scheme } = evaluation;
  const measures = scheme.measures.filter((m) => m.kind === "ratio" || m.format === "percent");
  const header = [
    lang === "zh" ? "名次" : "Rank",
    lang === "zh" ? "单位" : "Unit",
    ...measures.map((m) => m.label[lang]),
    ...(scheme.index ? [scheme.index.label[lang]] : []),
    ...(scheme.grades ? [lang === "zh" ? "等级" : "Grade"] : []),
  ];
  const rows = evaluation.units.map(
    (u) =>
      new TableRow({
        children: [
          cell(u.rank === null ? "" : String(u.rank)),
          cell(u.unit),
          ...measures.map((m) => {
            const v = u.measures[m.id];
            return cell(
              v === null || v === undefined
                ? ""
                : m.format === "percent"
                  ? formatPercent(v, m.precision)
                  : formatFixed(v, m.precision),
            );
          }),
          ...(scheme.index
            ? [cell(u.score === null ? "" : formatFixed(u.score, scheme.index.precision))]
            : []),
          ...(scheme.grades ? [cell(u.grade ?? "")] : []),
        ],
      }),
  );
  const document = new Document({
    creator: "govrank",
    title: bulletin.title,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: xmlSafe(bulletin.title), bold: true, font: FONT, size: 36 }),
            ],
          }),
          ...bulletin.sections.flatMap((s) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(s.heading, true)] }),
            ...s.paragraphs.map(
              (p) => new Paragraph({ indent: { firstLine: 480 }, children: [run(p)] }),
            ),
          ]),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [run(lang === "zh" ? "附：排名表" : "Annex: ranking", true)],
          }),
          new Table({
            // Twips on an A4 page's text width: room for a unit's whole name on one line.
            columnWidths: [
              700,
              2800,
              ...header.slice(2).map(() => Math.floor(5600 / Math.max(1, header.length - 2))),
            ],
            layout: TableLayoutType.FIXED,
            width: { size: 9100, type: WidthType.DXA },
            rows: [
              new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
              ...rows,
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
