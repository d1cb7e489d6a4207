import type { CreateCallerList, EntryInput } from "@flow-configs/model/caller-lists";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallerLists } from "../expose/caller-lists-context";
import type { CallerListsClient } from "./caller-lists-client";

const keys = {
  lists: ["caller-lists"] as const,
  list: (listId: string) => ["caller-lists", listId] as const,
  entries: (listId: string) => ["caller-lists", listId, "entries"] as const,
};

const PAGE_SIZE = 50;

export function useListsQuery() {
  const { client } = useCallerLists();
  return useQuery({ queryKey: keys.lists, queryFn: () => client.listLists() });
}

export function useListQuery(listId: string) {
  const { client } = useCallerLists();
  return useQuery({ queryKey: keys.list(listId), queryFn: () => client.getList(listId) });
}

/** A list's entries starting with `q`, a page at a time (the API's cursor). */
export function useEntriesQuery(listId: string, q: string) {
  const { client } = useCallerLists();
  return useInfiniteQuery({
    queryKey: [...keys.entries(listId), q],
    queryFn: ({ pageParam }) => client.listEntries(listId, { q, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: "",
    getNextPageParam: (page) => page.nextCursor,
    // The table keeps the last answer while the next search loads, instead of blanking on every pause.
    placeholderData: keepPreviousData,
  });
}

/** A change to the set of lists: once it succeeds, the lists are loaded again. */
function useListsMutation<Input, Output>(change: (client: CallerListsClient, input: Input) => Promise<Output>) {
  const { client } = useCallerLists();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => change(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.lists }),
  });
}

export function useCreateList() {
  return useListsMutation((client, input: CreateCallerList) => client.createList(input));
}

export function useDeleteList() {
  return useListsMutation((client, listId: string) => client.deleteList(listId));
}

/** The entries' mutations on one list; each write refreshes the list's entries when done. */
export function useEntryMutations(listId: string) {
  const { client } = useCallerLists();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.entries(listId) });
  return {
    add: useMutation({ mutationFn: (entries: readonly EntryInput[]) => client.addEntries(listId, entries), onSettled: refresh }),
    remove: useMutation({ mutationFn: (numbers: readonly string[]) => client.removeEntries(listId, numbers), onSettled: refresh }),
    /** Writes without refreshing: an import in chunks refreshes once, at the end (`refresh`). */
    addChunk: (entries: readonly EntryInput[]) => client.addEntries(listId, entries),
    dryRun: useMutation({ mutationFn: (csv: string) => client.importCsv(listId, csv, { dryRun: true }) }),
    exportCsv: useMutation({ mutationFn: () => client.exportCsv(listId) }),
    refresh,
  };
}
