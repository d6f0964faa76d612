/**
 * Admin import routes' input readers and handlers. Route handlers (not server actions) because an
 * article may be 1 MB: server actions cap bodies at 1 MB including encoding overhead.
 */
import "server-only";
import { z } from "zod";
import { importReviewed, previewImport } from "@dateline/db/admin";
import { AppError } from "@dateline/db/errors";
import { ImportArticleInput, ImportSaveInput, MAX_ARTICLE_BYTES } from "@dateline/schema/admin";
import { decodeArticleFile } from "@/features/admin/import/decode";
import { adminRoute } from "./client";

/** Bodies above this are refused (a 1 MB article plus form/JSON overhead). */
const MAX_BODY_BYTES = 8 * MAX_ARTICLE_BYTES;

const tooLarge = (detail: string) => new AppError("PAYLOAD_TOO_LARGE", `request body ${detail}; the limit is ${MAX_BODY_BYTES} bytes`);

/**
 * The request body, read up to MAX_BODY_BYTES. A declared Content-Length above the limit is
 * refused before reading; a body without one (chunked) or longer than it declares is refused as
 * soon as what arrived passes the limit, and the rest is never read.
 */
async function readBody(request: Request): Promise<Blob> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw tooLarge(`is ${length} bytes`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  if (!request.body) return new Blob(chunks);
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks);
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge(`is over ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
}

const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** multipart/form-data: `file` (optional upload) or `text`, plus `url`, `publisher`, `published`. */
async function readArticleForm(request: Request): Promise<unknown> {
  const body = await readBody(request);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", "expected a multipart form");
  }
  const file = form.get("file");
  let text = field(form, "text");
  let encoding = "text";
  if (file instanceof File && file.size > 0) {
    const decoded = decodeArticleFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) throw new AppError("INVALID_INPUT", decoded.message, { issues: [{ path: "file", message: decoded.message }] });
    text = decoded.text;
    encoding = decoded.encoding;
  }
  // multipart/form-data turns every newline of a text field into CRLF; store plain newlines.
  return { text: text.replace(/\r\n?/g, "\n"), encoding, url: field(form, "url"), publisher: field(form, "publisher"), published: field(form, "published") };
}

async function readJson(request: Request): Promise<unknown> {
  const body = await readBody(request);
  try {
    return JSON.parse(await body.text());
  } catch {
    throw new AppError("INVALID_INPUT", "expected a JSON body");
  }
}

const PreviewRequest = ImportArticleInput.extend({ encoding: z.string().max(20) });

/** POST /api/admin/import/preview → the decoded text and the parser's candidates. */
export const previewImportRoute = adminRoute("import.preview", readArticleForm, PreviewRequest, async ({ encoding, ...article }) => ({
  text: article.text,
  encoding,
  preview: await previewImport(article),
}));

/** POST /api/admin/import → stores the article with the accepted candidates (one transaction). */
export const saveImportRoute = adminRoute("import.save", readJson, ImportSaveInput, (input, { actor }) => importReviewed(input, { actor }));
