/**
 * `govrank bulletin <in.xlsx> [--previous prev.xlsx] [--docx out.docx]`: the bulletin draft from a
 * table, compared with last period's when given — plain text on standard output, and a Word
 * document with the ranked table when asked.
 */
import { parseArgs } from "node:util";
import { bulletinText } from "../core/bulletin/bulletin";
import { prepareFromFile } from "./prepare-from-file";
import { PREVIOUS_OPTIONS } from "./previous-period";
import { refuseOverwritingInputs, runCommand, writeAtomically } from "./run-command";
import { inputSource } from "./ticket-options";
import { requestFromFlags, SCORING_HELP, SCORING_OPTIONS, UsageError } from "./scoring-options";
import { packageVersion } from "./version";
import { EXIT_BAD_INPUT, EXIT_OK, type Streams } from "./streams";

export const BULLETIN_HELP = `govrank bulletin <文件.xlsx|文件.csv> [选项]
  按计算结果起草通报（总体情况、办理或发文情况、群众满意情况、综合评价情况、红黑榜、下一步工作、数据说明），可与上期比较。
  Drafts the bulletin from the results, optionally compared with the previous period.

  --previous FILE              上期的表格或 govrank 生成的工作簿 last period's table or govrank workbook
  --previous-sheet NAME        上期文件中的工作表（默认自动寻找）the sheet in it (default: found)
  --previous-map FIELD=HEADER  上期表头不同时指定上期的列（可重复）last period's column where its headers differ
  --rename 旧名=新名           单位更名（可重复）a unit's old and new name (repeatable)
  --basis yoy|mom              同比（yoy）或环比（mom），默认“较上期” year on year or on the previous period
  --docx FILE.docx             另存为 Word 文档（含排名表）also write a Word document with the ranking
  --board N                    红黑榜列出前/后N名（默认 5）units named at the top and bottom of the 红黑榜
  --title TEXT                 报告标题（通报标题由它而来，默认取表格标题行）the report's title
${SCORING_HELP}`;

export async function bulletinCommand(args: readonly string[], io: Streams): Promise<number> {
  return runCommand("bulletin", BULLETIN_HELP, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...SCORING_OPTIONS,
        ...PREVIOUS_OPTIONS,
        docx: { type: "string" },
        title: { type: "string" },
        board: { type: "string" },
      },
    });
    if (values.help) {
      io.stdout.write(BULLETIN_HELP);
      return EXIT_OK;
    }
    const source = inputSource(positionals, values);
    const file = source.file;
    if (values.docx !== undefined && !/\.docx$/i.test(values.docx))
      throw new UsageError(`--docx 的文件应以 .docx 结尾（收到 "${values.docx}"）。`);
    if (values.docx !== undefined)
      await refuseOverwritingInputs(values.docx, [file, values.previous, values["scheme-file"]]);
    const scoring = await requestFromFlags(values);
    if (!scoring.ok) {
      for (const p of scoring.problems) io.stderr.write(`govrank bulletin: ${p}\n`);
      return EXIT_BAD_INPUT;
    }
    const { lang } = scoring;
    const run = await prepareFromFile(source, scoring, io, {
      generatedAt: new Date().toISOString(),
      timeZoneOffset: -new Date().getTimezoneOffset(),
      generator: `govrank ${packageVersion()}`,
    });
    if (!run) return EXIT_BAD_INPUT;
    const { bulletin } = run;
    const evaluation = run.run.evaluation;
    io.stdout.write(bulletinText(bulletin));
    if (values.docx !== undefined) {
      const output = values.docx;
      // docx is loaded only when a Word document is asked for.
      const { bulletinDocx } = await import("../documents/bulletin-docx");
      const bytes = await bulletinDocx(bulletin, evaluation, lang);
      writeAtomically(output, bytes);
      io.stderr.write(lang === "zh" ? `已生成：${output}\n` : `Written: ${output}\n`);
    }
    return EXIT_OK;
  });
}
