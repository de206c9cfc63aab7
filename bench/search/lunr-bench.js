// Times lunr.js 2.3.9 building an index: node lunr-bench.js <lunr-dir> <docs.json> <out.json> <runs>
// Prints {"buildMs": [...], "stringifyMs": n} and writes lunr's JSON.stringify(index) to <out.json>.
'use strict'
const fs = require('fs')
const path = require('path')
const [lunrDir, input, output, runsArg] = process.argv.slice(2)
const lunr = require(path.resolve(lunrDir))
const request = JSON.parse(fs.readFileSync(input, 'utf8'))
const runs = Number(runsArg || 3)

function build () {
  return lunr(function () {
    this.ref('ref')
    this.metadataWhitelist = ['position']
    for (const field of request.fields) {
      const name = field.name
      this.field(name, { boost: field.boost, extractor: doc => doc.fields[name] })
    }
    for (const doc of request.docs) this.add(doc, { boost: doc.boost })
  })
}

build() // warm-up, as the C# side gets one
const buildMs = []
let index
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint()
  index = build()
  buildMs.push(Number(process.hrtime.bigint() - start) / 1e6)
}
const start = process.hrtime.bigint()
const json = JSON.stringify(index)
const stringifyMs = Number(process.hrtime.bigint() - start) / 1e6
fs.writeFileSync(output, json, 'utf8')
console.log(JSON.stringify({ buildMs, stringifyMs }))
