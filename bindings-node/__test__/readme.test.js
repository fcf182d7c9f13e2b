'use strict'
// The README's Node example runs as written, from a program that installed the package.
const assert = require('node:assert/strict')
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { test } = require('node:test')

const { REPO } = require('./fixtures')

test("the README's Node example prints what its comments say", () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Node\n'))
  const code = section.match(/```js\n([\s\S]*?)```/)[1]
  const out = execFileSync(process.execPath, ['--input-type=commonjs', '-e', code], {
    cwd: path.join(REPO, 'examples', 'node'), // where `require('abrege')` finds the installed package
    encoding: 'utf8',
  })
  // The two calls run at once: their lines may come in either order.
  const lines = out.trim().split('\n')
  assert.ok(lines.includes('fr'), out)
  assert.equal(lines.filter((l) => l.endsWith(' true')).length, 2, out)
  assert.ok(!/ false$/m.test(out), out)
  assert.ok(lines.includes('1 no_text'), out)
  assert.match(out, /^0 Le conseil municipal/m)
  assert.match(out, /^2 The council met\.$/m)
})
