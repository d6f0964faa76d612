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

/** Bodies above this are refused before reading (a 1 MB article plus form/JSON overhead). */
const MAX_BODY_BYTES = 8 * MAX_ARTICLE_BYTES;

function assertBodySize(request: Request): void {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `request body is ${length} bytes; the limit is ${MAX_BODY_BYTES}`);
}

const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** multipart/form-data: `file` (optional upload) or `text`, plus `url`, `publisher`, `published`. */
async function readArticleForm(request: Request): Promise<unknown> {
  assertBodySize(request);
  let form: FormData;
  try {
    form = await request.formData();
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
  assertBodySize(request);
  try {
    return await request.json();
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
