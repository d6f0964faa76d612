/**
 * Uploaded article files → text. Accepts .txt, .md and .html up to 1 MB in UTF-8 (with or
 * without BOM), UTF-16 with a BOM, or Windows-1252; refuses anything else with a message an
 * editor can act on. HTML is reduced to its text (the text is only ever rendered as text).
 */
import { MAX_ARTICLE_BYTES } from "@dateline/schema/admin";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string };

const EXTENSIONS = /\.(txt|md|markdown|html?)$/i;
// Windows-1252's 0x80–0x9F (undefined bytes as ""). The rest of the code page is Latin-1. Our
// own table: Node 20's TextDecoder("windows-1252") decodes these bytes as C1 controls.
const CP1252_HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";

function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = "";
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) {
      const ch = CP1252_HIGH[b - 0x80];
      if (!ch || ch === "\u0000") return null;
      out += ch;
    } else {
      out += String.fromCharCode(b);
    }
  }
  return out;
}

const refuse = (message: string): DecodeResult => ({ ok: false, message });
const NOT_TEXT = "This file is not UTF-8, UTF-16 (with a byte-order mark) or Windows-1252 text. Save it as UTF-8 and try again.";

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, newline, carriage return and form feed. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

function decodeBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return refuse("UTF-32 files are not supported. Save the article as UTF-8 and try again.");
  }
  const utf16: Encoding | null = b0 === 0xff && b1 === 0xfe ? "utf-16le" : b0 === 0xfe && b1 === 0xff ? "utf-16be" : null;
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    return text === null || hasControlCharacters(text) ? refuse(`This file starts like UTF-16 but is not valid ${utf16.toUpperCase()}.`) : { ok: true, text, encoding: utf16 };
  }
  if (bytes.includes(0)) return refuse(NOT_TEXT);
  const utf8 = strictDecode(bytes, "utf-8");
  if (utf8 !== null) return hasControlCharacters(utf8) ? refuse(NOT_TEXT) : { ok: true, text: utf8, encoding: "utf-8" };
  const cp1252 = decodeWindows1252(bytes);
  return cp1252 === null || hasControlCharacters(cp1252) ? refuse(NOT_TEXT) : { ok: true, text: cp1252, encoding: "windows-1252" };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML document: no scripts, styles or comments; blocks become lines. */
export function htmlToText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  const text = body
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/blockquote|\/section|\/article|\/header|\/footer|hr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  const lines = decodeEntities(text)
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0);
  if (title && !lines[0]?.includes(decodeEntities(title))) lines.unshift(decodeEntities(title));
  return lines.join("\n");
}

/** Decodes an uploaded article file, or says why it cannot. */
export function decodeArticleFile(bytes: Uint8Array, fileName: string): DecodeResult {
  if (!EXTENSIONS.test(fileName)) return refuse("Choose a .txt, .md or .html file.");
  if (bytes.length > MAX_ARTICLE_BYTES) return refuse(`The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB.`);
  if (bytes.length === 0) return refuse("The file is empty.");
  const decoded = decodeBytes(bytes);
  if (!decoded.ok || !/\.html?$/i.test(fileName)) return decoded;
  return { ...decoded, text: htmlToText(decoded.text) };
}
