import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  OptionGroup,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { parseGradeBands } from "../core/grade/grade";
import { builtinSchemes } from "../core/schemes/builtin";
import { ZERO_DENOMINATOR_POLICIES, type ZeroDenominatorPolicy } from "../core/measures/ratio";
import { formulaText } from "../core/schemes/index-words";
import { topLevelWeights } from "../core/schemes/scheme-edits";
import { columnLetters } from "../core/table/address";
import type { Language } from "./locale";
import { ColumnPicker } from "./ColumnPicker";
import { NumberField } from "./NumberField";
import { useFitWidth } from "./use-fit-width";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

const useStyles = makeStyles({
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * 3 — the scheme and its formula; its parameters (each editable, validation in place) folded
 * under 高级设置, since most months nothing there changes.
 */
export function SchemePanel({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const styles = useStyles();
  const { fit } = useFitWidth();
  const { scheme, settings, run } = model;
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const [savedNote, setSavedNote] = useState("");
  if (!scheme) return null;
  const grades = settings.grades ?? "";
  const gradeCheck = grades.trim() === "" ? undefined : parseGradeBands(grades);
  const builtins = builtinSchemes();
  const left = model.source?.grid.left ?? 0;
  const headers = run?.reading.columnHeaders ?? [];
  const sortKeys = [
    ...(scheme.index ? [{ key: "score", label: s.sortScore }] : []),
    ...scheme.measures.map((m) => ({ key: m.id, label: m.label[language] })),
  ];
  const currentSort = settings.sortKey?.key ?? scheme.ranking.order[0]?.key ?? "score";
  // The group column in force: chosen by the clerk, or recognised from a header such as 分组.
  const groupIndex = run?.reading.blocks[0]?.columns["group"];
  const group = groupIndex === undefined ? undefined : columnLetters(left + groupIndex);
  return (
    <Section id="scheme" title={s.schemeHeading}>
      <Field label={s.schemeLabel}>
        <Dropdown
          className={fit}
          value={scheme.name[language]}
          selectedOptions={[scheme.id]}
          onOptionSelect={(_e, data) => model.chooseScheme(data.optionValue)}
        >
          <OptionGroup label={s.builtinSchemes}>
            {builtins.map((b) => (
              <Option key={b.id} value={b.id}>
                {b.name[language]}
              </Option>
            ))}
          </OptionGroup>
          {model.saved.length > 0 ? (
            <OptionGroup label={s.savedSchemes}>
              {model.saved.map((b) => (
                <Option key={b.id} value={b.id}>
                  {b.name[language]}
                </Option>
              ))}
            </OptionGroup>
          ) : null}
        </Dropdown>
      </Field>
      {scheme.index ? (
        <Field label={s.formulaLabel}>
          <Text className={styles.formula} data-testid="formula">
            {formulaText(scheme, language)}
          </Text>
        </Field>
      ) : null}
      <Accordion collapsible>
        <AccordionItem value="advanced">
          <AccordionHeader size="small">{s.advancedHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {scheme.index ? (
              <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
                <legend>
                  <Text weight="semibold">{s.weightsLabel}</Text>
                </legend>
                <div className={styles.row}>
                  {topLevelWeights(scheme, language).map((item, i) => (
                    <NumberField
                      key={`${scheme.id}-${i}`}
                      label={s.weightLabel(item.label)}
                      value={item.weight}
                      invalidText={s.weightInvalid}
                      onValue={(weight) => model.setWeight(i, weight)}
                    />
                  ))}
                </div>
              </fieldset>
            ) : null}
            {scheme.grades ? (
              <Field
                label={s.gradesLabel}
                hint={s.gradesHint}
                validationState={gradeCheck && "error" in gradeCheck ? "error" : "none"}
                validationMessage={
                  gradeCheck && "error" in gradeCheck ? gradeCheck.error : undefined
                }
              >
                <Input
                  className={fit}
                  value={grades}
                  placeholder={scheme.grades
                    .map((g) => (g.min === undefined ? g.label : `${g.label}:${g.min}`))
                    .join(",")}
                  onChange={(_e, data) => model.update({ grades: data.value })}
                />
              </Field>
            ) : null}
            {scheme.measures.map((m) =>
              m.kind === "ratio" ? (
                <Field key={m.id} label={s.zeroPolicyLabel(m.label[language])}>
                  <Dropdown
                    className={fit}
                    value={s.zeroPolicies[m.zeroPolicy]}
                    selectedOptions={[m.zeroPolicy]}
                    onOptionSelect={(_e, data) =>
                      model.setZeroPolicy(
                        m.id,
                        (data.optionValue ?? "error") as ZeroDenominatorPolicy,
                      )
                    }
                  >
                    {ZERO_DENOMINATOR_POLICIES.map((p) => (
                      <Option key={p} value={p}>
                        {s.zeroPolicies[p]}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ) : null,
            )}
            <Field label={s.rankMethodLabel}>
              <RadioGroup
                value={settings.rankMethod ?? scheme.ranking.method}
                onChange={(_e, data) =>
                  model.update({ rankMethod: data.value === "dense" ? "dense" : "competition" })
                }
              >
                <Radio value="competition" label={s.rankCompetition} />
                <Radio value="dense" label={s.rankDense} />
              </RadioGroup>
            </Field>
            <ColumnPicker
              label={s.groupLabel}
              tag={s.optionalTag}
              required={false}
              headers={headers}
              left={left}
              current={group}
              noneText={s.groupNone}
              onPick={(letter) => model.setMapping("group", letter ?? "")}
            />
            <Field label={s.sortLabel}>
              <Dropdown
                value={sortKeys.find((k) => k.key === currentSort)?.label ?? currentSort}
                selectedOptions={[currentSort]}
                onOptionSelect={(_e, data) => {
                  const key = data.optionValue ?? "score";
                  const measure = scheme.measures.find((m) => m.id === key);
                  model.update({
                    sortKey: { key, direction: measure?.direction === "lower" ? "asc" : "desc" },
                  });
                }}
              >
                {sortKeys.map((k) => (
                  <Option key={k.key} value={k.key}>
                    {k.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <NumberField
              label={s.topLabel}
              value={settings.top ?? 10}
              invalidText={s.topInvalid}
              accept={(n) => Number.isInteger(n) && n > 0}
              onValue={(top) => model.update({ top })}
            />
            {scheme.usesDays ? (
              <NumberField
                label={s.daysLabel}
                value={settings.days ?? run?.evaluation?.days ?? 30}
                invalidText={s.daysInvalid}
                accept={(n) => n > 0}
                onValue={(days) => model.update({ days })}
              />
            ) : null}
            <div className={styles.row}>
              {naming ? (
                <>
                  <Field label={s.saveAsName}>
                    <Input
                      className={fit}
                      value={name}
                      onChange={(_e, data) => setName(data.value)}
                    />
                  </Field>
                  <Button
                    appearance="primary"
                    disabled={name.trim() === ""}
                    onClick={() =>
                      void model.saveAsScheme(name.trim()).then(() => {
                        setSavedNote(s.saved(name.trim()));
                        setNaming(false);
                        setName("");
                      })
                    }
                  >
                    {s.saveAsConfirm}
                  </Button>
                  <Button onClick={() => setNaming(false)}>{s.saveAsCancel}</Button>
                </>
              ) : (
                <Button onClick={() => setNaming(true)}>{s.saveAs}</Button>
              )}
              <Button onClick={() => model.restoreDefaults()}>{s.restoreDefaults}</Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {savedNote ? <Text role="status">{savedNote}</Text> : null}
    </Section>
  );
}
