import { createHash } from "node:crypto";

/**
 * The text as compared for identity: NFC, no BOM, every whitespace run (newlines included) one
 * space, trimmed. Two copies of an article that differ only in line endings or spacing are one
 * document.
 */
export function normaliseForHash(text: string): string {
  return text.replace(/^\uFEFF/, "").normalize("NFC").replace(/\s+/g, " ").trim();
}

/** sha256 (hex) of the normalised text: the Document's `contentHash`. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text), "utf8").digest("hex");
}
