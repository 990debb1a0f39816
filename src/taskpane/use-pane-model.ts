/**
 * The pane's state and what the clerk can do with it. Everything goes through the Workbook
 * interface it is given; scoring is recomputed from the table and the working settings whenever
 * either changes, so every panel shows what 生成 would write.
 *
 * What she sets belongs to the table she works on (its sheet) and lasts while she works: moving the
 * selection inside the table, clicking the cell a problem points to, or looking at a report sheet
 * keeps it; every change is saved to the workbook as she makes it (not only after a run), so
 * going to another sheet and back loses nothing. Edits to the cells re-read the data, never the
 * settings.
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
import { comparable, previousTrouble, readPreviousTable } from "../core/run/previous-table";
import { schemeFromSettings } from "../core/run/scoring-from-settings";
import { namedCopy, withTopWeight, withZeroPolicy } from "../core/schemes/scheme-edits";
import type { LocalText, Scheme } from "../core/schemes/scheme";
import type { RunSettings } from "../core/settings/run-settings";
import { WorkbookError, type SourceTable, type Workbook } from "../excel/workbook";
import { unitInputsLookup } from "../core/gap/analysis";
import { evaluationGaps, heldInputs, type UnitGap } from "../core/gap/gaps";
import type { HeldInput } from "../core/gap/input-effects";
import { rankRobustness, type RankRange } from "../core/gap/rank-robustness";

/** What last period's sheet gives, checked when she picks it (and when its cells change). */
export type PreviousStatus =
  | { kind: "checking" }
  | {
      kind: "ready" | "trouble";
      /** Ranked units last period (ready), or what is in the way (trouble). */
      units: number;
      reason?: LocalText | undefined;
      /** Last period's headers, to map its columns (grid-relative, with its first column). */
      headers: string[];
      left: number;
      /** Required fields last period's sheet lacks. */
      missing: string[];
    };

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
  previous?: PreviousStatus | undefined;
  progress?: { stage: Stage; fraction: number } | undefined;
  result?: Generated | undefined;
  generateError?: LocalText | undefined;
  readSelection(): Promise<void>;
  update(patch: Partial<RunSettings>): void;
  setMapping(fieldId: string, header: string | undefined): void;
  setPreviousMapping(fieldId: string, column: string | undefined): void;
  chooseScheme(id: string | undefined): void;
  setWeight(index: number, weight: number): void;
  setZeroPolicy(measureId: string, policy: ZeroDenominatorPolicy): void;
  saveAsScheme(name: string): Promise<void>;
  restoreDefaults(): void;
  insertSample(): Promise<void>;
  generate(): Promise<void>;
  goTo(address: string): void;
  /** Rows of a long read so far (a ticket log), while it goes on. */
  readProgress?: { rows: number; total: number } | undefined;
  /** Stops a long read between blocks; the table she had stays. */
  cancelRead(): void;
  /** Filters the log to the tickets behind a unit's traced counts; resolves to how many. */
  showTickets(unit: string): Promise<number>;
  /** The unit of the row the cursor is on, with its gaps and its rank range as the weights move. */
  cursorUnit?: CursorUnit | undefined;
}

export interface CursorUnit {
  gap: UnitGap;
  /** Inputs the analysis holds as they are, and why (a two-way input, a ranking by volume). */
  held: HeldInput[];
  /** Its rank range as the weights move, for a table small enough to draw at once. */
  range?: RankRange | undefined;
  /** A table too large to draw in the pane: the range is on the report's 分析 sheet. */
  manyUnits: boolean;
  /** How many units its list holds (its group's, or the table's). */
  listSize: number;
}

/** Rank ranges are drawn in the pane only up to this many units (a few tens of milliseconds). */
const PANE_ROBUSTNESS_LIMIT = 2000;

function asLocal(error: unknown): LocalText {
  if (error instanceof WorkbookError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: `出错了：${detail}`, en: `Something went wrong: ${detail}` };
}

/** Pauses before acting on Excel's events: a drag or a paste fires many. */
const SELECTION_PAUSE_MS = 400;
const EDIT_PAUSE_MS = 600;
const SAVE_PAUSE_MS = 400;
/** Reads of this many rows or more show their progress and can be cancelled. */
const LONG_READ_ROWS = 5000;

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
  const [previousGrid, setPreviousGrid] = useState<{
    sheet: string;
    grid?: Awaited<ReturnType<Workbook["readSheet"]>>;
    error?: LocalText;
  }>();
  const [previousEpoch, setPreviousEpoch] = useState(0);
  const [progress, setProgress] = useState<{ stage: Stage; fraction: number }>();
  const [result, setResult] = useState<Generated>();
  const [generateError, setGenerateError] = useState<LocalText>();
  const [readProgress, setReadProgress] = useState<{ rows: number; total: number }>();
  const reader = useRef<AbortController | undefined>(undefined);
  const busy = useRef(false);
  const current = useRef<SourceTable | undefined>(undefined);
  /** Set by the clerk's edits, cleared once they are saved: loading settings is not an edit. */
  const unsaved = useRef(false);

  const readSelection = useCallback(async () => {
    if (busy.current) return;
    setReading(true);
    setReadError(undefined);
    try {
      const before = current.current;
      const controller = new AbortController();
      reader.current = controller;
      const table = await workbook.readSource(before, {
        signal: controller.signal,
        // Only a read long enough to wait for shows its progress (a log of thousands of rows).
        onProgress: (rows, total) => {
          if (total >= LONG_READ_ROWS) setReadProgress({ rows, total });
        },
      });
      current.current = table;
      setSource(table);
      // The same sheet (a click inside the table, a report made from it): what she set stays.
      if (before && before.sheetId === table.sheetId) {
        setNotices((n) => (before.address === table.address ? n : table.notes));
        return;
      }
      const [loaded, schemes, names] = await Promise.all([
        workbook.loadSettings(table.sheetId),
        workbook.loadSchemes(),
        workbook.sheetNames(),
      ]);
      unsaved.current = false;
      setSheets(names);
      setSettings(loaded.settings ?? DEFAULT_SETTINGS);
      setSaved(schemes.schemes);
      setNotices([...table.notes, ...loaded.warnings, ...schemes.warnings]);
      setResult(undefined);
      setGenerateError(undefined);
    } catch (error) {
      // A click on an empty cell must not throw away the table she was working on: say it, keep it.
      setReadError(asLocal(error));
      if (!current.current) setSource(undefined);
    } finally {
      reader.current = undefined;
      setReadProgress(undefined);
      setReading(false);
    }
  }, [workbook]);

  // Read the selection when the pane opens, and again (after a pause) whenever it changes; re-read
  // the cells when she edits the sheet the table is on.
  useEffect(() => {
    const stops: (() => Promise<void>)[] = [];
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    let editTimer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const keep = (remove: () => Promise<void>) => {
      if (alive) stops.push(remove);
      else void remove();
    };
    // After this render, not inside it: reading sets state.
    void Promise.resolve().then(readSelection);
    void workbook
      .onSelectionChanged(() => {
        // Writing a report moves the selection itself (new sheets, frozen panes): not the clerk.
        if (busy.current) return;
        if (selectionTimer) clearTimeout(selectionTimer);
        selectionTimer = setTimeout(() => void readSelection(), SELECTION_PAUSE_MS);
      })
      .then(keep)
      .catch(() => undefined);
    void workbook
      .onCellsChanged((sheetId) => {
        if (busy.current) return;
        if (sheetId === current.current?.sheetId) {
          if (editTimer) clearTimeout(editTimer);
          editTimer = setTimeout(() => void readSelection(), EDIT_PAUSE_MS);
        } else setPreviousEpoch((n) => n + 1); // it may be last period's sheet: check it again
      })
      .then(keep)
      .catch(() => undefined);
    return () => {
      alive = false;
      if (selectionTimer) clearTimeout(selectionTimer);
      if (editTimer) clearTimeout(editTimer);
      for (const stop of stops) void stop();
    };
  }, [workbook, readSelection]);

  // Her settings saved as she makes them (after a pause), for the sheet she works on.
  const sheetId = source?.sheetId;
  useEffect(() => {
    if (!unsaved.current || !sheetId) return;
    const timer = setTimeout(() => {
      unsaved.current = false;
      void workbook.saveSettings(sheetId, settings).catch(() => undefined);
    }, SAVE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [workbook, sheetId, settings]);

  // Last period's sheet, read when she picks it (and again after cells of another sheet change).
  const previousSheet = settings.previousSheet;
  useEffect(() => {
    if (!previousSheet) return;
    let alive = true;
    workbook
      .readSheet(previousSheet)
      .then((grid) => alive && setPreviousGrid({ sheet: previousSheet, grid }))
      .catch(
        (error: unknown) =>
          alive && setPreviousGrid({ sheet: previousSheet, error: asLocal(error) }),
      );
    return () => {
      alive = false;
    };
  }, [workbook, previousSheet, previousEpoch]);

  const run = useMemo(
    () => (source ? scoreRun(source.grid, settings, saved) : undefined),
    [source, settings, saved],
  );
  const scheme = run?.reading.scheme ?? schemeFromSettings(settings, saved).scheme;

  // The unit under the cursor: its gaps found alone, its rank range from one run per scoring.
  const cursorRow = source?.cursor?.row;
  const evaluation = run?.evaluation;
  const cursorScored = useMemo(
    () =>
      cursorRow === undefined ? undefined : evaluation?.units.find((u) => u.sheetRow === cursorRow),
    [evaluation, cursorRow],
  );
  const inputsOf = useMemo(
    () => (run && evaluation ? unitInputsLookup(run.reading, evaluation) : undefined),
    [run, evaluation],
  );
  const hasCursorUnit = cursorScored !== undefined;
  const robustness = useMemo(
    () =>
      hasCursorUnit && evaluation && inputsOf && evaluation.units.length <= PANE_ROBUSTNESS_LIMIT
        ? rankRobustness({ evaluation, inputsOf })
        : undefined,
    [hasCursorUnit, evaluation, inputsOf],
  );
  const cursorUnit = useMemo((): CursorUnit | undefined => {
    if (!cursorScored || !evaluation || !inputsOf) return undefined;
    const gaps = evaluationGaps(evaluation, inputsOf, cursorScored);
    const gap = gaps.units[0];
    if (!gap) return undefined;
    const held = heldInputs(gaps);
    const at = evaluation.units.indexOf(cursorScored);
    return {
      gap,
      held,
      range: robustness?.kind === "done" ? (robustness.ranges[at] ?? undefined) : undefined,
      manyUnits:
        evaluation.units.length > PANE_ROBUSTNESS_LIMIT && evaluation.order[0]?.key === "score",
      listSize: evaluation.units.filter((u) => u.group === cursorScored.group).length,
    };
  }, [cursorScored, evaluation, inputsOf, robustness]);

  const previous = useMemo((): PreviousStatus | undefined => {
    if (!previousSheet) return undefined;
    if (previousGrid?.error)
      return {
        kind: "trouble",
        units: 0,
        reason: previousGrid.error,
        headers: [],
        left: 0,
        missing: [],
      };
    if (previousGrid?.sheet !== previousSheet || !previousGrid.grid || !run?.evaluation || !source)
      return { kind: "checking" };
    const read = readPreviousTable(
      [previousGrid.grid],
      { reading: run.reading, evaluation: run.evaluation, left: source.grid.left },
      settings,
    );
    const columns = read?.reading.blocks[0]?.columns ?? {};
    const shape = { headers: read?.reading.columnHeaders ?? [], left: previousGrid.grid.left };
    if (comparable(read))
      return { kind: "ready", units: read.evaluation.units.length, missing: [], ...shape };
    return {
      kind: "trouble",
      units: 0,
      reason: previousTrouble(read) ?? {
        zh: "上期工作表中没有找到同一方案的表格。",
        en: "No table of the same scheme was found on last period's sheet.",
      },
      ...shape,
      missing: run.evaluation.scheme.fields
        .filter((f) => f.required && columns[f.id] === undefined)
        .map((f) => f.id),
    };
  }, [previousSheet, previousGrid, run, source, settings]);

  const update = useCallback((patch: Partial<RunSettings>) => {
    unsaved.current = true;
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
    cursorUnit,
    settings,
    saved,
    sheets,
    notices: [...notices, ...(run?.settingsProblems ?? [])],
    run,
    scheme,
    previous,
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
    setPreviousMapping: (fieldId, column) => {
      const previousMapping = { ...settings.previousMapping };
      if (column === undefined) delete previousMapping[fieldId];
      else previousMapping[fieldId] = column;
      update({ previousMapping });
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
      unsaved.current = true;
      setSettings({ ...DEFAULT_SETTINGS, ...(settings.lang ? { lang: settings.lang } : {}) });
      setResult(undefined);
    },
    insertSample: async () => {
      try {
        await workbook.insertSample(deps.language);
        current.current = undefined;
        await readSelection();
      } catch (error) {
        setReadError(asLocal(error));
      }
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
          within: current.current,
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
    readProgress,
    cancelRead: () => reader.current?.abort(),
    showTickets: async (unit) => {
      const tickets = run?.tickets;
      const grid = source?.grid;
      const idColumn = tickets?.layout.roles.find((r) => r.role === "id")?.column;
      if (!tickets || !grid || idColumn === undefined) return 0;
      const ids = [
        ...new Set(tickets.tally.trace.filter((t) => t.unit === unit).flatMap((t) => t.ids)),
      ];
      if (ids.length === 0) return 0;
      let width = 1;
      for (const row of grid.values) width = Math.max(width, row.length);
      await workbook.showOnly(
        grid.sheet,
        {
          top: tickets.layout.headerRow,
          left: grid.left,
          bottom: grid.top + grid.values.length - 1,
          right: grid.left + width - 1,
        },
        idColumn,
        ids,
      );
      return ids.length;
    },
  };
}
