// @cloud-copilot/iam-simulate is AGPL-3.0: the simulator (test/sim/) may use it, the
// product may not. Nothing under src/ imports it and no bundle in dist/ contains it.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './template.js'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

const AGPL = ['@cloud-copilot/iam-simulate', '@cloud-copilot/iam-policy', 'iam-simulate']

it.each(['src', 'dist'])('%s holds nothing of the AGPL IAM evaluator', (dir) => {
  const hits = files(join(repoRoot, dir)).filter((f) => {
    const text = readFileSync(f, 'utf8')
    return AGPL.some((name) => text.includes(name))
  })
  expect(hits).toEqual([])
})

it('keeps the evaluator a devDependency', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  expect(pkg.dependencies['@cloud-copilot/iam-simulate']).toBeUndefined()
  expect(pkg.devDependencies['@cloud-copilot/iam-simulate']).toBeDefined()
})
