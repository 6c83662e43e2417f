// Times the search page's own engine (themes/default/static/assets/search.js) against a built
// site's index, reading the files from disk as a browser would fetch them:
//   node src/test/browser/search-bench.js SITE_DIR [QUERY...]
// For each query: the time of a cold search (shards read and parsed), of the same search again
// (shards cached, as while a reader types), and of loading the first page of result fragments.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const search = require(path.join(__dirname, '../../../themes/default/static/assets/search.js'));

const site = process.argv[2];
const queries = process.argv.length > 3 ? process.argv.slice(3) : ['工会', '三公', '住房公积金', '2023 工会', '会', 'fund'];
if (!site) {
  console.error('usage: node search-bench.js SITE_DIR [QUERY...]');
  process.exit(2);
}
let bytes = 0;
const load = (url) => {
  const text = fs.readFileSync(path.join(site, url.replace(/^\/+/, '').split('?')[0]), 'utf8');
  bytes += Buffer.byteLength(text);
  return Promise.resolve(JSON.parse(text));
};
const ms = (t) => (Number(process.hrtime.bigint() - t) / 1e6).toFixed(1);

function sizes(dir) {
  let raw = 0;
  let gz = 0;
  let files = 0;
  for (const f of fs.readdirSync(dir)) {
    const data = fs.readFileSync(path.join(dir, f));
    raw += data.length;
    gz += zlib.gzipSync(data, { level: 9 }).length;
    files++;
  }
  return { files, raw, gz };
}

(async () => {
  const meta = JSON.parse(fs.readFileSync(path.join(site, 'search/meta.json'), 'utf8'));
  const s = sizes(path.join(site, 'search/s'));
  console.log(`index: ${meta.documents} pages, ${s.files} shards, ${s.raw} bytes raw, ${s.gz} bytes gzipped`);
  for (const q of queries) {
    const engine = new search.Engine('/search/', load);
    bytes = 0;
    let t = process.hrtime.bigint();
    const found = await engine.search(q);
    const cold = ms(t);
    const read = bytes;
    t = process.hrtime.bigint();
    await engine.search(q);
    const warm = ms(t);
    t = process.hrtime.bigint();
    await Promise.all(found.results.slice(0, 10).map((id) => engine.fragment(id)));
    const fragments = ms(t);
    console.log(`${q}: ${found.results.length} results${found.partial ? ' (some words)' : ''};`
      + ` cold ${cold} ms (${read} bytes of shards), warm ${warm} ms, first 10 fragments ${fragments} ms`);
  }
})();
