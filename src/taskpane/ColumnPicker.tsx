import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { columnLetters } from "../core/table/address";
import { useFitWidth } from "./use-fit-width";

const useStyles = makeStyles({
  listbox: { maxWidth: "calc(100vw - 24px)" },
  option: { overflowWrap: "anywhere" },
});

/**
 * Which column of the table a field is in: the columns as the clerk sees them ("G 退回件数"), or
 * none. Required fields carry the pane's mark; optional ones say so.
 */
export function ColumnPicker(props: {
  label: string;
  tag: string;
  required: boolean;
  headers: readonly string[];
  /** The sheet column of headers[0]. */
  left: number;
  /** The letter of the column in use, if any. */
  current: string | undefined;
  noneText: string;
  onPick: (letter: string | undefined) => void;
}) {
  const styles = useStyles();
  const { fit } = useFitWidth();
  const { label, tag, required, headers, left, current, noneText, onPick } = props;
  const choices = headers.map((h, i) => ({
    value: columnLetters(left + i),
    text: `${columnLetters(left + i)} ${h}`.trim(),
  }));
  const shown = choices.find((c) => c.value === current)?.text ?? current ?? noneText;
  return (
    <Field label={`${label}（${tag}）`} required={required}>
      <Dropdown
        className={fit}
        listbox={{ className: styles.listbox }}
        aria-label={label}
        value={shown}
        selectedOptions={[current ?? ""]}
        onOptionSelect={(_e, data) => onPick(data.optionValue ? data.optionValue : undefined)}
      >
        <Option value="">{noneText}</Option>
        {choices.map((c) => (
          <Option key={c.value} value={c.value} className={styles.option}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
