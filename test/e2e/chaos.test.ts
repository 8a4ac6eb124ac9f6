// A few fixed seeds of the chaos harness (npm run chaos runs as many as you like): each
// deploys, then runs its operations, with the invariants and the runs' outcomes checked.
import { jest } from '@jest/globals'
import { drawOps, OPERATIONS, prng, runSeed } from './chaos.js'

jest.setTimeout(600_000)

// Two short seeds: 7 (upgrade, fault-during-revert, throttling-burst) and 35
// (kill-mid-replace, throttling-burst, slow-stop).
const CI_SEEDS = (process.env.CHAOS_SEEDS ?? '7,35').split(',').map(Number)

describe('the chaos harness', () => {
  it('draws the same operations from the same seed, 3 to 6 of them, each one it knows', () => {
    for (const seed of [1, 2, 3, 40]) {
      const ops = drawOps(prng(seed))
      expect(drawOps(prng(seed))).toEqual(ops)
      expect(ops.length).toBeGreaterThanOrEqual(3)
      expect(ops.length).toBeLessThanOrEqual(6)
      for (const op of ops) expect(Object.keys(OPERATIONS)).toContain(op)
    }
    expect(drawOps(prng(1))).not.toEqual(drawOps(prng(2)))
  })

  it.each(CI_SEEDS)('seed %i holds every invariant and ends healthy', async (seed) => {
    const result = await runSeed(seed)
    const report = result.problems.map((p) => `${p.op} (${p.kind}): ${p.detail}`).join('\n\n')
    expect(`${result.ops.join(', ')}\n${report}`).toBe(`${result.ops.join(', ')}\n`)
  })
})
