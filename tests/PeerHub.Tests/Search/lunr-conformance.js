// Reference side of PeerHub's search conformance tests: runs lunr.js 2.3.9 itself.
//
//   node lunr-conformance.js <lunr-dir> index <request.json> <out-dir>
//     request: { fields: [{name, boost}], docs: [{ref, boost, fields: {name: string|string[]}}],
//                queries: [string], csharpIndexPath: string, positionFields?: [string] }
//     with positionFields, lunr's index keeps position metadata only for those fields (deleted from the
//     others after building, before it is serialised or queried), as PeerHub's site index does
//     writes <out-dir>/lunr-index.json (JSON.stringify of lunr's own index) and
//     <out-dir>/results.json ({ normalisedEqual, results: [{query, lunr, csharp}] }), where each
//     side is {error} or {hits: [{ref, score, matchData}]}, matchData keys sorted.
//
//   node lunr-conformance.js <lunr-dir> stem <words.txt> <stems.txt>
//     one word per line in, lunr.stemmer's result per line out.
'use strict'
const fs = require('fs')
const path = require('path')

const [lunrDir, mode, input, output] = process.argv.slice(2)
const lunr = require(path.resolve(lunrDir))

function sortKeys (value) {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const sorted = {}
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key])
  return sorted
}

function run (index, query) {
  try {
    return {
      hits: index.search(query).map(r => ({
        ref: r.ref,
        score: r.score,
        matchData: sortKeys(r.matchData.metadata)
      }))
    }
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.name + ': ' + e.message : e) }
  }
}

if (mode === 'stem') {
  const words = fs.readFileSync(input, 'utf8').split('\n')
  if (words.length && words[words.length - 1] === '') words.pop()
  const stems = words.map(w => lunr.stemmer(new lunr.Token(w)).toString())
  fs.writeFileSync(output, stems.join('\n') + '\n', 'utf8')
} else if (mode === 'index') {
  const request = JSON.parse(fs.readFileSync(input, 'utf8'))
  const index = lunr(function () {
    this.ref('ref')
    this.metadataWhitelist = ['position']
    for (const field of request.fields) {
      const name = field.name
      // An extractor, so a field may be called "ref" without clashing with the document ref.
      this.field(name, { boost: field.boost, extractor: doc => doc.fields[name] })
    }
    for (const doc of request.docs) this.add(doc, { boost: doc.boost })
  })
  if (request.positionFields) {
    const keep = new Set(request.positionFields)
    for (const term in index.invertedIndex) {
      for (const field of index.fields) {
        if (keep.has(field)) continue
        for (const ref in index.invertedIndex[term][field]) delete index.invertedIndex[term][field][ref].position
      }
    }
  }
  const lunrJson = JSON.stringify(index)
  const csharpJson = fs.readFileSync(request.csharpIndexPath, 'utf8')
  const loaded = lunr.Index.load(JSON.parse(csharpJson))
  const results = request.queries.map(q => ({ query: q, lunr: run(index, q), csharp: run(loaded, q) }))
  fs.mkdirSync(output, { recursive: true })
  fs.writeFileSync(path.join(output, 'lunr-index.json'), lunrJson, 'utf8')
  fs.writeFileSync(path.join(output, 'results.json'), JSON.stringify({
    normalisedEqual: JSON.stringify(JSON.parse(csharpJson)) === lunrJson,
    results
  }), 'utf8')
} else {
  console.error('usage: node lunr-conformance.js <lunr-dir> (index|stem) <input> <output>')
  process.exit(2)
}
