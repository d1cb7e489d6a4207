import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { mapWithConcurrency } from "@flow-configs/service/domain/bounded-concurrency";

type WriteRequest = NonNullable<NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]["RequestItems"]>[string]>[number];

/** DynamoDB's BatchWriteItem limit. */
const BATCH_SIZE = 25;
/** Batches in flight: fast imports without flooding one partition (or a Lambda's sockets). */
const BATCHES_IN_FLIGHT = 16;
/** Attempts per batch before an import fails loudly instead of dropping what DynamoDB left unprocessed. */
const MAX_ATTEMPTS = 8;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes puts and deletes in batches of 25, several batches at once; items DynamoDB leaves unprocessed
 * (throttling) are retried with exponential backoff a bounded number of times, then the write fails.
 */
export async function batchWrite(
  documents: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  onProgress?: (written: number) => void,
): Promise<void> {
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < requests.length; start += BATCH_SIZE) batches.push(requests.slice(start, start + BATCH_SIZE));
  let written = 0;
  await mapWithConcurrency(batches, BATCHES_IN_FLIGHT, async (batch) => {
    let pending = batch;
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`BatchWriteItem on ${tableName}: ${pending.length} items still unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt > 1) await pause(Math.min(1000, 20 * 2 ** attempt) * (0.5 + Math.random() / 2));
      const answer = await documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = answer.UnprocessedItems?.[tableName] ?? [];
    }
    written += batch.length;
    onProgress?.(written);
  });
}
