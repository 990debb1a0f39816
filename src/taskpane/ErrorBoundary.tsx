/**
 * The last line: an error no panel caught shows as a message the clerk can act on (reopen the
 * pane; nothing in the workbook was changed by the failure) instead of unmounting the whole pane.
 */
import { Component, type ReactNode } from "react";

interface State {
  error: Error | undefined;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16, fontFamily: "sans-serif" }}>
        <p>部门排名出错，请关闭并重新打开任务窗格。工作簿未被改动。</p>
        <p lang="en-US">
          govrank failed: close the task pane and open it again. The workbook was not changed.
        </p>
        <p>
          <small>{error.message}</small>
        </p>
      </div>
    );
  }
}
