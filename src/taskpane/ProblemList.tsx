import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { groupProblems } from "../core/problem-groups";
import type { Problem } from "../core/problems";
import type { Language } from "./locale";
import { stringsFor } from "./strings";
import { useOpenWhile } from "./use-open-while";

/** Kinds of problem shown in the pane; the problems sheet lists every one. */
const SHOWN_GROUPS = 8;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

/**
 * The doubts, grouped (core/problem-groups.ts): one line per kind and column, with its count and a
 * link to its first cell; open at once when something must be fixed, folded otherwise.
 */
export function ProblemList(props: {
  problems: readonly Problem[];
  language: Language;
  goTo: (address: string) => void;
}) {
  const { problems, language, goTo } = props;
  const s = stringsFor(language);
  const styles = useStyles();
  const groups = groupProblems(problems);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  // Open while something must be fixed, unless she closed it; errors appearing open it again.
  const [open, setOpen] = useOpenWhile(counts.error > 0);
  return (
    <Accordion
      collapsible
      openItems={open ? ["problems"] : []}
      onToggle={(_e, data) => setOpen(data.openItems.includes("problems"))}
    >
      <AccordionItem value="problems">
        <AccordionHeader size="small">{s.problemsSummary(counts)}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label={s.problemsHeading(problems.length)}>
            {groups.slice(0, SHOWN_GROUPS).map((g, i) => {
              const first = g.cells[0];
              return (
                <li key={i} className={styles.item}>
                  <Badge
                    appearance="outline"
                    color={
                      g.severity === "error"
                        ? "danger"
                        : g.severity === "warning"
                          ? "warning"
                          : "informative"
                    }
                  >
                    {s.severity[g.severity]}
                  </Badge>{" "}
                  {first ? (
                    <Link as="button" onClick={() => goTo(first)} aria-label={s.goToCell(first)}>
                      {first}
                    </Link>
                  ) : null}{" "}
                  <Text>{g.message[language]}</Text>
                  {g.count > 1 ? (
                    <Text weight="semibold">{` ${s.problemMore(g.count)}`}</Text>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {groups.length > SHOWN_GROUPS ? (
            <Text size={200}>{s.shownGroups(SHOWN_GROUPS, groups.length)}</Text>
          ) : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
