/**
 * Fluent's inputs and dropdowns keep a minimum width (Dropdown 250 px, Input ~200 px) that a
 * 320 px pane — 160 CSS pixels at 200 % zoom — cannot give: every control takes the width there is.
 */
import { makeStyles } from "@fluentui/react-components";

export const useFitWidth = makeStyles({
  fit: { minWidth: 0, width: "100%", maxWidth: "100%", boxSizing: "border-box" },
});
