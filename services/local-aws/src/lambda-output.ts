/** What a Lambda printed, read back the way CloudWatch would: log entries and EMF metric documents. */
export interface LambdaOutput {
  /** Everything printed, as written. */
  text: string;
  /** Each JSON document printed (Powertools writes one a line: log entries and EMF documents), parsed. */
  documents: Record<string, unknown>[];
  /** The EMF documents among them; a metric's values are a top-level field, as CloudWatch reads them. */
  emf: Record<string, unknown>[];
  /** The names of the metrics those EMF documents declare, in order. */
  metricNames: string[];
}

interface EmfDocument {
  _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] };
}

const isEmf = (document: Record<string, unknown>): document is Record<string, unknown> & EmfDocument =>
  typeof document._aws === "object" && document._aws !== null && "CloudWatchMetrics" in document._aws;

/**
 * Runs `run` with stdout and stderr held back, and returns what it printed: the logs and metrics a handler (or
 * a metrics flush) would send to CloudWatch. Both streams are restored however `run` ends.
 */
export async function captureLambdaOutput(run: () => unknown): Promise<LambdaOutput> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof stream.write;
  }
  try {
    await run();
  } finally {
    streams.forEach((stream, index) => (stream.write = writes[index] as typeof stream.write));
  }
  const text = chunks.join("");
  const documents = text
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const emf = documents.filter(isEmf);
  const metricNames = emf.flatMap((document) => document._aws.CloudWatchMetrics.flatMap((directive) => directive.Metrics.map((metric) => metric.Name)));
  return { text, documents, emf, metricNames };
}
