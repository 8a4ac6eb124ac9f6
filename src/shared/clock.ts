// Time is injected everywhere a loop waits, so tests run instantly and deterministically.
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after ms, or at once when `signal` aborts (a renewal loop being stopped). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve()
      const done = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      signal?.addEventListener('abort', done, { once: true })
    })
}

/**
 * The simulator runs AWS this many times faster than real (OPSCENTER_HA_TIME_SCALE, 1 when
 * unset). It shrinks the few durations that no input sets, which AWS itself would take:
 * the SDK's retry back-off and the deploy lock's lease. Never set it against real AWS.
 */
export const TIME_SCALE_ENV = 'OPSCENTER_HA_TIME_SCALE'

export function timeScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TIME_SCALE_ENV]
  if (raw === undefined || raw === '') return 1
  const scale = Number(raw)
  if (!(scale > 0 && scale <= 1))
    throw new Error(
      `${TIME_SCALE_ENV}=${raw} is not a number in (0, 1]: unset it (it is for the simulator only)`
    )
  return scale
}
