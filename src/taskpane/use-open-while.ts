/**
 * A folded part of the pane that opens itself while something there needs the clerk (a missing
 * column, an error), unless she closed it; when that need comes or goes, the pane decides again.
 * Returns whether it is open and what to call when she toggles it.
 */
import { useState } from "react";

export function useOpenWhile(needed: boolean): [boolean, (open: boolean) => void] {
  const [chosen, setChosen] = useState<boolean>();
  const [wasNeeded, setWasNeeded] = useState(needed);
  if (wasNeeded !== needed) {
    // Adjusting state while rendering (not in an effect): React re-renders at once, no flash.
    setWasNeeded(needed);
    setChosen(undefined);
  }
  return [chosen ?? needed, setChosen];
}
