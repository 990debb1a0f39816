import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { periodLabel } from "../core/table/period";
import type { Language } from "./locale";
import { NumberField } from "./NumberField";
import { PreviousCheck } from "./PreviousCheck";
import { useFitWidth } from "./use-fit-width";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * 4 — title and period (from the table's title row), last period (checked when picked), and,
 * folded, the basis of comparison, renamed units, output language, formulas and charts.
 */
export function OptionsPanel({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const styles = useStyles();
  const { fit } = useFitWidth();
  const { settings, run } = model;
  if (!run?.reading.scheme) return null;
  const output = settings.lang ?? language;
  const period = run.reading.period;
  const overall = run.evaluation?.overall;
  const inTable = overall ? overall.scoredCount + overall.noTicketCount + overall.invalidCount : 0;
  return (
    <Section id="options" title={s.optionsHeading}>
      <Field label={s.reportTitle}>
        <Input
          className={fit}
          value={settings.title ?? run.reading.title ?? ""}
          onChange={(_e, data) => model.update({ title: data.value })}
        />
      </Field>
      <Text>
        {s.period}：{period ? periodLabel(period, output) : s.periodUnknown}
      </Text>
      {overall && overall.grades.length > 0 ? (
        <NumberField
          label={s.populationLabel}
          hint={s.populationHint(inTable)}
          value={settings.population ?? inTable}
          invalidText={s.populationInvalid(inTable)}
          accept={(n) => Number.isInteger(n) && n >= inTable}
          onValue={(population) => model.update({ population })}
        />
      ) : null}
      <Field label={s.previousLabel} hint={s.previousHint}>
        <Dropdown
          className={fit}
          value={settings.previousSheet ?? s.previousNone}
          selectedOptions={[settings.previousSheet ?? ""]}
          onOptionSelect={(_e, data) =>
            model.update({ previousSheet: data.optionValue ? data.optionValue : undefined })
          }
        >
          <Option value="">{s.previousNone}</Option>
          {model.sheets
            .filter((name) => name !== model.source?.grid.sheet)
            .map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
        </Dropdown>
      </Field>
      <PreviousCheck model={model} language={language} />
      <Accordion collapsible>
        <AccordionItem value="more">
          <AccordionHeader size="small">{s.moreOptionsHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {settings.previousSheet ? (
              <Field label={s.basisLabel}>
                <RadioGroup
                  layout="horizontal"
                  value={settings.basis ?? ""}
                  onChange={(_e, data) =>
                    model.update({
                      basis: data.value === "yoy" || data.value === "mom" ? data.value : undefined,
                    })
                  }
                >
                  <Radio value="" label={s.basisPrevious} />
                  <Radio value="mom" label={s.basisMom} />
                  <Radio value="yoy" label={s.basisYoy} />
                </RadioGroup>
              </Field>
            ) : null}
            {settings.previousSheet ? (
              <Field label={s.renamesLabel} hint={s.renamesHint}>
                <Textarea
                  className={fit}
                  key={settings.previousSheet}
                  defaultValue={Object.entries(settings.renames)
                    .map(([from, to]) => `${from}=${to}`)
                    .join("\n")}
                  onBlur={(event) => model.update({ renames: parseRenames(event.target.value) })}
                />
              </Field>
            ) : null}
            <NumberField
              label={s.boardLabel}
              value={settings.board ?? 5}
              invalidText={s.topInvalid}
              accept={(n) => Number.isInteger(n) && n > 0}
              onValue={(board) => model.update({ board })}
            />
            <Field label={s.outputLanguage}>
              <RadioGroup
                layout="horizontal"
                value={output}
                onChange={(_e, data) => model.update({ lang: data.value === "en" ? "en" : "zh" })}
              >
                <Radio value="zh" label={s.languageZh} />
                <Radio value="en" label={s.languageEn} />
              </RadioGroup>
            </Field>
            <Switch
              label={s.liveFormulas}
              checked={settings.liveFormulas}
              onChange={(_e, data) => model.update({ liveFormulas: data.checked })}
            />
            <Switch
              label={s.charts}
              checked={settings.charts}
              onChange={(_e, data) => model.update({ charts: data.checked })}
            />
            <Switch
              label={s.analysis}
              checked={settings.analysis}
              onChange={(_e, data) => model.update({ analysis: data.checked })}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Section>
  );
}

/** "旧名=新名" a line → { 旧名: 新名 }; lines without both names are left out. */
export function parseRenames(text: string): Record<string, string> {
  const renames: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const [from, to] = line.split(/[=＝]/, 2).map((part) => part.trim());
    if (from && to) renames[from] = to;
  }
  return renames;
}
