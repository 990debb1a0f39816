/** The pane's page: full height, padded, a column of sections on Office's background colours. */
import { tokens } from "@fluentui/react-components";

export const PAGE_ROOT = {
  minHeight: "100vh",
  padding: tokens.spacingHorizontalL,
  display: "flex",
  flexDirection: "column",
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  // A long word (Department, a formula, a unit's name) breaks rather than widening a narrow pane.
  overflowWrap: "anywhere",
  minWidth: 0,
} as const;
