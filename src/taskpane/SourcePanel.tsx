import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { Language } from "./locale";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

/** 1 — which table govrank is looking at, and a button to take the current selection. */
export function SourcePanel({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const { source, run } = model;
  if (!source && !model.reading) return null;
  const range = source ? source.address.slice(source.address.lastIndexOf("!") + 1) : "";
  return (
    <Section id="source" title={s.sourceHeading}>
      {model.readProgress ? (
        // A long read (a ticket log): how far, and a way to stop it.
        <div>
          <ProgressBar
            value={model.readProgress.rows / Math.max(model.readProgress.total, 1)}
            aria-label={s.readingRows(model.readProgress.rows, model.readProgress.total)}
          />
          <Text block>{s.readingRows(model.readProgress.rows, model.readProgress.total)}</Text>
          <Button onClick={model.cancelRead}>{s.cancelReading}</Button>
        </div>
      ) : null}
      {model.reading && !source ? (
        model.readProgress ? null : (
          <Spinner size="tiny" labelPosition="after" label={s.sourceReading} />
        )
      ) : source ? (
        <dl style={{ margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", gap: "2px 8px" }}>
          <dt>
            <Caption1>{s.sourceSheet}</Caption1>
          </dt>
          <dd style={{ margin: 0, overflowWrap: "anywhere" }}>
            <Text>{source.grid.sheet}</Text>
          </dd>
          <dt>
            <Caption1>{s.sourceAddress}</Caption1>
          </dt>
          <dd style={{ margin: 0 }}>
            <Text>{range}</Text> <Caption1>（{s.sourceFoundBy[source.foundBy]}）</Caption1>
          </dd>
          {run?.tickets ? (
            <>
              <dt>
                <Caption1>{s.sourceTickets}</Caption1>
              </dt>
              <dd style={{ margin: 0 }}>
                <Text data-testid="ticket-count">{run.tickets.tally.rows}</Text>
              </dd>
            </>
          ) : null}
          <dt>
            <Caption1>{s.sourceUnits}</Caption1>
          </dt>
          <dd style={{ margin: 0 }}>
            <Text data-testid="unit-count">{run?.reading.rows.length ?? 0}</Text>
          </dd>
        </dl>
      ) : null}
      {source && model.readError ? (
        // The selection could not be read, but the table she works on is kept: say both.
        <MessageBar intent="info">
          <MessageBarBody>
            {model.readError[language]} {s.keptNote(range)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Button onClick={() => void model.readSelection()} disabled={model.reading}>
        {s.useSelection}
      </Button>
    </Section>
  );
}
