-- Timeline search on PostgreSQL (issue 4): a trigram index on "Event"."title", so that a view
-- searching for text (`q`: ILIKE '%text%', a case-insensitive substring, unchanged) reads the
-- events whose title holds the text's trigrams instead of every event of the window. pg_trgm is
-- a trusted extension (PostgreSQL 13+): a database owner may create it.
-- Not declared in prisma/postgres/schema.prisma: the two schemas declare the same models and
-- SQLite has no such index (test/postgres.test.ts leaves indexes named *_trgm_idx out of its
-- schema comparison).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Event_title_trgm_idx" ON "Event" USING gin ("title" gin_trgm_ops);
