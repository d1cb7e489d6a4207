import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";

/** A bad or missing `/config.json` (or a failed start) is a deployment problem: say exactly what is wrong. */
export function StartErrorPage({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <Box padding="l">
      <Alert type="error" header={title}>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </Alert>
    </Box>
  );
}
