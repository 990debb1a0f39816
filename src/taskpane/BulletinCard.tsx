import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Generated } from "../app/generate-report";
import { bulletinText } from "../core/bulletin/bulletin";
import { rankingPicture } from "../core/report/ranking-picture";
import { periodLabel } from "../core/table/period";
import { saveFile, svgToPng } from "./download";
import type { Language } from "./locale";
import { stringsFor } from "./strings";
import { useFitWidth } from "./use-fit-width";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A file name without what Windows refuses in one. */
function fileName(title: string, extension: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, "").slice(0, 80) || "govrank"}.${extension}`;
}

/**
 * The bulletin draft, to read and copy into the clerk's document, and to download as a Word file
 * in 公文 layout or as a picture of the ranking where the host allows downloads (the copy always
 * works).
 */
export function BulletinCard({
  result,
  language,
  output,
}: {
  result: Generated;
  /** The pane's language. */
  language: Language;
  /** The report's language (the draft's), which the Word file and the picture are in. */
  output: Language;
}) {
  const s = stringsFor(language);
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<string>();
  const { fit } = useFitWidth();
  const { bulletin } = result;
  const text = bulletinText(bulletin);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Some Office hosts block the clipboard API in the pane's frame: copy the old way.
      area.current?.select();
      document.execCommand("copy");
    }
    setStatus(s.copied);
  };
  const download = async (what: "word" | "picture") => {
    try {
      if (what === "word") {
        // The Word writer is loaded when it is asked for: most runs never need it.
        const { bulletinDocx } = await import("../documents/bulletin-docx");
        const bytes = await bulletinDocx(bulletin, result.run.evaluation, output);
        const blob = new Blob([bytes], {
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        });
        saveFile(blob, fileName(bulletin.title, "docx"));
      } else {
        const period = result.run.reading.period;
        const svg = rankingPicture(result.run.evaluation, {
          title: bulletin.subject,
          period: period ? periodLabel(period, output) : undefined,
          lang: output,
        });
        saveFile(await svgToPng(svg), fileName(bulletin.title, "png"));
      }
      setStatus(s.downloaded);
    } catch {
      setStatus(s.downloadFailed);
    }
  };
  return (
    <>
      <Field label={s.bulletinLabel}>
        <Textarea className={fit} ref={area} readOnly value={text} rows={12} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void copy()}>{s.copyBulletin}</Button>
        <Button onClick={() => void download("word")}>{s.downloadWord}</Button>
        <Button onClick={() => void download("picture")}>{s.downloadPicture}</Button>
      </div>
      {status ? <Text role="status">{status}</Text> : null}
    </>
  );
}
