// A tiny IMDSv2 client. @aws-sdk/ec2-metadata-service honours
// AWS_EC2_METADATA_SERVICE_ENDPOINT and fetches a token, but it asks for `//latest/...`
// when given the documented `/latest/...` path, fetches a new token for every request,
// falls back to IMDSv1 silently when the token request fails, has no time-out by default
// and sleeps on the real clock between retries. This one does what the agent needs:
// one cached token, a time-out per request, bounded retries on the injected clock.
import { systemClock, type Clock } from '../../shared/clock.js'

export const IMDS_ENDPOINT_ENV = 'AWS_EC2_METADATA_SERVICE_ENDPOINT'
const DEFAULT_ENDPOINT = 'http://169.254.169.254'
const TOKEN_TTL_SECONDS = 21600

/** Reads instance metadata; `path` is relative to /latest/meta-data/. */
export interface Metadata {
  /** The value, or undefined when IMDS answers 404 (not there, or not yet). */
  get(path: string): Promise<string | undefined>
}

export class ImdsError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'ImdsError'
  }
}

export interface ImdsOptions {
  endpoint?: string
  clock?: Clock
  timeoutMs?: number
  attempts?: number
}

export class ImdsClient implements Metadata {
  private readonly base: string
  private readonly clock: Clock
  private readonly timeoutMs: number
  private readonly attempts: number
  private token?: { value: string; expiresAt: number }

  constructor(opts: ImdsOptions = {}) {
    const endpoint = opts.endpoint ?? process.env[IMDS_ENDPOINT_ENV] ?? DEFAULT_ENDPOINT
    this.base = endpoint.replace(/\/+$/, '')
    this.clock = opts.clock ?? systemClock
    this.timeoutMs = opts.timeoutMs ?? 2000
    this.attempts = opts.attempts ?? 4
  }

  async get(path: string): Promise<string | undefined> {
    const url = `${this.base}/latest/meta-data/${path.replace(/^\/+/, '')}`
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(url, {
          headers: { 'x-aws-ec2-metadata-token': await this.getToken() },
          signal: AbortSignal.timeout(this.timeoutMs)
        })
        const body = await res.text()
        if (res.status === 200) return body.trim()
        if (res.status === 404) return undefined
        if (res.status === 401) this.token = undefined // expired: fetch a new one and retry
        throw new ImdsError(`IMDS GET ${url}: HTTP ${res.status}`, res.status)
      } catch (err) {
        if (attempt >= this.attempts || (err instanceof ImdsError && err.status === 403)) {
          throw err instanceof ImdsError ? err : new ImdsError(`IMDS GET ${url}: ${describe(err)}`)
        }
        await this.clock.sleep(250 * 2 ** attempt)
      }
    }
  }

  private async getToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.clock.now()) return this.token.value
    const url = `${this.base}/latest/api/token`
    let res: Response
    try {
      res = await fetch(url, {
        method: 'PUT',
        headers: { 'x-aws-ec2-metadata-token-ttl-seconds': String(TOKEN_TTL_SECONDS) },
        signal: AbortSignal.timeout(this.timeoutMs)
      })
    } catch (err) {
      throw new ImdsError(`IMDSv2 token (PUT ${url}): ${describe(err)}`)
    }
    const body = (await res.text()).trim()
    if (res.status !== 200 || !body) {
      throw new ImdsError(`IMDSv2 token (PUT ${url}): HTTP ${res.status}`, res.status)
    }
    // Renew a minute early so a token never expires between our check and IMDS's.
    this.token = { value: body, expiresAt: this.clock.now() + (TOKEN_TTL_SECONDS - 60) * 1000 }
    return body
  }
}

function describe(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } }
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err)
}
