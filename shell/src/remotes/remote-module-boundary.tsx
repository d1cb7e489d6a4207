import { Component, type ErrorInfo, type ReactNode } from "react";
import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";

/** Federation errors run to several lines of diagnostics; the first one says enough here. */
function firstLine(message: string): string {
  const line = message.split("\n")[0]?.trim() ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

interface Props {
  title: string;
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a failing module inside its own panel: the shell and the other modules keep working. */
export class RemoteModuleBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Module "${this.props.title}" failed`, error, info.componentStack);
  }

  private retry = () => {
    this.setState({ error: null });
    this.props.onRetry();
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert
        type="error"
        header={`${this.props.title} could not be loaded`}
        action={<Button onClick={this.retry}>Retry</Button>}
      >
        The module did not load or stopped working. The rest of the admin suite still works.
        <Box variant="small" display="block" margin={{ top: "xs" }}>
          {firstLine(this.state.error.message)}
        </Box>
      </Alert>
    );
  }
}
