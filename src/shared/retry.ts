// One way to retry and one way to wait, used by the controller and the boot agent alike.
import { systemClock, type Clock } from './clock.js'

const THROTTLE_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'PriorRequestNotComplete', // Route53: a change to the same zone is still being applied
  'SlowDown'
])

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined
  const e = err as { name?: unknown; Code?: unknown; code?: unknown }
  for (const v of [e.name, e.Code, e.code]) if (typeof v === 'string') return v
  return undefined
}

/** True for AWS's throttling errors, which are always worth waiting out. */
export function isThrottle(err: unknown): boolean {
  const code = errorCode(err)
  return code !== undefined && THROTTLE_CODES.has(code)
}

/** True when the error carries one of the given AWS error codes. */
export function hasCode(err: unknown, ...codes: string[]): boolean {
  const code = errorCode(err)
  return code !== undefined && codes.includes(code)
}

/** Full-jitter exponential backoff: a random delay in [0, min(max, base * 2^attempt)). */
export function backoffMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random
): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** attempt))
}

export interface RetryOptions {
  /** Attempts in all, including the first. Default 6. */
  attempts?: number
  baseMs?: number
  maxMs?: number
  clock?: Clock
  random?: () => number
  /** Which errors to retry. Default: throttling only. */
  retryable?: (err: unknown) => boolean
}

/** Calls fn until it succeeds, retrying retryable errors with full-jitter backoff. */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 6
  const clock = opts.clock ?? systemClock
  const retryable = opts.retryable ?? isThrottle
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      if (attempt + 1 >= attempts || !retryable(err)) throw err
      await clock.sleep(backoffMs(attempt, opts.baseMs ?? 500, opts.maxMs ?? 20_000, opts.random))
    }
  }
}

/** A bounded wait ran out of time. `what` says what was awaited. */
export class TimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly waitedMs: number
  ) {
    super(`timed out after ${Math.round(waitedMs / 1000)}s waiting for ${what}`)
    this.name = 'TimeoutError'
  }
}

export interface WaitOptions {
  timeoutMs: number
  intervalMs: number
  clock?: Clock
  random?: () => number
}

/**
 * Polls `probe` until it returns a value other than undefined, every intervalMs, for at
 * most timeoutMs. Throttling backs off (doubling, with jitter, up to 8x the interval)
 * instead of failing; any other error from probe ends the wait at once.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  opts: WaitOptions
): Promise<T> {
  const clock = opts.clock ?? systemClock
  const start = clock.now()
  let throttled = 0
  for (;;) {
    let delay = opts.intervalMs
    try {
      const value = await probe()
      if (value !== undefined) return value
      throttled = 0
    } catch (err) {
      if (!isThrottle(err)) throw err
      throttled++
      delay =
        opts.intervalMs +
        backoffMs(throttled, opts.intervalMs, opts.intervalMs * 8, opts.random ?? Math.random)
    }
    const waited = clock.now() - start
    if (waited >= opts.timeoutMs) throw new TimeoutError(what, waited)
    await clock.sleep(Math.min(delay, opts.timeoutMs - waited))
  }
}
