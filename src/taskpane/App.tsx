import {
  FluentProvider,
  Text,
  Title2,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Language } from "./locale";
import { stringsFor } from "./strings";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface AppProps {
  language: Language;
  theme: Theme;
}

export function App({ language, theme }: AppProps) {
  const styles = useStyles();
  const s = stringsFor(language);
  return (
    <FluentProvider theme={theme} lang={language === "en" ? "en-US" : "zh-CN"}>
      <main className={styles.root}>
        <Title2 as="h1">{s.title}</Title2>
        <Text>{s.subtitle}</Text>
        <Text as="h2" weight="semibold">
          {s.stepsHeading}
        </Text>
        <ol className={styles.steps}>
          <li>{s.step1}</li>
          <li>{s.step2}</li>
          <li>{s.step3}</li>
        </ol>
        <Text size={200}>{s.privacy}</Text>
      </main>
    </FluentProvider>
  );
}
