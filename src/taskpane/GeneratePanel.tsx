import {
  Button,
  Caption1,
  Card,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import { withoutOwnCell } from "../core/problem-groups";
import { gradeCountsText } from "../core/score/overall-words";
import { BulletinCard } from "./BulletinCard";
import { quoteSheetName } from "../core/table/address";
import type { Language } from "./locale";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

/** 5 — the button, the stages as it works, then what was written (or why nothing was). */
export function GeneratePanel({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const units = model.run?.evaluation?.units.length ?? 0;
  const { progress, result, generateError } = model;
  const reading = model.run?.reading;
  // Detection could not decide and she has not chosen: ask before writing anything.
  const undecided = reading?.detected === true && reading.confidence === "unsure";
  // Before any table is read the first screen says what to do; a disabled button adds nothing.
  if (!model.source && !result) return null;
  return (
    <Section id="generate" title={s.generateHeading}>
      <Button
        appearance="primary"
        disabled={units === 0 || undecided || progress !== undefined}
        onClick={() => void model.generate()}
      >
        {s.generate}
      </Button>
      {undecided ? <Text>{s.chooseSchemeFirst}</Text> : null}
      {progress ? (
        <Field validationMessage={s.stages[progress.stage]} validationState="none">
          <ProgressBar
            aria-label={s.stages[progress.stage]}
            value={
              progress.stage === "reading" || progress.stage === "computing"
                ? undefined
                : progress.fraction
            }
          />
        </Field>
      ) : null}
      {generateError ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {generateError[language]}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? (
        <Card role="status" aria-label={s.resultHeading}>
          <Text weight="semibold">{s.resultHeading}</Text>
          <Text>{s.resultUnits(result.run.evaluation.overall.scoredCount)}</Text>
          {result.run.evaluation.overall.grades.length > 0 ? (
            <Text>
              {s.resultGrades}：{gradeCountsText(result.run.evaluation.overall.grades, language)}
            </Text>
          ) : null}
          <Text>
            {s.resultWarnings(
              result.run.evaluation.problems.filter((p) => p.severity !== "info").length,
            )}
          </Text>
          {result.run.evaluation.excluded.length ? (
            <LeftOut result={result} language={language} goTo={model.goTo} />
          ) : null}
          <Text>{s.resultSheets}：</Text>
          <ul style={{ margin: 0 }}>
            {result.outcome.sheets.map((name) => (
              <li key={name}>
                <Link as="button" onClick={() => model.goTo(`${quoteSheetName(name)}!A1`)}>
                  {name}
                </Link>
              </li>
            ))}
          </ul>
          <Caption1>{result.outcome.undoable ? s.resultUndo : s.resultNoUndo}</Caption1>
        </Card>
      ) : null}
      {result ? (
        <BulletinCard
          language={language}
          output={model.settings.lang ?? language}
          result={result}
        />
      ) : null}
    </Section>
  );
}

/** Every unit not ranked, by name, with why and a link to its row: none is left out unseen. */
function LeftOut({
  result,
  language,
  goTo,
}: {
  result: NonNullable<PaneModel["result"]>;
  language: Language;
  goTo: (address: string) => void;
}) {
  const s = stringsFor(language);
  const { excluded, problems } = result.run.evaluation;
  return (
    <>
      <Text weight="semibold">{s.leftOutHeading(excluded.length)}</Text>
      <ul style={{ margin: 0 }} data-testid="left-out">
        {excluded.map((e, i) => {
          const first = problems.find((p) => p.unit === e.unit && p.severity === "error");
          const why =
            e.reason === "no-tickets"
              ? s.leftOutNoTickets
              : first
                ? withoutOwnCell(first.message, first.cell)[language]
                : s.leftOutInvalid;
          return (
            <li key={i}>
              <Link as="button" onClick={() => goTo(first?.cell ?? e.cell)}>
                {e.unit}
              </Link>
              ：{why}
            </li>
          );
        })}
      </ul>
    </>
  );
}
