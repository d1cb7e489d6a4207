import type { CallerList, CallerListEntry } from "@flow-configs/model/caller-lists";
import type { CallerListStore } from "@flow-configs/caller-lists-service/ports/caller-list-store";
import { SEED_AUTHOR } from "./seed-store";

type SeedEntry = Omit<CallerListEntry, "addedBy" | "addedAt">;

const DAY_MS = 86_400_000;

/** The Caller Lists a first start creates: a VIP list and a block list, a few entries each. */
function seedLists(now: Date): { list: Omit<CallerList, "createdBy" | "createdAt">; entries: SeedEntry[] }[] {
  const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
  return [
    {
      list: { id: "vip", kind: "vip", description: "Callers answered first by the priority queue" },
      entries: [
        { number: "+15125550100", reason: "Platinum account", note: "Account 10-4471" },
        { number: "+15125550101", reason: "Board member" },
        { number: "+442071234567", reason: "Key account, London office" },
      ],
    },
    {
      list: { id: "bad-callers", kind: "block", description: "Numbers the IVR disconnects: fraud and abuse" },
      entries: [
        { number: "+15555550101", reason: "Repeated fraud attempts" },
        { number: "+15555550102", reason: "Abusive to agents", expiresAt: inDays(30) },
        { number: "+15555550103", reason: "Robocaller" },
      ],
    },
  ];
}

/** Writes the seed lists through the real store, only when the table holds no list (a deleted seed list stays deleted). */
export async function seedCallerListsWhenEmpty(store: CallerListStore, now = new Date()): Promise<string[]> {
  if ((await store.listLists()).length > 0) return [];
  const at = now.toISOString();
  const seeded: string[] = [];
  for (const { list, entries } of seedLists(now)) {
    await store.createList({ ...list, createdBy: SEED_AUTHOR, createdAt: at });
    await store.putEntries(list.id, entries.map((entry) => ({ ...entry, addedBy: SEED_AUTHOR, addedAt: at })));
    seeded.push(list.id);
  }
  return seeded;
}
