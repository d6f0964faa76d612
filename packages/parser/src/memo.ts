/**
 * A cache of values computed from a string key, for pure functions whose inputs repeat (documents
 * repeat their dates and values). It forgets everything once it holds `limit` entries: bounded
 * memory, no bookkeeping on hits.
 */
export class Memo<V> {
  readonly #values = new Map<string, V>();

  constructor(readonly limit = 4096) {}

  /** The value for `key`, computed by `compute` (and kept) the first time it is asked for. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.#values.get(key);
    if (hit !== undefined || this.#values.has(key)) return hit as V;
    const value = compute(key);
    if (this.#values.size >= this.limit) this.#values.clear();
    this.#values.set(key, value);
    return value;
  }

  /** Number of values held. */
  get size(): number {
    return this.#values.size;
  }
}
