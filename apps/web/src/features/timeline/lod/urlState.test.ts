import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from "./urlState";

describe("view state in the URL", () => {
  it.each<{ name: string; state: ViewState }>([
    { name: "default", state: DEFAULT_VIEW },
    {
      name: "window, filters, selection",
      state: {
        ...DEFAULT_VIEW,
        window: [Date.parse("2012-05-07T00:00:00Z"), Date.parse("2012-05-08T00:00:00Z")],
        q: "treaty & co",
        precision: ["day", "month"],
        tag: ["politics"],
        source: ["Reuters, Inc"].map((s) => s.replace(",", "")),
        lanes: "source",
        collapsed: ["sport"],
        selected: "syn1_0000a",
      },
    },
    { name: "BCE window", state: { ...DEFAULT_VIEW, window: [Date.parse("-000050-01-01T00:00:00Z"), Date.parse("-000040-01-01T00:00:00Z")] } },
  ])("round-trips: $name", ({ state }) => {
    expect(parseViewState(new URLSearchParams(serializeViewState(state)))).toEqual(state);
  });

  it.each([
    { query: "from=yesterday&to=2020-01-01T00:00:00Z", field: "window", expected: null },
    { query: "from=2021-01-01T00:00:00Z&to=2020-01-01T00:00:00Z", field: "window", expected: null },
    { query: "precision=day,fortnight", field: "precision", expected: ["day"] },
    { query: "lanes=colour", field: "lanes", expected: "tag" },
    { query: "event=<script>", field: "selected", expected: null },
  ] as const)("drops what is malformed: $query", ({ query, field, expected }) => {
    expect(parseViewState(new URLSearchParams(query))[field]).toEqual(expected);
  });
});
