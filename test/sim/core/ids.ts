// AWS-looking identifiers and addresses.
import { randomBytes } from 'node:crypto'

/** e.g. resourceId('i') = i-0a1b2c3d4e5f60718 (17 hex digits, as EC2 issues them). */
export function resourceId(prefix: string, hexDigits = 17): string {
  return `${prefix}-${randomBytes(9).toString('hex').slice(0, hexDigits)}`
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** Route53-style ids: Z + 20 upper-case alphanumerics. */
export function upperId(prefix: string, length = 20): string {
  const bytes = randomBytes(length)
  let s = prefix
  for (const b of bytes) s += ALNUM[b % ALNUM.length]
  return s
}

export function macAddress(): string {
  const b = randomBytes(5)
  return ['0a', ...[...b].map((x) => x.toString(16).padStart(2, '0'))].join(':')
}

export function requestId(): string {
  const h = randomBytes(16).toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
