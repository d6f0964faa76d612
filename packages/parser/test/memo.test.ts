import { describe, expect, it } from "vitest";
import { Memo } from "../src/memo.js";

describe("Memo", () => {
  it("computes a key's value once and returns it after", () => {
    const memo = new Memo<number>();
    let calls = 0;
    const length = (key: string): number => {
      calls++;
      return key.length;
    };
    expect(memo.get("abc", length)).toBe(3);
    expect(memo.get("abc", length)).toBe(3);
    expect(memo.get("de", length)).toBe(2);
    expect(calls).toBe(2);
  });

  it.each([false, null, 0, "", undefined])("keeps the falsy value %j", (value) => {
    const memo = new Memo<unknown>();
    let calls = 0;
    for (let i = 0; i < 3; i++) {
      expect(
        memo.get("k", () => {
          calls++;
          return value;
        }),
      ).toBe(value);
    }
    expect(calls).toBe(1);
  });

  it("forgets everything when it is full, then fills again", () => {
    const memo = new Memo<string>(3);
    for (const key of ["a", "b", "c"]) memo.get(key, (k) => k.toUpperCase());
    expect(memo.size).toBe(3);
    memo.get("d", (k) => k.toUpperCase());
    expect(memo.size).toBe(1);
    expect(memo.get("a", () => "recomputed")).toBe("recomputed");
  });
});
