// Benchmark (not a test): how big MiniSearch's index of a built site is, as one file, to compare with
// Playbook's chunked index (docs/search.md). Indexes each page's title and <main> text with MiniSearch
// 7.2.0, prefix and fuzzy search on, no stored text (so no snippets: the fair lower bound).
//   cd generator/bench && npm install --no-save minisearch@7.2.0 && node minisearch-compare.mjs SITE_DIR
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import MiniSearch from 'minisearch'

const site = process.argv[2]
if (!site) {
  console.error('usage: node minisearch-compare.mjs SITE_DIR')
  process.exit(2)
}

function pages (dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return ['assets', 'search'].includes(entry.name) && dir === site ? [] : pages(file)
    return entry.name.endsWith('.html') ? [file] : []
  })
}

// the same parts the Java indexer reads: <main>, without data-search-ignore blocks (approximately: tags stripped)
function text (html) {
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'))
  return main.replace(/<(nav|aside)[^>]*data-search-ignore[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ')
}

const documents = pages(site).map((file, id) => {
  const html = fs.readFileSync(file, 'utf8')
  const title = (html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/) || [, ''])[1].replace(/<[^>]+>/g, '')
  return { id, path: path.relative(site, file), title, text: text(html) }
})

let start = performance.now()
const index = new MiniSearch({ fields: ['title', 'text'], storeFields: ['path', 'title'], searchOptions: { boost: { title: 10 }, prefix: true, fuzzy: 0.2 } })
index.addAll(documents)
const built = performance.now() - start
const json = JSON.stringify(index)
const gzipped = zlib.gzipSync(json, { level: 9 }).length
start = performance.now()
const loaded = MiniSearch.loadJSON(json, { fields: ['title', 'text'], storeFields: ['path', 'title'], searchOptions: { boost: { title: 10 }, prefix: true, fuzzy: 0.2 } })
const load = performance.now() - start
const times = ['pipeline coverage', 'discovery call agenda', 'negotiation discount approval', 'champion', 'exit criteria']
  .map(q => { const t = performance.now(); loaded.search(q); return performance.now() - t })
  .sort((a, b) => a - b)
console.log(`${documents.length} pages: MiniSearch index ${(json.length / 1e3).toFixed(1)} kB raw, ${(gzipped / 1e3).toFixed(1)} kB gzipped (one file, all fetched before the first result)`)
console.log(`index built in ${built.toFixed(0)} ms; loadJSON ${load.toFixed(0)} ms; query median ${times[2].toFixed(1)} ms (Node ${process.version})`)
