// `npm run chaos -- --seeds N --seed S`: runs seeds S..S+N-1 of the chaos harness one after
// the other (each starts its own simulator), prints one line per seed and a summary, and
// exits non-zero when any seed found a problem, with the command that replays it.
import { parseArgs } from 'node:util'
import { OPERATIONS, runSeed, type SeedResult } from './chaos.js'

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' }
  }
})
const seeds = Number(values.seeds)
const first = Number(values.seed)
if (!Number.isInteger(seeds) || seeds < 1 || !Number.isInteger(first) || first < 0) {
  process.stderr.write(`--seeds must be a whole number above 0 and --seed one of 0 or more\n`)
  process.exit(2)
}

const out = (s = '') => process.stdout.write(s + '\n')
const results: SeedResult[] = []
for (let seed = first; seed < first + seeds; seed++) {
  const r = await runSeed(seed)
  results.push(r)
  const verdict = r.problems.length
    ? `FAILED (${r.problems.map((p) => `${p.op}: ${p.kind}`).join(', ')})`
    : 'ok'
  out(
    `seed ${String(seed).padStart(3)}  ${(r.ms / 1000).toFixed(0).padStart(4)}s  ${r.ops.join(', ')}  ${verdict}`
  )
  for (const p of r.problems) {
    out(`    ${p.op} (${p.kind}): ${p.detail.split('\n').slice(0, 12).join('\n      ')}`)
    out(`    replay: npm run chaos -- --seed ${seed} --seeds 1   (log: ${r.log})`)
  }
}

out('\noperation              runs  problems')
for (const op of Object.keys(OPERATIONS)) {
  const runs = results.reduce((n, r) => n + r.ops.filter((o) => o === op).length, 0)
  const bad = results.reduce((n, r) => n + r.problems.filter((p) => p.op === op).length, 0)
  out(`${op.padEnd(22)} ${String(runs).padStart(5)}  ${String(bad).padStart(8)}`)
}
const kinds = new Map<string, number>()
for (const r of results) for (const p of r.problems) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1)
const failed = results.filter((r) => r.problems.length)
out(
  `\n${results.length} seeds, ${results.reduce((n, r) => n + r.ops.length, 0)} operations, ` +
    `${failed.length} seeds with problems${kinds.size ? ` (${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`
)
process.exit(failed.length ? 1 : 0)
