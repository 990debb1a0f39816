import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useFitWidth } from "./use-fit-width";

/**
 * A number the clerk types: kept as text while being edited, passed on only when it is a valid
 * number (full-width digits accepted), with the reason shown in place otherwise.
 */
export function NumberField(props: {
  label: string;
  hint?: string | undefined;
  value: number;
  invalidText: string;
  accept?: (n: number) => boolean;
  onValue: (n: number) => void;
}) {
  const { label, hint, value, invalidText, accept, onValue } = props;
  const { fit } = useFitWidth();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The value changed from outside (restore defaults, another scheme): show it.
  if (shown !== value) {
    setShown(value);
    if (Number(text.normalize("NFKC").trim()) !== value) setText(String(value));
  }
  const n = Number(text.normalize("NFKC").trim());
  const valid = text.trim() !== "" && Number.isFinite(n) && (accept ? accept(n) : true);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : invalidText}
    >
      <Input
        className={fit}
        inputMode="decimal"
        value={text}
        onChange={(_e, data) => {
          setText(data.value);
          const next = Number(data.value.normalize("NFKC").trim());
          if (data.value.trim() !== "" && Number.isFinite(next) && (accept ? accept(next) : true)) {
            setShown(next);
            onValue(next);
          }
        }}
      />
    </Field>
  );
}
