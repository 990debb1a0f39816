import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "./locale";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

const useStyles = makeStyles({
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * The first screen, before any table is read: what to select, the three steps, and a sample table
 * to try — with what went wrong reading the selection, if anything did.
 */
export function StartCard({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const styles = useStyles();
  if (model.source || model.reading) return null;
  return (
    <Card aria-labelledby="start-heading">
      <Text as="h2" weight="semibold" id="start-heading">
        {s.startHeading}
      </Text>
      {model.readError ? <Text role="alert">{model.readError[language]}</Text> : null}
      <Text>{s.sourceNone}</Text>
      <ol className={styles.steps}>
        {s.startSteps.map((step) => (
          <li key={step}>
            <Text>{step}</Text>
          </li>
        ))}
      </ol>
      <Text size={200}>{s.sampleHint}</Text>
      <Button onClick={() => void model.insertSample()}>{s.insertSample}</Button>
    </Card>
  );
}
