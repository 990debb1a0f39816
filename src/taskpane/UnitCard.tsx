import { Text } from "@fluentui/react-components";
import {
  boundWords,
  gradeGapWords,
  heldWords,
  passGapWords,
  rangeWords,
} from "../core/gap/gap-words";
import { formatFixed } from "../core/score/format";
import type { Language } from "./locale";
import { Section } from "./Section";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

/**
 * The unit on the row the cursor is on (#22): its place, what takes it to the next grade and past
 * the unit above, and how its rank holds as the weights move — the questions a clerk is asked when
 * a unit disputes its rank.
 */
export function UnitCard({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const cursor = model.cursorUnit;
  const scheme = model.run?.evaluation?.scheme;
  if (!cursor || !scheme) return null;
  const { unit, grade, pass } = cursor.gap;
  // What the analysis cannot advise on is said, not left out (a denominator needs no saying here).
  const held = cursor.held.filter((h) => h.reason !== "denominator");
  const place = unit.group !== null ? unit.groupRank : unit.rank;
  const score = unit.score === null ? null : formatFixed(unit.score, scheme.index?.precision ?? 2);
  const line = (label: string, words: string, id: string) => (
    <Text data-testid={id}>
      {label}
      {language === "zh" ? "：" : ": "}
      {words}
    </Text>
  );
  return (
    <Section id="cursor-unit" title={s.cursorHeading(unit.unit)}>
      {place !== null && <Text>{s.cursorPlace(place, unit.grade, score)}</Text>}
      {grade && line(s.cursorGrade, gradeGapWords(scheme, grade, language), "cursor-grade")}
      {pass && line(s.cursorPass, passGapWords(scheme, pass, language), "cursor-pass")}
      {cursor.range
        ? line(
            s.cursorRange,
            [
              rangeWords(cursor.range, cursor.listSize, language),
              boundWords(cursor.range, language),
            ]
              .filter(Boolean)
              .join(language === "zh" ? "；名次界限" : "; bounds "),
            "cursor-range",
          )
        : cursor.manyUnits && <Text size={200}>{s.cursorRangeInReport}</Text>}
      {held.map((h) => (
        <Text key={h.input} size={200}>
          {heldWords(scheme, h, language)}
        </Text>
      ))}
    </Section>
  );
}
