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
//
//   node lunr-conformance.js <lunr-dir> lower - <out.txt>
//     String.prototype.toLowerCase for every code point (lone surrogates as one code unit): a line
//     "cp lowered sigma" (hex, lowered as code units joined by ','; sigma three bits, 1 where lowering
//     c+'Σ', 'A'+c+'Σ' and 'AΣ'+c ends the Σ as final sigma) for each code point that lowers to something
//     else or whose sigma bits are not the plain '001'.
//
//   node lunr-conformance.js <lunr-dir> casedata - <JsCaseData.cs>
//     writes generator/Search/JsCaseData.cs, the tables behind PeerHub's JsText.ToLower, from this node.
//
//   node lunr-conformance.js <lunr-dir> log <args.bin> <logs.bin>
//     Math.log of each little-endian float64 in, as float64 out (lunr's idf is a Math.log).
//
//   node lunr-conformance.js <lunr-dir> script <search-data.js> <out.json>
//     runs the script form of the search files and writes JSON.stringify of its index and docs.
//
// Spanish: lunr-languages 1.22.0 from the lunr-languages folder next to <lunr-dir> (themes/default/node_modules),
// loaded as the browser loads it: lunr.stemmer.support.js, then lunr.es.js.
//
//   index with request.language "es": the builder calls this.use(lunr.es) first.
//
//   node lunr-conformance.js <lunr-dir> es-stem <words.txt> <stems.txt>
//     one word per line in, lunr.es.stemmer's result per line out.
//
//   node lunr-conformance.js <lunr-dir> es-tokens <tokens.json> <out.json>
//     a JSON array of (lower-cased) tokens in; out, one object per token: trimmed (lunr.es.trimmer), stop (whether
//     lunr.es.stopWordFilter drops the trimmed token), index (the terms the indexing pipeline of this.use(lunr.es)
//     makes of it) and search (the search pipeline's terms).
//
//   node lunr-conformance.js <lunr-dir> es-trim-table - <out.txt>
//     65,536 characters: '1' for each UTF-16 code unit lunr.es.trimmer keeps as a one-character token, else '0'.
//
//   node lunr-conformance.js <lunr-dir> browser-load <request.json> <out.json>
//     request: { scripts: [path], indexPath, queries: [string] }. Runs the scripts as classic browser scripts, in
//     order, in one fresh global scope without require or module (as a page's <script> elements run), then
//     lunr.Index.load of the index; out: {error} or {pipeline, results: [{query, refs}]}.
'use strict'
const fs = require('fs')
const path = require('path')

const [lunrDir, mode, input, output] = process.argv.slice(2)
const lunr = require(path.resolve(lunrDir))

// Registers lunr.stemmerSupport, lunr.trimmerSupport and lunr.es on lunr, once; only Spanish requests load them.
function spanish () {
  if (!lunr.es) {
    const languages = path.join(path.resolve(lunrDir), '..', 'lunr-languages')
    require(path.join(languages, 'lunr.stemmer.support.js'))(lunr)
    require(path.join(languages, 'lunr.es.js'))(lunr)
  }
  return lunr.es
}

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
} else if (mode === 'es-stem') {
  const es = spanish()
  const words = fs.readFileSync(input, 'utf8').split('\n')
  if (words.length && words[words.length - 1] === '') words.pop()
  const stems = words.map(w => es.stemmer(new lunr.Token(w)).toString())
  fs.writeFileSync(output, stems.join('\n') + '\n', 'utf8')
} else if (mode === 'es-tokens') {
  const es = spanish()
  const builder = new lunr.Builder()
  builder.use(es)
  const tokens = JSON.parse(fs.readFileSync(input, 'utf8'))
  const out = tokens.map(t => {
    const trimmed = es.trimmer(new lunr.Token(t)).toString()
    return {
      token: t,
      trimmed,
      stop: es.stopWordFilter(new lunr.Token(trimmed)) === undefined,
      index: builder.pipeline.run([new lunr.Token(t)]).map(x => x.toString()),
      search: builder.searchPipeline.run([new lunr.Token(t)]).map(x => x.toString())
    }
  })
  fs.writeFileSync(output, JSON.stringify({
    indexPipeline: builder.pipeline.toJSON(),
    searchPipeline: builder.searchPipeline.toJSON(),
    tokens: out
  }), 'utf8')
} else if (mode === 'es-trim-table') {
  const es = spanish()
  let table = ''
  for (let c = 0; c <= 0xffff; c++) table += es.trimmer(new lunr.Token(String.fromCharCode(c))).toString() === '' ? '0' : '1'
  fs.writeFileSync(output, table, 'utf8')
} else if (mode === 'browser-load') {
  const vm = require('vm')
  const request = JSON.parse(fs.readFileSync(input, 'utf8'))
  const context = vm.createContext({ console })
  let out
  try {
    for (const script of request.scripts) vm.runInContext(fs.readFileSync(script, 'utf8'), context, { filename: script })
    context.serialised = fs.readFileSync(request.indexPath, 'utf8')
    context.queries = request.queries
    out = JSON.parse(vm.runInContext(`(() => {
      const index = lunr.Index.load(JSON.parse(serialised))
      return JSON.stringify({
        pipeline: index.pipeline.toJSON(),
        results: queries.map(q => ({ query: q, refs: index.search(q).map(r => r.ref) }))
      })
    })()`, context))
  } catch (e) {
    out = { error: String(e && e.message !== undefined ? e.message : e) }
  }
  fs.writeFileSync(output, JSON.stringify(out), 'utf8')
} else if (mode === 'index') {
  const request = JSON.parse(fs.readFileSync(input, 'utf8'))
  if (request.language === 'es') spanish()
  else if (request.language && request.language !== 'en') throw new Error('unknown language ' + request.language)
  const index = lunr(function () {
    if (request.language === 'es') this.use(lunr.es)
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
} else if (mode === 'lower') {
  const lines = []
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const c = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)
    const lowered = c.toLowerCase()
    const sigma = [c + '\u03a3', 'A' + c + '\u03a3', 'A\u03a3' + c]
      .map(p => p.toLowerCase().indexOf('\u03c2') >= 0 ? '1' : '0').join('')
    if (lowered !== c || sigma !== '001') {
      const units = []
      for (let i = 0; i < lowered.length; i++) units.push(lowered.charCodeAt(i).toString(16))
      lines.push(cp.toString(16) + ' ' + units.join(',') + ' ' + sigma)
    }
  }
  fs.writeFileSync(output, lines.join('\n') + '\n', 'utf8')
} else if (mode === 'log') {
  const bytes = fs.readFileSync(input)
  const args = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8)
  const logs = new Float64Array(args.length)
  for (let i = 0; i < args.length; i++) logs[i] = Math.log(args[i])
  fs.writeFileSync(output, Buffer.from(logs.buffer))
} else if (mode === 'casedata') {
  fs.writeFileSync(output, caseData(), 'utf8')
} else if (mode === 'script') {
  const window = {}
  new Function('window', fs.readFileSync(input, 'utf8'))(window)
  fs.writeFileSync(output, JSON.stringify({
    index: JSON.stringify(window.PEERHUB_SEARCH.index),
    docs: JSON.stringify(window.PEERHUB_SEARCH.docs)
  }), 'utf8')
} else {
  console.error('usage: node lunr-conformance.js <lunr-dir> (index|stem|lower|log|casedata|script|es-stem|es-tokens|es-trim-table|browser-load) <input> <output>')
  process.exit(2)
}

// The C# source of PeerHub's lower-casing tables, from this node's ICU: simple lower-case mappings as runs
// (start, end, step, delta) for code points whose toLowerCase is one code point, and the ranges of the
// Cased and Case_Ignorable properties that decide final sigma.
function caseData () {
  const runs = []
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const lowered = [...String.fromCodePoint(cp).toLowerCase()]
    if (lowered.length !== 1) continue   // U+0130 only, handled in code
    const delta = lowered[0].codePointAt(0) - cp
    if (delta === 0) continue
    const last = runs[runs.length - 1]
    if (last && last[3] === delta && ((last[0] === last[1] && cp - last[1] <= 2) || cp - last[1] === last[2])) {
      if (last[0] === last[1]) last[2] = cp - last[1]
      last[1] = cp
    } else {
      runs.push([cp, cp, 1, delta])
    }
  }
  const ranges = regex => {
    const result = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      if (!regex.test(String.fromCodePoint(cp))) continue
      const last = result[result.length - 1]
      if (last && last[1] === cp - 1) last[1] = cp
      else result.push([cp, cp])
    }
    return result
  }
  const hex = n => (n < 0 ? '-' : '') + '0x' + Math.abs(n).toString(16).toUpperCase()
  const rows = (items, per) => {
    const lines = []
    for (let i = 0; i < items.length; i += per) lines.push('        ' + items.slice(i, i + per).map(r => r.map(hex).join(', ') + ',').join(' '))
    return lines.join('\n')
  }
  return `// <auto-generated>
// Generated from node ${process.version} (ICU ${process.versions.icu}, Unicode ${process.versions.unicode}) by
//   node tests/PeerHub.Tests/Search/lunr-conformance.js themes/default/node_modules/lunr casedata - generator/Search/JsCaseData.cs
// LowerCaseConformanceTests compares JsText.ToLower with this node's toLowerCase for every code point.
// </auto-generated>

namespace PeerHub.Search;

internal static class JsCaseData
{
    /// <summary>Unicode version of the tables: the one String.prototype.toLowerCase followed where they were made.</summary>
    public const string UnicodeVersion = "${process.versions.unicode}";

    /// <summary>Simple lower-case mappings as (first, last, step, delta) runs: each code point first, first + step, ... last lowers to itself + delta.</summary>
    public static ReadOnlySpan<int> LowerRuns =>
    [
${rows(runs, 4)}
    ];

    /// <summary>The Cased property as (first, last) ranges.</summary>
    public static ReadOnlySpan<int> Cased =>
    [
${rows(ranges(/\p{Cased}/u), 6)}
    ];

    /// <summary>The Case_Ignorable property as (first, last) ranges.</summary>
    public static ReadOnlySpan<int> CaseIgnorable =>
    [
${rows(ranges(/\p{Case_Ignorable}/u), 6)}
    ];
}
`
}
