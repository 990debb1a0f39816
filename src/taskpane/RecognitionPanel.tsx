import {
  Badge,
  Dropdown,
  Field,
  Link,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../core/table/address";
import type { Language } from "./locale";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

const SHOWN_PROBLEMS = 30;
const MAPPED_KINDS = new Set(["unit", "group", "count", "rate", "value", "printed", "aux"]);

const useStyles = makeStyles({
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  problem: { marginBottom: tokens.spacingVerticalXS },
});

/** 2 — the scheme govrank recognised, the column for each field (correctable), the doubts. */
export function RecognitionPanel({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const styles = useStyles();
  const { run, scheme } = model;
  if (!run || !scheme) return null;
  const reading = run.reading;
  const headers = reading.columnHeaders;
  // Letters as on the sheet: the mapping names columns the way the clerk sees them.
  const left = model.source?.grid.left ?? 0;
  const choices = headers.map((h, i) => ({
    value: columnLetters(left + i),
    text: `${columnLetters(left + i)} ${h}`,
  }));
  const fields = scheme.fields.filter((f) => MAPPED_KINDS.has(f.kind));
  const columns = reading.blocks[0]?.columns ?? {};
  const problems = [...(run.evaluation?.problems ?? reading.problems)].sort(
    (a, b) =>
      ["error", "warning", "info"].indexOf(a.severity) -
      ["error", "warning", "info"].indexOf(b.severity),
  );
  return (
    <Section id="recognition" title={s.recognitionHeading}>
      <Text>
        {reading.detected ? s.schemeDetected : s.schemeChosen}：
        <strong>{scheme.name[language]}</strong>{" "}
        {reading.detected ? <Badge appearance="tint">{s.detectedTag}</Badge> : null}
      </Text>
      <Text weight="semibold">{s.mappingHeading}</Text>
      {fields.map((field) => {
        const column = columns[field.id];
        const current = column === undefined ? "" : columnLetters(left + column);
        const label = field.label[language];
        return (
          <Field key={field.id} label={s.mappingLabel(label)} orientation="horizontal">
            <Dropdown
              aria-label={s.mappingLabel(label)}
              value={column === undefined ? s.mappingNone : (choices[column]?.text ?? current)}
              selectedOptions={[current]}
              onOptionSelect={(_e, data) => model.setMapping(field.id, data.optionValue ?? "")}
            >
              <Option value="">{s.mappingNone}</Option>
              {choices.map((c) => (
                <Option key={c.value} value={c.value}>
                  {c.text}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <Text weight="semibold">
        {problems.length ? s.problemsHeading(problems.length) : s.noProblems}
      </Text>
      {problems.length > 0 ? (
        <ul className={styles.problems} aria-label={s.problemsHeading(problems.length)}>
          {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
            <li key={i} className={styles.problem}>
              <Badge
                appearance="outline"
                color={
                  p.severity === "error"
                    ? "danger"
                    : p.severity === "warning"
                      ? "warning"
                      : "informative"
                }
              >
                {s.severity[p.severity]}
              </Badge>{" "}
              {p.cell ? (
                <Link
                  as="button"
                  onClick={() => model.goTo(p.cell ?? "")}
                  aria-label={s.goToCell(p.cell)}
                >
                  {p.cell}
                </Link>
              ) : null}{" "}
              <Text>{p.message[language]}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length > SHOWN_PROBLEMS ? (
        <Text>{s.moreProblems(problems.length - SHOWN_PROBLEMS)}</Text>
      ) : null}
    </Section>
  );
}
