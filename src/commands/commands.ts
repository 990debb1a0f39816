/*
 * Ribbon commands. In the shared runtime this code lives in taskpane.html (the manifest's
 * FunctionFile), so ribbon actions can reach the same state as the pane. The 部门排名 button opens
 * the pane through the manifest's ShowTaskpane action; ExecuteFunction actions are associated here
 * once Office is ready.
 */
export function registerRibbonActions(
  actions: Record<string, (event: Office.AddinCommands.Event) => void>,
): void {
  for (const [id, action] of Object.entries(actions)) Office.actions.associate(id, action);
}

void Office.onReady(() => registerRibbonActions({}));
