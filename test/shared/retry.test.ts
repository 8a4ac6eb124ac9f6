import {
  backoffMs,
  hasCode,
  isThrottle,
  TimeoutError,
  waitFor,
  withRetry
} from '../../src/shared/retry.js'
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

// Throttling as each service the project calls spells it: retried, never failed on.
// EC2 RequestLimitExceeded (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html),
// the query services' Throttling, Route 53's Throttling and PriorRequestNotComplete
// (https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html),
// the JSON services' ThrottlingException / TooManyRequestsException, S3's SlowDown.
describe('throttling codes', () => {
  it.each([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'TooManyRequestsException',
    'PriorRequestNotComplete',
    'SlowDown'
  ])('%s is waited out, as name, Code or code', (code) => {
    expect(isThrottle({ name: code })).toBe(true)
    expect(isThrottle({ Code: code })).toBe(true)
    expect(isThrottle({ code })).toBe(true)
  })

  it.each(['AccessDenied', 'ValidationError', 'throttling', 'InternalError'])(
    '%s is not throttling',
    (code) => expect(isThrottle({ name: code })).toBe(false)
  )

  it('reads the first code-like field only when it is a string', () => {
    expect(isThrottle({ name: 42, Code: 'Throttling' })).toBe(true)
    expect(isThrottle('Throttling')).toBe(false)
    expect(isThrottle(null)).toBe(false)
  })
})

describe('hasCode', () => {
  it('answers only for the codes asked about', () => {
    const notFound = { name: 'InvalidInstanceID.NotFound' }
    expect(hasCode(notFound, 'InvalidInstanceID.NotFound')).toBe(true)
    expect(hasCode(notFound, 'InvalidAttachmentID.NotFound', 'InvalidInstanceID.NotFound')).toBe(
      true
    )
    expect(hasCode(notFound, 'InvalidAttachmentID.NotFound')).toBe(false)
    expect(hasCode(notFound)).toBe(false)
    expect(hasCode({ message: 'no code' }, 'InvalidInstanceID.NotFound')).toBe(false)
    expect(hasCode(undefined, 'x')).toBe(false)
  })
})

describe('withRetry defaults', () => {
  it('tries 6 times, from 500 ms doubling, and a custom retryable widens what is retried', async () => {
    const clock = new FakeClock()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw throttle()
        },
        { clock, random: () => 0.5 }
      )
    ).rejects.toThrow('Rate exceeded')
    expect(calls).toBe(6)
    // half of 500, 1000, 2000, 4000, 8000 ms
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000, 4000])
    let other = 0
    const v = await withRetry(
      async () => {
        if (++other < 3) throw new Error('InvalidNetworkInterface.InUse')
        return 'attached'
      },
      { clock: new FakeClock(), retryable: () => true }
    )
    expect([v, other]).toEqual(['attached', 3])
  })

  it('caps the backoff at 20 s by default', async () => {
    const clock = new FakeClock()
    await expect(
      withRetry(
        async () => {
          throw throttle()
        },
        { clock, attempts: 9, random: () => 0.5 }
      )
    ).rejects.toThrow()
    // 500 ms x 2^6 and x 2^7 are capped at 20 s (half of it here)
    expect(clock.sleeps.slice(-2)).toEqual([10_000, 10_000])
  })
})

describe('waitFor bounds', () => {
  it('a throttled probe backs off between 1x and 9x the interval, and a success resets it', async () => {
    const clock = new FakeClock()
    let n = 0
    await waitFor(
      'x',
      async () => {
        n++
        if (n <= 3 || n === 5) throw throttle()
        return n === 6 ? 'done' : undefined
      },
      { timeoutMs: 600_000, intervalMs: 1000, clock, random: () => 0.5 }
    )
    // interval + half of 2x, 4x, 8x (the cap) the interval; a plain interval after an
    // answer; then the back-off starts over
    expect(clock.sleeps).toEqual([2000, 3000, 5000, 1000, 2000])
  })

  it('the last sleep ends exactly at the deadline', async () => {
    const clock = new FakeClock()
    await expect(
      waitFor('x', async () => undefined, { timeoutMs: 2500, intervalMs: 1000, clock })
    ).rejects.toMatchObject({
      name: 'TimeoutError',
      what: 'x',
      message: 'timed out after 3s waiting for x'
    })
    expect(clock.sleeps).toEqual([1000, 1000, 500])
  })
})
