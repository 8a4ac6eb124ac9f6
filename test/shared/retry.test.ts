import { backoffMs, isThrottle, TimeoutError, waitFor, withRetry } from '../../src/shared/retry.js'
import { FakeClock } from '../fixtures/clock.js'

const throttle = () => Object.assign(new Error('Rate exceeded'), { name: 'Throttling' })

describe('withRetry', () => {
  it('retries throttling with growing, bounded backoff and then succeeds', async () => {
    const clock = new FakeClock()
    let calls = 0
    const value = await withRetry(
      async () => {
        if (++calls < 4) throw throttle()
        return 'ok'
      },
      { clock, random: () => 0.999, baseMs: 100, maxMs: 300 }
    )
    expect(value).toBe('ok')
    expect(calls).toBe(4)
    expect(clock.sleeps).toEqual([99, 199, 299])
  })

  it('does not retry other errors', async () => {
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw new Error('AccessDenied')
      })
    ).rejects.toThrow('AccessDenied')
    expect(calls).toBe(1)
  })

  it('gives up after the attempt count', async () => {
    const clock = new FakeClock()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw throttle()
        },
        { clock, attempts: 3 }
      )
    ).rejects.toThrow('Rate exceeded')
    expect(calls).toBe(3)
  })
})

describe('waitFor', () => {
  it('returns the first defined value', async () => {
    const clock = new FakeClock()
    let n = 0
    const v = await waitFor('n to reach 3', async () => (++n >= 3 ? n : undefined), {
      timeoutMs: 60_000,
      intervalMs: 5000,
      clock
    })
    expect(v).toBe(3)
    expect(clock.sleeps).toEqual([5000, 5000])
  })

  it('times out with a message naming what it waited for', async () => {
    const clock = new FakeClock()
    const p = waitFor('the record to be INSYNC', async () => undefined, {
      timeoutMs: 12_000,
      intervalMs: 5000,
      clock
    })
    await expect(p).rejects.toThrow(TimeoutError)
    await expect(
      waitFor('the record to be INSYNC', async () => undefined, {
        timeoutMs: 12_000,
        intervalMs: 5000,
        clock: new FakeClock()
      })
    ).rejects.toThrow('timed out after 12s waiting for the record to be INSYNC')
    // never sleeps past the deadline
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(12_000)
  })

  it('backs off on throttling and fails at once on other errors', async () => {
    const clock = new FakeClock()
    let n = 0
    const v = await waitFor(
      'x',
      async () => {
        if (++n <= 2) throw throttle()
        return 'done'
      },
      { timeoutMs: 600_000, intervalMs: 1000, clock, random: () => 0.5 }
    )
    expect(v).toBe('done')
    expect(clock.sleeps.every((s) => s > 1000)).toBe(true)
    await expect(
      waitFor(
        'x',
        async () => {
          throw new Error('AccessDenied')
        },
        { timeoutMs: 1000, intervalMs: 100, clock }
      )
    ).rejects.toThrow('AccessDenied')
  })
})

describe('helpers', () => {
  it('recognises the throttling codes', () => {
    expect(isThrottle(throttle())).toBe(true)
    expect(isThrottle({ name: 'RequestLimitExceeded' })).toBe(true)
    expect(isThrottle(new Error('x'))).toBe(false)
    expect(isThrottle(undefined)).toBe(false)
  })
  it('bounds the backoff by maxMs', () => {
    expect(backoffMs(20, 100, 5000, () => 0.999)).toBeLessThan(5000)
    expect(backoffMs(0, 100, 5000, () => 0)).toBe(0)
  })
})
