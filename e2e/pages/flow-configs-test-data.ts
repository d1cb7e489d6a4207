import type { RestApi } from "../fixtures/rest-api";

/**
 * Puts the seeded BasicQueue's switches back to off through the values route, so each test starts from the
 * seed story whatever an earlier (or failed) test saved. Prompt texts are left alone: no test here saves them.
 */
export async function resetBasicQueueSwitches(api: RestApi): Promise<void> {
  const current = await api.getConfig("BasicQueue");
  if (current.status !== 200) throw new Error(`GET BasicQueue answered ${current.status}`);
  const response = await api.request("PATCH", "/flow-configs/BasicQueue/values", {
    body: { variables: [{ name: "Closure", value: "false" }, { name: "ClosureOfferCallback", value: "false" }] },
    ifMatch: current.body.version,
  });
  if (response.status !== 200) throw new Error(`Resetting BasicQueue answered ${response.status}: ${JSON.stringify(response.body)}`);
}

/** Deletes a config a test created, with the If-Match the API requires; a missing one is fine. */
export async function deleteConfigIfPresent(api: RestApi, id: string): Promise<void> {
  const current = await api.getConfig(id);
  if (current.status === 404) return;
  const response = await api.request("DELETE", `/flow-configs/${encodeURIComponent(id)}`, { ifMatch: current.body.version });
  if (response.status !== 204 && response.status !== 404) {
    throw new Error(`DELETE ${id} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
}
