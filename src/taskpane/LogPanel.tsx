import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { formatPercent } from "../core/score/format";
import { BUILTIN_TICKET_RULES } from "../core/tickets/builtin-rules";
import { headlineRows } from "../core/tickets/headline-rows";
import type { TicketRun } from "../core/tickets/ticket-run";
import type { Language } from "./locale";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import { useFitWidth } from "./use-fit-width";
import type { PaneModel } from "./use-pane-model";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day she types or picks: passed on when it is a day or blank, the reason shown otherwise. */
function DayField(props: {
  label: string;
  hint: string;
  invalid: string;
  value: string | undefined;
  onValue: (day: string | undefined) => void;
}) {
  const { fit } = useFitWidth();
  const [text, setText] = useState(props.value ?? "");
  const valid = text.trim() === "" || DAY.test(text.trim());
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : props.invalid}
    >
      <Input
        className={fit}
        type="date"
        value={text}
        onChange={(_e, data) => {
          setText(data.value);
          const t = data.value.trim();
          if (t === "" || DAY.test(t)) props.onValue(t === "" ? undefined : t);
        }}
      />
    </Field>
  );
}

function figureLines(tickets: TicketRun, language: Language): string[] {
  const all = tickets.headline.all;
  const rate = (r: number | null | undefined) =>
    r === null || r === undefined ? "" : `（${formatPercent(r, 2)}）`;
  return [
    ...headlineRows(all, tickets.resolved.rules, language).map(
      (r) => `${r.label} ${r.count}${rate(r.rate)}`,
    ),
    ...all.categories.slice(0, 3).map((c, i) => `NO.${i + 1} ${c.name} ${c.count}${rate(c.share)}`),
  ];
}

/**
 * 2 — for a ticket or message log: what was recognised and counted, the personal columns left
 * unread, the counting rules and the period's days (kept per sheet like every setting), the
 * opening figures, and a unit's tickets shown in the log with Excel's filter.
 */
export function LogPanel({
  model,
  language,
  tickets,
}: {
  model: PaneModel;
  language: Language;
  tickets: TicketRun;
}) {
  const s = stringsFor(language);
  const { fit } = useFitWidth();
  const [unit, setUnit] = useState<string>();
  const [shown, setShown] = useState<number>();
  const settings = model.settings.tickets;
  const setTickets = (patch: Partial<NonNullable<typeof settings>>) =>
    model.update({ tickets: { previousFigures: {}, ...settings, ...patch } });
  const rules = tickets.resolved.rules;
  const candidates = BUILTIN_TICKET_RULES.filter((r) => r.kind === rules.kind);
  const traced = tickets.table.rows
    .map((r) => r.unit)
    .filter((u) => tickets.tally.trace.some((t) => t.unit === u && t.ids.length > 0));
  const idsFor = (u: string | undefined) =>
    new Set(tickets.tally.trace.filter((t) => t.unit === u).flatMap((t) => t.ids)).size;
  const problems = model.run?.evaluation?.problems ?? [];
  return (
    <Section id="recognition" title={s.logHeading}>
      <Text data-testid="log-recognised">
        {s.logRecognised(
          rules.kind,
          rules.name[language],
          tickets.tally.rows,
          tickets.table.rows.length,
        )}
      </Text>
      {tickets.layout.personal.length ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {s.logPersonal(
              tickets.layout.personal.map((p) => p.header).join(language === "zh" ? "、" : ", "),
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {tickets.warnings.map((w) => (
        <MessageBar key={w.zh} intent="warning">
          <MessageBarBody>{w[language]}</MessageBarBody>
        </MessageBar>
      ))}
      <Field label={s.logRules}>
        <Dropdown
          className={fit}
          value={rules.name[language]}
          selectedOptions={[rules.id]}
          onOptionSelect={(_e, data) =>
            data.optionValue && setTickets({ rulesId: data.optionValue, customRules: undefined })
          }
        >
          {candidates.map((r) => (
            <Option key={r.id} value={r.id}>
              {r.name[language]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <DayField
        label={s.logFrom}
        hint={s.logDayHint}
        invalid={s.logDayInvalid}
        value={settings?.from}
        onValue={(from) => setTickets({ from })}
      />
      <DayField
        label={s.logTo}
        hint={s.logDayHint}
        invalid={s.logDayInvalid}
        value={settings?.to}
        onValue={(to) => setTickets({ to })}
      />
      <DayField
        label={s.logCutoff}
        hint={s.logDayHint}
        invalid={s.logDayInvalid}
        value={settings?.cutoff}
        onValue={(cutoff) => setTickets({ cutoff })}
      />
      <Accordion collapsible multiple>
        <AccordionItem value="figures">
          <AccordionHeader size="small">{s.logFigures}</AccordionHeader>
          <AccordionPanel>
            {figureLines(tickets, language).map((line) => (
              <Text block key={line}>
                {line}
              </Text>
            ))}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="columns">
          <AccordionHeader size="small">
            {s.logColumns(tickets.layout.roles.length)}
          </AccordionHeader>
          <AccordionPanel>
            <Text>
              {tickets.layout.roles.map((r) => r.header).join(language === "zh" ? "、" : ", ")}
            </Text>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="trace">
          <AccordionHeader size="small">{s.logTrace}</AccordionHeader>
          <AccordionPanel>
            <Field label={s.logTraceUnit}>
              <Dropdown
                className={fit}
                value={unit ?? ""}
                selectedOptions={unit ? [unit] : []}
                onOptionSelect={(_e, data) => {
                  setUnit(data.optionValue);
                  setShown(undefined);
                }}
              >
                {traced.map((u) => (
                  <Option key={u} value={u}>
                    {u}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {unit ? (
              <Button onClick={() => void model.showTickets(unit).then(setShown)}>
                {s.logTraceShow(idsFor(unit))}
              </Button>
            ) : traced.length === 0 ? (
              <Text>{s.logTraceNone}</Text>
            ) : null}
            {shown !== undefined ? <Text block>{s.logTraceShown(shown)}</Text> : null}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {problems.length ? (
        <ProblemList problems={problems} language={language} goTo={model.goTo} />
      ) : (
        <Text>{s.noProblems}</Text>
      )}
    </Section>
  );
}
