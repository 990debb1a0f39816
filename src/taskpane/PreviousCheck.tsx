import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { ColumnPicker } from "./ColumnPicker";
import type { Language } from "./locale";
import { stringsFor } from "./strings";
import type { PaneModel } from "./use-pane-model";

/**
 * What last period's sheet gives, as soon as she picks it: ready (how many units), or what is in
 * the way — and, where its headers differ, a column picker for each field it lacks.
 */
export function PreviousCheck({ model, language }: { model: PaneModel; language: Language }) {
  const s = stringsFor(language);
  const status = model.previous;
  if (!status) return null;
  if (status.kind === "checking")
    return <Spinner size="tiny" labelPosition="after" label={s.previousChecking} />;
  // The fields last period lacks, and those she already mapped there (to change them again).
  const mapped = model.settings.previousMapping;
  const missing = status.kind === "trouble" ? status.missing : [];
  const fields =
    model.scheme?.fields.filter((f) => missing.includes(f.id) || mapped[f.id] !== undefined) ?? [];
  return (
    <>
      {status.kind === "ready" ? (
        <Text role="status" data-testid="previous-status">
          {s.previousReady(status.units)}
        </Text>
      ) : (
        <MessageBar intent="warning" data-testid="previous-status">
          <MessageBarBody>
            {s.previousTrouble} {status.reason?.[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      {fields.map((f) => (
        <ColumnPicker
          key={f.id}
          label={s.previousMappingLabel(f.label[language])}
          tag={s.requiredTag}
          required
          headers={status.headers}
          left={status.left}
          current={model.settings.previousMapping[f.id]}
          noneText={s.mappingNone}
          onPick={(letter) => model.setPreviousMapping(f.id, letter)}
        />
      ))}
    </>
  );
}
