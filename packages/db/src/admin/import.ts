/**
 * Article import with review: `previewImport` parses an article and lists its candidate events
 * for an editor; `importReviewed` stores the article with the candidates the editor accepted (and
 * possibly edited), in one transaction, once per content (re-importing adds nothing).
 */
import type { ParseResult } from "@dateline/parser";
import {
  ImportArticleInput,
  ImportSaveInput,
  type ImportCandidateView,
  type ImportPreview,
} from "@dateline/schema/admin";
import { prismaOf, type DbOption } from "../client.ts";
import { importDocument, type ImportDocumentOptions, type ImportDocumentResult } from "../documents.ts";
import { contentHash } from "../hash.ts";
import { parseInput } from "../validate.ts";
import { actorLabel } from "./audit.ts";
import type { AdminWriteOptions } from "./events.ts";

type Article = ReturnType<typeof ImportArticleInput.parse>;

const AMBIGUOUS = /order|ambiguous/i;

async function parseArticle(article: Article): Promise<ParseResult> {
  const { parseDocument } = await import("@dateline/parser");
  return parseDocument(article.text, article.published ? { published: article.published } : {});
}

function candidateViews(parse: ParseResult): ImportCandidateView[] {
  const mentions = new Map(parse.mentions.map((m) => [m.id, m]));
  return parse.events.map((event) => {
    const anchor = event.mentionIds[0] === undefined ? undefined : mentions.get(event.mentionIds[0]);
    const start = anchor ? anchor.start - event.span.start : -1;
    const end = anchor ? anchor.end - event.span.start : -1;
    const inside = anchor !== undefined && start >= 0 && end <= event.sentence.length && start <= end;
    const implied = anchor?.resolution.implied ?? [];
    return {
      id: event.id,
      title: event.title,
      sentence: event.sentence,
      span: event.span,
      date: event.date,
      dateText: anchor?.text ?? null,
      highlight: inside ? { start, end } : null,
      resolution: anchor?.resolution.explanation ?? "",
      rule: anchor?.resolution.rule ?? "",
      implied,
      ambiguous: implied.some((part) => AMBIGUOUS.test(part)),
      confidence: event.confidence,
      mentionIds: event.mentionIds,
    };
  });
}

function datelineView(parse: ParseResult): ImportPreview["dateline"] {
  const dateline = parse.document.dateline;
  if (!dateline) return null;
  const { text, date, reference, resolution } = dateline;
  return { text, date, reference, implied: resolution.implied, explanation: resolution.explanation };
}

/** Parses an article for review. Throws AppError INVALID_INPUT (empty, > 1 MB, bad URL/date). */
export async function previewImport(input: unknown, options: DbOption = {}): Promise<ImportPreview> {
  const article = parseInput(ImportArticleInput, input, "article");
  const parse = await parseArticle(article);
  const prisma = await prismaOf(options.db);
  const existing = await prisma.document.findUnique({ where: { contentHash: contentHash(article.text) }, select: { id: true } });
  return {
    title: parse.document.title,
    published: parse.document.published,
    publishedSource: parse.document.publishedSource,
    dateline: datelineView(parse),
    candidates: candidateViews(parse),
    warnings: parse.warnings.map(({ code, message }) => ({ code, message })),
    existingDocumentId: existing?.id ?? null,
  };
}

/**
 * Stores the article and exactly the accepted candidates (edited titles, dates, tags kept), in
 * one transaction with one audit row. The text is parsed again here, so evidence (mentions,
 * resolutions) comes from the server, never from the browser. Importing the same text again adds
 * nothing (`created: false`).
 */
export async function importReviewed(
  input: unknown,
  options: AdminWriteOptions & Pick<ImportDocumentOptions, "beforeCommit">,
): Promise<ImportDocumentResult> {
  const { accepted, status, ...fields } = parseInput(ImportSaveInput, input, "import");
  const article = parseInput(ImportArticleInput, fields, "article");
  const parse = await parseArticle(article);
  return importDocument(
    {
      text: article.text,
      url: article.url || null,
      publisher: article.publisher || null,
      published: article.published || null,
      parse,
      events: accepted,
    },
    { db: options.db, beforeCommit: options.beforeCommit, actor: actorLabel(options.actor), status },
  );
}
