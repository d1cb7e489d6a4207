/** Keeps values for the life of the page when the browser refuses storage. */
class MemoryStorage implements Storage {
  readonly #values = new Map<string, string>();

  get length(): number {
    return this.#values.size;
  }

  clear(): void {
    this.#values.clear();
  }

  getItem(key: string): string | null {
    return this.#values.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.#values.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#values.delete(key);
  }

  setItem(key: string, value: string): void {
    this.#values.set(key, value);
  }
}

/**
 * The tab's sessionStorage, or a page-lifetime store where the browser denies it — a third-party iframe
 * (the Connect workspace frames us from another site) with third-party storage blocked throws on access.
 */
export function sessionStorageOrMemory(): Storage {
  try {
    const storage = window.sessionStorage;
    storage.getItem("flow-configs.storage-check");
    return storage;
  } catch {
    return new MemoryStorage();
  }
}
