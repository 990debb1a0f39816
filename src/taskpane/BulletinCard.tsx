import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Language } from "./locale";
import { stringsFor } from "./strings";
import { useFitWidth } from "./use-fit-width";

/** The bulletin draft, to read and copy into the clerk's document. */
export function BulletinCard({ text, language }: { text: string; language: Language }) {
  const s = stringsFor(language);
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const { fit } = useFitWidth();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Some Office hosts block the clipboard API in the pane's frame: copy the old way.
      area.current?.select();
      document.execCommand("copy");
    }
    setCopied(true);
  };
  return (
    <>
      <Field label={s.bulletinLabel}>
        <Textarea className={fit} ref={area} readOnly value={text} rows={12} resize="vertical" />
      </Field>
      <Button onClick={() => void copy()}>{s.copyBulletin}</Button>
      {copied ? <Text role="status">{s.copied}</Text> : null}
    </>
  );
}
