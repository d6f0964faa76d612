import { describe, expect, it } from "vitest";
import { decodeArticleFile, htmlToText } from "./decode";

const bom16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const bom16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()]);

describe("decodeArticleFile", () => {
  it.each([
    { name: "UTF-8", bytes: Buffer.from("Kyiv — 24 лютого 2022", "utf8"), file: "a.txt", text: "Kyiv — 24 лютого 2022", encoding: "utf-8" },
    { name: "UTF-8 with BOM", bytes: Buffer.from("\ufeffCafé", "utf8"), file: "a.md", text: "Café", encoding: "utf-8" },
    { name: "UTF-16LE with BOM", bytes: bom16le("Zürich 2023"), file: "a.txt", text: "Zürich 2023", encoding: "utf-16le" },
    { name: "UTF-16BE with BOM", bytes: bom16be("Zürich 2023"), file: "a.txt", text: "Zürich 2023", encoding: "utf-16be" },
    { name: "Windows-1252", bytes: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x68, 0x69, 0x94, 0x20, 0x80]), file: "a.txt", text: "Café – “hi” €", encoding: "windows-1252" },
    { name: "HTML", bytes: Buffer.from("<html><head><title>T &amp; U</title><script>alert(1)</script></head><body><p>One&nbsp;<b>two</b></p><p>Three &#8211; four</p></body></html>"), file: "a.HTML", text: "T & U\nOne two\nThree – four", encoding: "utf-8" },
  ])("decodes $name", ({ bytes, file, text, encoding }) => {
    expect(decodeArticleFile(new Uint8Array(bytes), file)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    { name: "a .pdf", bytes: Buffer.from("%PDF-1.7"), file: "a.pdf", message: /\.txt, \.md or \.html/ },
    { name: "binary with NULs", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), file: "a.txt", message: /not UTF-8/ },
    { name: "UTF-16 without BOM", bytes: Buffer.from("Hello", "utf16le"), file: "a.txt", message: /not UTF-8/ },
    { name: "UTF-32", bytes: Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), file: "a.txt", message: /UTF-32/ },
    { name: "bytes undefined in Windows-1252", bytes: Buffer.from([0x41, 0x81, 0x42]), file: "a.txt", message: /not UTF-8/ },
    { name: "an empty file", bytes: Buffer.alloc(0), file: "a.txt", message: /empty/ },
    { name: "more than 1 MB", bytes: Buffer.alloc(1024 * 1024 + 1, 0x61), file: "a.txt", message: /limit is 1 MB/ },
  ])("refuses $name", ({ bytes, file, message }) => {
    const result = decodeArticleFile(new Uint8Array(bytes), file);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});

describe("htmlToText", () => {
  it.each([
    { html: "<p>a</p><!-- <p>hidden</p> --><p>b</p>", text: "a\nb" },
    { html: "<style>p{}</style><svg onload=alert(1)><text>x</text></svg>c", text: "c" },
    { html: "&lt;img src=x onerror=alert(1)&gt;", text: "<img src=x onerror=alert(1)>" },
  ])("reduces $html to text", ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});
