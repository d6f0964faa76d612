// The stores the timeline describe blocks share: one synthetic archive per provider (opened once,
// read and written by the blocks in turn, in order) and fresh empty stores.
import { afterAll, beforeAll } from "vitest";
import { readRows, type Row } from "./checks.ts";
import { openStore, openSyntheticStore, type Provider, type TimelineStore } from "./store.ts";

/** The synthetic archive under test and its rows as last read (plain SQL, ./checks.ts). */
export interface SyntheticContext {
  readonly provider: Provider;
  /** Number of synthetic events loaded. */
  readonly events: number;
  /** The open store (valid inside tests and hooks). */
  readonly t: TimelineStore;
  /** The published rows as of the last `refresh()`. */
  readonly rows: Row[];
  /** Re-reads `rows`. */
  refresh(): Promise<void>;
}

/**
 * Opens a store holding `events` synthetic events before the enclosing block's tests and disposes
 * of it after them.
 */
export function useSyntheticStore(provider: Provider, events: number): SyntheticContext {
  let store: TimelineStore | undefined;
  let rows: Row[] = [];
  const ctx: SyntheticContext = {
    provider,
    events,
    get t() {
      if (!store) throw new Error("store not open");
      return store;
    },
    get rows() {
      return rows;
    },
    async refresh() {
      rows = await readRows(ctx.t);
    },
  };
  beforeAll(async () => {
    store = await openSyntheticStore(provider, events);
    await ctx.refresh();
  }, 300_000);
  afterAll(async () => {
    await store?.dispose();
  });
  return ctx;
}

/** A fresh, empty store for the enclosing describe block (opened before its tests, then disposed). */
export function useEmptyStore(provider: Provider): () => TimelineStore {
  let t: TimelineStore | undefined;
  beforeAll(async () => {
    t = await openStore(provider);
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });
  return () => {
    if (!t) throw new Error("store not open");
    return t;
  };
}
