// Settings every AWS client of this project is built with. Endpoints are not set here:
// the SDK honours the standard AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>
// variables, which is how tests and the simulator point it at loopback.
import { systemClock, timeScale, type Clock } from './clock.js'
import { backoffMs } from './retry.js'

/** The SDK's retry token (RetryToken of @smithy/types), as the retry middleware reads it. */
interface RetryToken {
  getRetryCount(): number
  getRetryDelay(): number
}

/** What the SDK's retry middleware tells a strategy about a failed attempt. */
interface RetryErrorInfo {
  errorType: 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR'
}

/** Attempts per call, the first included (the SDK's standard mode has 3; AWS is slower). */
export const SDK_MAX_ATTEMPTS = 5
// Base and cap of the SDK's own back-off, as its standard mode has them
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html: full-jitter
// exponential back-off, capped at 20 s); throttling starts from a longer base.
const SDK_BASE_MS = { THROTTLING: 1000, other: 50 }
const SDK_MAX_DELAY_MS = 20_000

/**
 * The SDK's retry strategy with its waits on our clock: the SDK classifies each error
 * (throttling and transient errors are retried, others are not) and we sleep the full-jitter
 * back-off through `clock`, scaled by the simulator's time scale. Without this the SDK would
 * sleep in real seconds while the rest of the run waits in simulated ones.
 */
export class ClockRetryStrategy {
  readonly mode = 'standard'

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly scale = 1,
    private readonly maxAttempts = SDK_MAX_ATTEMPTS,
    private readonly random: () => number = Math.random
  ) {}

  async acquireInitialRetryToken(): Promise<RetryToken> {
    return token(0)
  }

  async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const count = previous.getRetryCount()
    const retryable = info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT'
    if (!retryable || count + 1 >= this.maxAttempts) throw new Error('No retry token available')
    const base = info.errorType === 'THROTTLING' ? SDK_BASE_MS.THROTTLING : SDK_BASE_MS.other
    await this.clock.sleep(this.scale * backoffMs(count, base, SDK_MAX_DELAY_MS, this.random))
    return token(count + 1)
  }

  recordSuccess(): void {}
}

// Delay 0: the strategy has already waited, so the middleware must not wait again.
const token = (count: number): RetryToken => ({
  getRetryCount: () => count,
  getRetryDelay: () => 0
})

export interface ClientSettings {
  region: string
  retryStrategy: ClockRetryStrategy
}

export function clientSettings(region: string, clock: Clock = systemClock): ClientSettings {
  return { region, retryStrategy: new ClockRetryStrategy(clock, timeScale()) }
}
/** Where each principal's permissions are written, for the fix an AccessDenied names. */
export const POLICY_HOME = {
  deploy: 'docs/iam-deploy-policy.json (the deploy role)',
  plan: 'docs/iam-plan-policy.json (the plan role)',
  instance: 'the InstanceRole policy in cloudformation/opscenter.yaml'
} as const

// AWS's wording of every refusal: "... is not authorized to perform: <action> on resource:
// <arn> because ..." (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
const DENIED = /is not authorized to perform: ([\w-]+:[\w*]+)(?: on resource: (\S+))?/

/** The action and resource a refusal names, or undefined when the text is no refusal. */
export function deniedPermission(text: string): { action: string; resource?: string } | undefined {
  const m = DENIED.exec(text)
  return m ? { action: m[1], resource: m[2] } : undefined
}

/** A message that is a refusal, ended with which policy to extend and with what. */
export function withPermissionHint(message: string, home: string): string {
  const denied = deniedPermission(message)
  if (!denied) return message
  return `${message}. Fix: allow ${denied.action}${denied.resource ? ` on ${denied.resource}` : ''} in ${home}`
}
