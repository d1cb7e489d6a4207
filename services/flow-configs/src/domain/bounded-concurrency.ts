/**
 * Maps items through an async function with at most `limit` calls in flight, keeping the order: bulk writes
 * go fast without flooding DynamoDB (or a Lambda's connections) with hundreds of requests at once.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, map: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await map(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How many writes a bulk import keeps in flight. */
export const WRITES_IN_FLIGHT = 8;
