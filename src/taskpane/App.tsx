import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Workbook } from "../excel/workbook";
import { GeneratePanel } from "./GeneratePanel";
import { PAGE_ROOT } from "./page-style";
import type { Language } from "./locale";
import { OptionsPanel } from "./OptionsPanel";
import { UnitCard } from "./UnitCard";
import { RecognitionPanel } from "./RecognitionPanel";
import { SchemePanel } from "./SchemePanel";
import { SourcePanel } from "./SourcePanel";
import { StartCard } from "./StartCard";
import { stringsFor } from "./strings";
import { usePaneModel } from "./use-pane-model";

const useStyles = makeStyles({
  root: { ...PAGE_ROOT, gap: tokens.spacingVerticalXS },
});

export interface AppProps {
  language: Language;
  theme: Theme;
  workbook: Workbook;
  now?: () => Date;
  generator?: string;
}

export function App({ language, theme, workbook, now, generator }: AppProps) {
  return (
    <FluentProvider theme={theme} lang={language === "en" ? "en-US" : "zh-CN"}>
      <Pane
        language={language}
        workbook={workbook}
        now={now ?? (() => new Date())}
        generator={generator ?? "govrank"}
      />
    </FluentProvider>
  );
}

function Pane({
  language,
  workbook,
  now,
  generator,
}: {
  language: Language;
  workbook: Workbook;
  now: () => Date;
  generator: string;
}) {
  const styles = useStyles();
  const s = stringsFor(language);
  const model = usePaneModel(workbook, { now, generator, language });
  return (
    <main className={styles.root}>
      <Title2 as="h1">{s.title}</Title2>
      <Text>{s.subtitle}</Text>
      {model.notices.map((n, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{n[language]}</MessageBarBody>
        </MessageBar>
      ))}
      <StartCard model={model} language={language} />
      <SourcePanel model={model} language={language} />
      <RecognitionPanel model={model} language={language} />
      <UnitCard model={model} language={language} />
      <SchemePanel model={model} language={language} />
      <OptionsPanel model={model} language={language} />
      <GeneratePanel model={model} language={language} />
      <Text size={200}>{s.privacy}</Text>
    </main>
  );
}
