/** The pane's page: full height, padded, a column of sections on Office's background colours. */
import { tokens } from "@fluentui/react-components";

export const PAGE_ROOT = {
  minHeight: "100vh",
  padding: tokens.spacingHorizontalL,
  display: "flex",
  flexDirection: "column",
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
} as const;
