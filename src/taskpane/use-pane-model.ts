/**
 * The pane's state and what the clerk can do with it. Everything goes through the Workbook
 * interface it is given; scoring is recomputed from the table and the working settings whenever
 * either changes, so every panel shows what 生成 would write.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  generateReport,
  DEFAULT_SETTINGS,
  type Generated,
  type Stage,
} from "../app/generate-report";
import type { ZeroDenominatorPolicy } from "../core/measures/ratio";
import { scoreRun, type ScoredRun } from "../core/run/plan-for-run";
import { schemeFromSettings } from "../core/run/scoring-from-settings";
import { namedCopy, withTopWeight, withZeroPolicy } from "../core/schemes/scheme-edits";
import type { LocalText, Scheme } from "../core/schemes/scheme";
import type { RunSettings } from "../core/settings/run-settings";
import { WorkbookError, type SourceTable, type Workbook } from "../excel/workbook";

export interface PaneModel {
  source?: SourceTable | undefined;
  reading: boolean;
  readError?: LocalText | undefined;
  settings: RunSettings;
  saved: Scheme[];
  /** The workbook's sheets, for choosing last period's. */
  sheets: string[];
  notices: LocalText[];
  run?: ScoredRun | undefined;
  /** The scheme in force: the edited copy, the chosen one, or the detected one. */
  scheme?: Scheme | undefined;
  progress?: { stage: Stage; fraction: number } | undefined;
  result?: Generated | undefined;
  generateError?: LocalText | undefined;
  readSelection(): Promise<void>;
  update(patch: Partial<RunSettings>): void;
  setMapping(fieldId: string, header: string | undefined): void;
  chooseScheme(id: string | undefined): void;
  setWeight(index: number, weight: number): void;
  setZeroPolicy(measureId: string, policy: ZeroDenominatorPolicy): void;
  saveAsScheme(name: string): Promise<void>;
  restoreDefaults(): void;
  generate(): Promise<void>;
  goTo(address: string): void;
}

function asLocal(error: unknown): LocalText {
  if (error instanceof WorkbookError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: `出错了：${detail}`, en: `Something went wrong: ${detail}` };
}

const SELECTION_PAUSE_MS = 400;

export function usePaneModel(
  workbook: Workbook,
  deps: { now: () => Date; generator: string; language: "zh" | "en" },
): PaneModel {
  const [source, setSource] = useState<SourceTable>();
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<LocalText>();
  const [settings, setSettings] = useState<RunSettings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState<Scheme[]>([]);
  const [sheets, setSheets] = useState<string[]>([]);
  const [notices, setNotices] = useState<LocalText[]>([]);
  const [progress, setProgress] = useState<{ stage: Stage; fraction: number }>();
  const [result, setResult] = useState<Generated>();
  const [generateError, setGenerateError] = useState<LocalText>();
  const busy = useRef(false);
  const current = useRef<SourceTable | undefined>(undefined);

  const readSelection = useCallback(async () => {
    if (busy.current) return;
    setReading(true);
    setReadError(undefined);
    try {
      const table = await workbook.readSource();
      const before = current.current;
      current.current = table;
      // The same table again (a click inside it, or the report the last run activated): keep
      // what the clerk set and what she generated; only the cells are fresh.
      if (before && before.sheetId === table.sheetId && before.address === table.address) {
        setSource(table);
        return;
      }
      const [loaded, schemes, names] = await Promise.all([
        workbook.loadSettings(table.sheetId),
        workbook.loadSchemes(),
        workbook.sheetNames(),
      ]);
      setSheets(names);
      setSource(table);
      setSettings(loaded.settings ?? DEFAULT_SETTINGS);
      setSaved(schemes.schemes);
      setNotices([...table.notes, ...loaded.warnings, ...schemes.warnings]);
      setResult(undefined);
      setGenerateError(undefined);
    } catch (error) {
      current.current = undefined;
      setSource(undefined);
      setReadError(asLocal(error));
    } finally {
      setReading(false);
    }
  }, [workbook]);

  // Read the selection when the pane opens, and again (after a pause) whenever it changes.
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    // After this render, not inside it: reading sets state.
    void Promise.resolve().then(readSelection);
    void workbook
      .onSelectionChanged(() => {
        // Writing a report moves the selection itself (new sheets, frozen panes): not the clerk.
        if (busy.current) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void readSelection(), SELECTION_PAUSE_MS);
      })
      .then((remove) => {
        if (alive) stop = remove;
        else void remove();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      void stop?.();
    };
  }, [workbook, readSelection]);

  const run = useMemo(
    () => (source ? scoreRun(source.grid, settings, saved) : undefined),
    [source, settings, saved],
  );
  const scheme = run?.reading.scheme ?? schemeFromSettings(settings, saved).scheme;

  const update = useCallback((patch: Partial<RunSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setResult(undefined);
  }, []);

  const editScheme = useCallback(
    (edit: (s: Scheme) => Scheme) => {
      if (!scheme) return;
      update({ customScheme: edit(scheme) });
    },
    [scheme, update],
  );

  const goTo = useCallback(
    (address: string) => {
      void workbook.goTo(address).catch(() => undefined);
    },
    [workbook],
  );

  return {
    source,
    reading,
    readError,
    settings,
    saved,
    sheets,
    notices: [...notices, ...(run?.settingsProblems ?? [])],
    run,
    scheme,
    progress,
    result,
    generateError,
    readSelection,
    update,
    setMapping: (fieldId, header) => {
      const mapping = { ...settings.mapping };
      if (header === undefined) delete mapping[fieldId];
      else mapping[fieldId] = header;
      update({ mapping });
    },
    chooseScheme: (id) => update({ schemeId: id, customScheme: undefined, mapping: {} }),
    setWeight: (index, weight) => editScheme((s) => withTopWeight(s, index, weight)),
    setZeroPolicy: (measureId, policy) => editScheme((s) => withZeroPolicy(s, measureId, policy)),
    saveAsScheme: async (name) => {
      if (!scheme) return;
      const copy = namedCopy(
        scheme,
        name,
        saved.map((s) => s.id),
      );
      await workbook.saveScheme(copy);
      setSaved((list) => [...list.filter((s) => s.id !== copy.id), copy]);
      update({ schemeId: copy.id, customScheme: undefined });
    },
    restoreDefaults: () => {
      // Replace, not merge: every edit (grades, weights, mapping …) goes; the output language stays.
      setSettings({ ...DEFAULT_SETTINGS, ...(settings.lang ? { lang: settings.lang } : {}) });
      setResult(undefined);
    },
    generate: async () => {
      if (busy.current) return;
      busy.current = true;
      setGenerateError(undefined);
      setResult(undefined);
      try {
        // Unless the clerk chose, the report speaks the language the pane speaks.
        const chosen = { ...settings, lang: settings.lang ?? deps.language };
        const generated = await generateReport(workbook, chosen, {
          saved,
          now: deps.now,
          generator: deps.generator,
          onStage: (stage, fraction) => setProgress({ stage, fraction }),
        });
        setResult(generated);
        current.current = generated.source;
        setSource(generated.source);
      } catch (error) {
        setGenerateError(asLocal(error));
      } finally {
        setProgress(undefined);
        busy.current = false;
      }
    },
    goTo,
  };
}
