// The watchdog's threshold (pure): what a user relies on is that a slow but alive OpsCenter
// is never replaced, and a dead one is within unhealthyAfter of its last good probe.
import { Watchdog } from '../../src/boot/watchdog.js'

const AFTER = 60_000
const EVERY = 10_000

test('failing every round: unhealthy once the last pass is unhealthyAfter behind', () => {
  const w = new Watchdog(AFTER, 0)
  expect(w.observe(0, []).kind).toBe('ok')
  const kinds = [10, 20, 30, 40, 50, 60].map((s) => w.observe(s * 1000, ['no answer']).kind)
  expect(kinds).toEqual(['failing', 'failing', 'failing', 'failing', 'failing', 'unhealthy'])
})

test('flapping (every other round fails) for an hour never reaches the threshold', () => {
  const w = new Watchdog(AFTER, 0)
  for (let t = EVERY; t <= 3_600_000; t += EVERY) {
    const v = w.observe(t, (t / EVERY) % 2 ? ['slow: no answer in 5s'] : [])
    expect(v.kind).not.toBe('unhealthy')
  }
})

test('one pass just before the threshold starts the count again', () => {
  const w = new Watchdog(AFTER, 0)
  for (const s of [10, 20, 30, 40, 50]) w.observe(s * 1000, ['no answer'])
  expect(w.observe(55_000, []).kind).toBe('ok')
  expect(w.observe(110_000, ['no answer'])).toMatchObject({ kind: 'failing', forMs: 55_000 })
  expect(w.observe(115_000, ['no answer'])).toMatchObject({ kind: 'unhealthy', forMs: 60_000 })
})

test('the count starts when the boot reported healthy, not at the first probe', () => {
  const w = new Watchdog(AFTER, 1_000)
  expect(w.observe(61_000, ['no answer'])).toMatchObject({ kind: 'unhealthy', forMs: 60_000 })
})
