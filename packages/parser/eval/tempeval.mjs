#!/usr/bin/env node
// TempEval-3 evaluation of @dateline/parser (no dependencies beyond the built package).
//
//   npm run eval:tempeval [-- CORPUS_DIR] [--split train|platinum|all] [--errors FILE] [--per-doc] [--half A|B]
//
// CORPUS_DIR defaults to /work/shared/corpus/tempeval3 (or $TEMPEVAL3_DIR). The corpus is read in
// place and never copied into the repository: its own export-docs.mjs writes the documents to a
// temporary file, parseDocument (from ../dist) runs over each with published = its DCT, the
// mentions become predictions {id: [{start, end, value, type}]}, and the corpus' score.mjs prints
// the TE3 table (strict/relaxed P/R/F1, value F1, type F1, per type).
//
// --half A|B scores one half of the split: documents sorted by id, A = even indexes, B = odd. Rules
// are chosen on the errors of one half and kept only when the other half does not lose.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = { dir: process.env.TEMPEVAL3_DIR ?? '/work/shared/corpus/tempeval3', split: 'train', half: null, extra: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--split') args.split = argv[++i];
  else if (a === '--errors' || a === '--json') args.extra.push(a, resolve(argv[++i]));
  else if (a === '--per-doc') args.extra.push(a);
  else if (a === '--half') {
    args.half = String(argv[++i]).toUpperCase();
    if (args.half !== 'A' && args.half !== 'B') {
      console.error(`--half takes A or B, not ${argv[i]}`);
      process.exit(2);
    }
  }
  else if (a === '--help' || a === '-h') {
    console.log('usage: node eval/tempeval.mjs [CORPUS_DIR] [--split train|platinum|all] [--errors FILE] [--json FILE] [--per-doc] [--half A|B]');
    process.exit(0);
  } else if (!a.startsWith('-')) args.dir = a;
  else {
    console.error(`unknown argument ${a}`);
    process.exit(2);
  }
}
const corpus = resolve(args.dir);
for (const f of ['export-docs.mjs', 'score.mjs']) {
  if (!existsSync(join(corpus, f))) {
    console.error(`tempeval: ${join(corpus, f)} not found (pass the TempEval-3 corpus folder)`);
    process.exit(1);
  }
}
const dist = join(HERE, '..', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('tempeval: build the parser first (npm run build -w @dateline/parser)');
  process.exit(1);
}
const { parseDocument } = await import(dist);

const tmp = mkdtempSync(join(tmpdir(), 'dateline-te3-'));
try {
  const docsFile = join(tmp, 'docs.jsonl');
  const run = (script, extra) => {
    const r = spawnSync(process.execPath, [join(corpus, script), ...extra], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(`tempeval: ${script} failed with exit code ${r.status}`);
      process.exit(1);
    }
    return r.stdout;
  };
  run('export-docs.mjs', ['--split', args.split, '--data', corpus, '--out', docsFile]);
  let docs = readFileSync(docsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (args.half) {
    // The half's gold goes to score.mjs as a folder of its own: links to the half's documents.
    const ids = docs.map((d) => d.id).sort();
    const keep = new Set(ids.filter((_, i) => i % 2 === (args.half === 'A' ? 0 : 1)));
    docs = docs.filter((d) => keep.has(d.id));
    const goldDir = join(tmp, `half-${args.half}`);
    mkdirSync(goldDir);
    const { listTmlFiles, splitDirs } = await import(pathToFileURL(join(corpus, 'timeml.mjs')).href);
    for (const file of splitDirs(corpus, args.split).flatMap((d) => listTmlFiles(d))) {
      if (keep.has(basename(file).replace(/\.tml$/, ''))) symlinkSync(file, join(goldDir, basename(file)));
    }
    args.extra.push('--gold', goldDir);
  }

  const predictions = {};
  let mentions = 0;
  let failures = 0;
  const t0 = process.hrtime.bigint();
  for (const doc of docs) {
    try {
      const result = parseDocument(doc.text, { published: doc.dct });
      predictions[doc.id] = result.mentions.map((m) => ({ start: m.start, end: m.end, value: m.timex.value, type: m.timex.type }));
      mentions += result.mentions.length;
    } catch (error) {
      failures++;
      predictions[doc.id] = [];
      console.error(`tempeval: ${doc.id}: ${error.message}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const predFile = join(tmp, 'predictions.json');
  writeFileSync(predFile, JSON.stringify(predictions));
  console.log(`parsed ${docs.length} documents (${failures} failed), ${mentions} mentions in ${ms.toFixed(0)} ms`);
  process.stdout.write(run('score.mjs', ['--pred', predFile, '--split', args.split, '--data', corpus, ...args.extra]));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
