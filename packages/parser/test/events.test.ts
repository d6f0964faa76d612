import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DedupeSet, dedupeKey } from "../src/stages/events.js";

describe("dedupeKey", () => {
  it.each([
    { text: "The U.S. embassy, in Nairobi!", key: "the u s embassy in nairobi" },
    { text: "  ``Quoted''  ", key: "quoted" },
    { text: "Élysée Palace — said", key: "élysée palace said" },
  ])("dedupeKey($text) is $key", ({ text, key }) => {
    expect(dedupeKey(text)).toBe(key);
  });
});

describe("DedupeSet", () => {
  it.each([
    { added: "The embassy was bombed.", asked: "the embassy  was bombed", scope: "", found: true },
    { added: "The embassy was bombed.", asked: "The embassy was bombed again.", scope: "", found: false },
    { added: "Élysée said", asked: "élysée, said", scope: "", found: true },
    { added: "Élysée said", asked: "Elysee said", scope: "", found: false },
    { added: "Talks resumed", asked: "Talks resumed", scope: "1998-08-07", found: false },
    // Past the hashed prefix (32 letters and digits): the same hash, told apart by the keys.
    { added: "The company said on Friday that its profit rose.", asked: "The company said on Friday that its profit fell.", scope: "", found: false },
    { added: "The company said on Friday that its profit rose.", asked: "the company -- said on Friday that its profit ROSE", scope: "", found: true },
  ])("has($asked) after add($added) is $found", ({ added, asked, scope, found }) => {
    const set = new DedupeSet();
    set.add(added);
    expect(set.has(asked, scope)).toBe(found);
  });

  it("tells keys apart within a scope and scopes apart", () => {
    const set = new DedupeSet();
    set.add("Talks resumed.", "1998-08-07");
    expect(set.has("talks resumed", "1998-08-07")).toBe(true);
    expect(set.has("talks resumed", "1998-08-08")).toBe(false);
    expect(set.has("talks resumed")).toBe(false);
  });

  // Letters, digits, punctuation and spaces in both cases, with non-ASCII text now and then.
  const piece = fc.oneof(fc.constantFrom("a", "A", "b", "B", "1", " ", ".", ",", "-", "é", "É", "ß", "İ", "\u00a0"), fc.string({ maxLength: 3 }));
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
  it("finds exactly the strings with an added string's key and scope (5,000 inputs)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom("", "2023-04-08")), { maxLength: 6 }), text, fc.constantFrom("", "2023-04-08"), (added, asked, scope) => {
        const set = new DedupeSet();
        for (const [t, s] of added) set.add(t, s);
        const expected = added.some(([t, s]) => s === scope && dedupeKey(t) === dedupeKey(asked));
        expect(set.has(asked, scope)).toBe(expected);
      }),
      { numRuns: 5_000, seed: 13 },
    );
  });
});
