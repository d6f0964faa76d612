#!/usr/bin/env node
// Throughput benchmark (prints numbers; asserts nothing). Run after `npm run build`.
//
//   npm run bench -w @dateline/parser [-- CORPUS_DIR]
//
// 1. raw chrono (chrono.casual, the shared default) vs the full pipeline, document by document,
//    on the TempEval-3 train text (read in place from CORPUS_DIR, default /work/shared/corpus/tempeval3);
// 2. the same on ~1 MB of news text (the train documents concatenated into ONE document): raw chrono
//    per 16 KB piece and in one call, the pipeline in one call (it chunks internally);
// 3. adversarial families at 100 KB, 200 KB and 1 MB (best of 2): time must grow linearly (ratio 200K/100K ≈ 2).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const HERE = dirname(fileURLToPath(import.meta.url));
const { parseDocument } = await import(join(HERE, '..', 'dist', 'index.js'));
const corpusDir = resolve(process.argv[2] ?? process.env.TEMPEVAL3_DIR ?? '/work/shared/corpus/tempeval3');
const seedText = readFileSync(join(HERE, '..', '..', '..', 'seeds', '000_9758e7baec3deacb.txt'), 'utf8');
const PUBLISHED = '2023-04-08';
const ref = { instant: new Date(Date.UTC(2023, 3, 8, 12)), timezone: 0 };

function loadDocs() {
  if (!existsSync(join(corpusDir, 'export-docs.mjs'))) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  try {
    const out = join(tmp, 'docs.jsonl');
    const r = spawnSync(process.execPath, [join(corpusDir, 'export-docs.mjs'), '--split', 'train', '--data', corpusDir, '--out', out], { stdio: 'ignore' });
    if (r.status !== 0) return null;
    return readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Best (minimum) time of repeated runs over at least `minMs`: the least disturbed by other load. */
function time(fn, minMs = 300) {
  fn(); // warm-up
  let best = Infinity;
  const t0 = performance.now();
  do {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  } while (performance.now() - t0 < minMs);
  return best;
}
const mbps = (chars, ms) => (chars / 1e6 / (ms / 1000)).toFixed(2);
const row = (label, chars, ms, extra = '') => console.log(`${label.padEnd(46)} ${(chars / 1e3).toFixed(0).padStart(6)} KB ${ms.toFixed(0).padStart(7)} ms ${mbps(chars, ms).padStart(7)} MB/s ${extra}`);

const docs = loadDocs() ?? [{ id: 'seed', dct: PUBLISHED, text: seedText }];
const corpusChars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(`corpus: ${docs === null ? 'seed only' : `${docs.length} TempEval-3 train documents`} (${(corpusChars / 1e3).toFixed(0)} KB)\n`);

console.log('== news text, document by document ==');
const rawCorpus = time(() => { for (const d of docs) chrono.casual.parse(d.text, ref); }, 2000);
const pipeCorpus = time(() => { for (const d of docs) parseDocument(d.text, { published: d.dct }); }, 2000);
row('raw chrono.casual (per document)', corpusChars, rawCorpus);
row('pipeline parseDocument (per document)', corpusChars, pipeCorpus, `ratio ${(rawCorpus / pipeCorpus).toFixed(2)} of raw throughput`);
const { annotateTimex } = await import(join(HERE, '..', 'dist', 'timex', 'index.js'));
const timexCorpus = time(() => { for (const d of docs) annotateTimex(d.text, { dct: d.dct ?? PUBLISHED }); }, 2000);
row('  of which TIMEX3 rules (annotateTimex)', corpusChars, timexCorpus, `${((100 * timexCorpus) / pipeCorpus).toFixed(0)}% of pipeline time`);

console.log('\n== ~1 MB of news text as one document ==');
let big = '';
for (let i = 0; big.length < 1_000_000; i++) big += docs[i % docs.length].text + '\n\n';
const pieces = [];
for (let i = 0; i < big.length; i += 16_384) pieces.push(big.slice(i, i + 16_384));
const rawPieces = time(() => { for (const p of pieces) chrono.casual.parse(p, ref); }, 1500);
const pipeBig = time(() => parseDocument(big, { published: PUBLISHED }), 1500);
row('raw chrono.casual (16 KB pieces)', big.length, rawPieces);
row('pipeline parseDocument (one call)', big.length, pipeBig, `ratio ${(rawPieces / pipeBig).toFixed(2)} of raw throughput`);
const t0 = performance.now();
chrono.casual.parse(big, ref);
row('raw chrono.casual (one call, super-linear)', big.length, performance.now() - t0);

console.log('\n== adversarial families, pipeline (one call each) ==');
const families = {
  'whitespace runs': ' \t  \n   '.repeat(1),
  '"1 1 1 …"': '1 ',
  '"January January …"': 'January ',
  '"12:12:12…"': '12:',
  'dense date prose': 'On Friday, March 3, 2023 at 5 p.m. the council met again, two weeks after 08.04.2023. ',
};
for (const [name, unit] of Object.entries(families)) {
  const sizes = [100_000, 200_000, 1_000_000];
  const ms = sizes.map((n) => {
    const text = (name === 'whitespace runs' ? 'word' + ' '.repeat(n - 8) + 'word' : unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
    let best = Infinity;
    for (let round = 0; round < 2; round++) {
      const t = performance.now();
      parseDocument(text, { published: PUBLISHED });
      best = Math.min(best, performance.now() - t);
    }
    return best;
  });
  console.log(`${name.padEnd(22)} 100KB ${ms[0].toFixed(0).padStart(6)} ms  200KB ${ms[1].toFixed(0).padStart(6)} ms  1MB ${ms[2].toFixed(0).padStart(6)} ms  ` +
    `×${(ms[1] / ms[0]).toFixed(2)} per doubling, ×${(ms[2] / ms[0]).toFixed(1)} for 10× input (linear: 10)`);
}
