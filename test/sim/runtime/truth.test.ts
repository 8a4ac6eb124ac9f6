// The truth checks themselves: each one finds the lie it is there for, and a true report
// passes them all.
import { DOWNTIME_OVER_MS, ServiceTruth, checkRun, type RunSaid } from './truth.js'

/** A truth fed by hand: `serving` is who serves at each sample time. */
function truthOf(samples: [number, string | undefined][]): ServiceTruth {
  let now: string | undefined
  const truth = new ServiceTruth(() => now)
  for (const [t, id] of samples) {
    now = id
    truth.sample(t)
  }
  return truth
}

/** i-0aa serves, nothing from 1000 to 4000, then i-0bb. */
const handover = () =>
  truthOf([
    [0, 'i-0aa'],
    [1000, undefined],
    [4000, 'i-0bb'],
    [9000, 'i-0bb']
  ])

const said = (o: Partial<RunSaid>): RunSaid => ({
  command: 'deploy',
  result: 'deployed',
  downtimeSeconds: '3.2',
  instanceId: 'i-0bb',
  text: '',
  startedAt: 0,
  endedAt: 9000,
  ...o
})

const context = (truth: ServiceTruth, bad = false) => ({
  truth,
  pollMs: 100,
  amiIsBad: () => bad,
  imageOf: (id: string) => (id === 'i-0bb' ? 'ami-0bb' : 'ami-0aa')
})

describe('ServiceTruth', () => {
  it('finds the outages that began in a window, open ones without an end', () => {
    const t = truthOf([
      [0, 'i-a'],
      [100, undefined],
      [300, 'i-b'],
      [500, undefined]
    ])
    expect(t.outages(0, 1000)).toEqual([{ from: 100, to: 300 }, { from: 500 }])
    expect(t.outages(200, 1000)).toEqual([{ from: 500 }])
    expect(t.servingAt(350)).toBe('i-b')
  })

  it('a first boot is no outage: nothing had served before it', () => {
    const t = truthOf([
      [0, undefined],
      [500, 'i-a']
    ])
    expect(t.outages(0, 1000)).toEqual([])
  })
})

describe('checkRun', () => {
  it('passes a true report', () => {
    expect(checkRun(said({}), context(handover()))).toEqual([])
  })

  it('an outage without downtime-seconds', () => {
    expect(checkRun(said({ downtimeSeconds: '' }), context(handover()))).toEqual([
      expect.stringMatching(/downtime-seconds=\(empty\), but the simulator saw 1 outage/)
    ])
  })

  it('a downtime below the outage by more than a poll, or above it by more than the tolerance', () => {
    expect(checkRun(said({ downtimeSeconds: '2.7' }), context(handover()))).toEqual([
      expect.stringMatching(/less than the outage/)
    ])
    const over = String((3000 + DOWNTIME_OVER_MS + 500) / 1000)
    expect(checkRun(said({ downtimeSeconds: over }), context(handover()))).toEqual([
      expect.stringMatching(/more than the outage/)
    ])
  })

  it('"no downtime" and "kept serving" said of an outage', () => {
    const text =
      'deploying ami-0bb failed: i-0bb failed in phase prepare. The handover was called off before anything was stopped: i-0aa kept serving throughout (no downtime)'
    const problems = checkRun(
      said({ result: 'reverted', instanceId: 'i-0bb', text }),
      context(handover(), true)
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/said "no downtime"/),
        expect.stringMatching(/said i-0aa kept serving, but .* i-0bb served at its end/)
      ])
    )
  })

  it('a run that ends with OpsCenter still down must say so, with the downtime so far', () => {
    // i-0aa stops at 1000 and nothing serves again before the run ends at 9000.
    const down = () =>
      truthOf([
        [0, 'i-0aa'],
        [1000, undefined]
      ])
    const failed = { result: 'failed', instanceId: '', endedAt: 9000 }
    expect(checkRun(said({ ...failed, downtimeSeconds: '' }), context(down()))).toEqual([
      expect.stringMatching(/\(empty\), but OpsCenter had not served for 8\.0 s/)
    ])
    expect(checkRun(said({ ...failed, downtimeSeconds: '4.0' }), context(down()))).toEqual([
      expect.stringMatching(/less than the outage so far/)
    ])
    expect(checkRun(said({ ...failed, downtimeSeconds: '7.6' }), context(down()))).toEqual([])
  })

  it('an instance-id that is not the one serving at the end', () => {
    expect(checkRun(said({ instanceId: 'i-0aa' }), context(handover()))).toEqual([
      expect.stringMatching(/instance-id is i-0aa .* but i-0bb served/)
    ])
  })

  it('a revert of an AMI nothing was wrong with, and one that names no instance of it', () => {
    const reverted = said({
      result: 'reverted',
      instanceId: 'i-0bb',
      text: 'deploying ami-0bb failed: i-0bb left the group. Reverted to ami-0aa: i-0bb is healthy on it'
    })
    expect(checkRun(reverted, context(handover(), false))).toEqual([
      expect.stringMatching(/reverted ami-0bb, but nothing was wrong with it/)
    ])
    expect(checkRun(reverted, context(handover(), true))).toEqual([])
    const unnamed = { ...reverted, text: 'deploying ami-0bb failed: timed out. Reverted' }
    expect(checkRun(unnamed, context(handover(), true))).toEqual([
      expect.stringMatching(/without naming an instance of it/)
    ])
  })
})
