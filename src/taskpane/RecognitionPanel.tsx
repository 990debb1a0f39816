import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { matchReason } from "../core/schemes/detect";
import { columnLetters } from "../core/table/address";
import { ColumnPicker } from "./ColumnPicker";
import { LogPanel } from "./LogPanel";
import type { Language } from "./locale";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import { useOpenWhile } from "./use-open-while";
import type { PaneModel } from "./use-pane-model";

const DATA_KINDS = new Set(["unit", "group", "count", "rate", "value", "aux"]);

/**
 * 2 — the scheme govrank recognised and how sure it is (asking when it is not), the column for
 * each field (folded away once every required one is found), and the doubts, grouped.
 */
export function RecognitionPanel({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const { run, scheme } = model;
  const reading = run?.reading;
  const left = model.source?.grid.left ?? 0;
  const columns = reading?.blocks[0]?.columns ?? {};
  const fields = scheme?.fields.filter((f) => DATA_KINDS.has(f.kind)) ?? [];
  const printed = scheme?.fields.filter((f) => f.kind === "printed") ?? [];
  const missing = fields.filter((f) => f.required && columns[f.id] === undefined).length;
  // Open while a required column is missing, unless she closed it; folded once all are found.
  const [mappingOpen, setMappingOpen] = useOpenWhile(missing > 0);
  if (!run || !scheme || !reading) return null;
  // A ticket log has no columns to map: what was counted, and how, instead.
  if (run.tickets) return <LogPanel model={model} language={language} tickets={run.tickets} />;
  const headers = reading.columnHeaders;
  const picker = (id: string, label: string, required: boolean | undefined) => {
    const column = columns[id];
    return (
      <ColumnPicker
        key={id}
        label={s.mappingLabel(label)}
        tag={required ? s.requiredTag : s.optionalTag}
        required={required === true}
        headers={headers}
        left={left}
        current={column === undefined ? undefined : columnLetters(left + column)}
        noneText={s.mappingNone}
        onPick={(letter) => model.setMapping(id, letter ?? "")}
      />
    );
  };
  const unsure = reading.detected && reading.confidence === "unsure";
  // The question below says what scheme-uncertain says, and asks: not again in the list.
  const problems = (run.evaluation?.problems ?? reading.problems).filter(
    (p) => !(unsure && p.code === "scheme-uncertain"),
  );
  return (
    <Section id="recognition" title={s.recognitionHeading}>
      <Text>
        {reading.detected ? s.schemeDetected : s.schemeChosen}
        <strong>{scheme.name[language]}</strong>{" "}
        {reading.detected ? (
          <Badge appearance="tint" color={unsure ? "warning" : "brand"}>
            {`${s.detectedTag} · ${s.confidence[reading.confidence]}`}
          </Badge>
        ) : null}
      </Text>
      {unsure ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.unsureTitle}</MessageBarTitle>
            <Text block>{s.unsureAsk}</Text>
            <RadioGroup
              aria-label={s.unsureAsk}
              // Nothing ticked: she confirms even the first candidate by choosing it.
              value=""
              onChange={(_e, data) => model.chooseScheme(data.value)}
            >
              {reading.candidates.slice(0, 3).map((m) => (
                <Radio
                  key={m.scheme.id}
                  value={m.scheme.id}
                  label={`${m.scheme.name[language]}（${matchReason(m)[language]}）`}
                />
              ))}
            </RadioGroup>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Accordion
        collapsible
        multiple
        openItems={mappingOpen ? ["mapping"] : []}
        onToggle={(_e, data) => setMappingOpen(data.openItems.includes("mapping"))}
      >
        <AccordionItem value="mapping">
          <AccordionHeader size="small">
            {s.mappingSummary(Object.keys(columns).length, missing)}
          </AccordionHeader>
          <AccordionPanel>
            {fields.map((f) => picker(f.id, f.label[language], f.required))}
            {printed.length ? <Text size={200}>{s.printedHeading}</Text> : null}
            {printed.map((f) => picker(f.id, f.label[language], false))}
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
