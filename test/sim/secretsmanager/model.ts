// Secrets Manager as far as the stack and the boot agent use it: secrets with versions and
// staging labels, a value read by ARN or name, a new value that moves AWSCURRENT and leaves
// the old one as AWSPREVIOUS, and the password generator CloudFormation's
// GenerateSecretString calls.
// Sources: GetSecretValue (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html),
// PutSecretValue (.../API_PutSecretValue.html: "Secrets Manager automatically moves the
// staging label AWSCURRENT to this version ... and AWSPREVIOUS to the version that
// AWSCURRENT was removed from"), GetRandomPassword for the generator's defaults
// (.../API_GetRandomPassword.html: 32 characters, every kind, punctuation
// !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~), and the ARN's six random characters
// (https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html#iam-resources).
import { randomBytes, randomUUID } from 'node:crypto'
import type { SimContext } from '../core/context.js'
import { AwsError } from '../wire/errors.js'

export interface SimSecretVersion {
  versionId: string
  value: string
  stages: Set<string>
  created: number
}

export interface SimSecret {
  arn: string
  name: string
  description?: string
  kmsKeyId?: string
  tags: Record<string, string>
  versions: SimSecretVersion[]
  created: number
}

export class ResourceNotFound extends AwsError {
  constructor() {
    super('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400)
  }
}

export class InvalidRequest extends AwsError {
  constructor(message: string) {
    super('InvalidRequestException', message, 400)
  }
}

export interface PasswordRules {
  PasswordLength?: number
  ExcludeCharacters?: string
  ExcludeNumbers?: boolean
  ExcludePunctuation?: boolean
  ExcludeUppercase?: boolean
  ExcludeLowercase?: boolean
  IncludeSpace?: boolean
  RequireEachIncludedType?: boolean
}

const KINDS = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  numbers: '0123456789',
  punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
}

/** A password as GetRandomPassword makes one (one of each included kind by default). */
export function randomPassword(r: PasswordRules = {}): string {
  const length = r.PasswordLength ?? 32
  if (!Number.isInteger(length) || length < 1 || length > 4096)
    throw new InvalidRequest('PasswordLength must be between 1 and 4096.')
  const keep = (s: string) => [...s].filter((c) => !(r.ExcludeCharacters ?? '').includes(c))
  const kinds = [
    r.ExcludeLowercase ? [] : keep(KINDS.lower),
    r.ExcludeUppercase ? [] : keep(KINDS.upper),
    r.ExcludeNumbers ? [] : keep(KINDS.numbers),
    r.ExcludePunctuation ? [] : keep(KINDS.punctuation),
    r.IncludeSpace ? keep(' ') : []
  ].filter((k) => k.length > 0)
  if (kinds.length === 0) throw new InvalidRequest('No characters are left to make a password of.')
  const pick = (chars: string[]) => chars[randomBytes(4).readUInt32BE() % chars.length]
  const all = kinds.flat()
  const out = Array.from({ length }, () => pick(all))
  // One of each included kind, at distinct places (when the length allows).
  if (r.RequireEachIncludedType !== false)
    kinds.slice(0, length).forEach((k, i) => (out[i] = pick(k)))
  return shuffle(out).join('')
}

function shuffle<T>(a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomBytes(4).readUInt32BE() % (i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

export class SecretsManager {
  readonly secrets = new Map<string, SimSecret>()

  constructor(private readonly ctx: SimContext) {}

  create(i: {
    name: string
    value: string
    description?: string
    kmsKeyId?: string
    tags?: Record<string, string>
  }): SimSecret {
    if (!/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(i.name))
      throw new AwsError('ValidationException', `Invalid name: ${i.name}`, 400)
    if ([...this.secrets.values()].some((s) => s.name === i.name))
      throw new AwsError(
        'ResourceExistsException',
        `The operation failed because the secret ${i.name} already exists.`,
        400
      )
    const suffix = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 6)
    const secret: SimSecret = {
      arn: `arn:aws:secretsmanager:${this.ctx.region}:${this.ctx.accountId}:secret:${i.name}-${suffix}`,
      name: i.name,
      description: i.description,
      kmsKeyId: i.kmsKeyId,
      tags: i.tags ?? {},
      versions: [],
      created: this.ctx.time.now()
    }
    this.secrets.set(secret.arn, secret)
    this.put(secret.arn, i.value)
    return secret
  }

  /** By full ARN, by name, or by the ARN without its random suffix (a partial ARN). */
  find(secretId: string): SimSecret {
    const byArn = this.secrets.get(secretId)
    if (byArn) return byArn
    for (const s of this.secrets.values())
      if (s.name === secretId || s.arn.slice(0, -7) === secretId) return s
    throw new ResourceNotFound()
  }

  /** The version with `stage` (default AWSCURRENT), or the one with `versionId`. */
  value(secretId: string, stage?: string, versionId?: string): SimSecretVersion {
    const s = this.find(secretId)
    const v = versionId
      ? s.versions.find((x) => x.versionId === versionId)
      : s.versions.find((x) => x.stages.has(stage ?? 'AWSCURRENT'))
    if (!v)
      throw new AwsError(
        'ResourceNotFoundException',
        `Secrets Manager can't find the specified secret value for ${versionId ? `VersionId: ${versionId}` : `staging label: ${stage ?? 'AWSCURRENT'}`}`,
        400
      )
    return v
  }

  /** A new AWSCURRENT; the version it replaces becomes AWSPREVIOUS. */
  put(secretId: string, value: string): SimSecretVersion {
    const s = this.find(secretId)
    for (const v of s.versions) v.stages.delete('AWSPREVIOUS')
    for (const v of s.versions) if (v.stages.delete('AWSCURRENT')) v.stages.add('AWSPREVIOUS')
    const version: SimSecretVersion = {
      versionId: randomUUID(),
      value,
      stages: new Set(['AWSCURRENT']),
      created: this.ctx.time.now()
    }
    s.versions.push(version)
    // Versions without a label are removed by Secrets Manager in time; keep the labelled ones.
    s.versions = s.versions.filter((v) => v.stages.size > 0)
    return version
  }

  delete(secretId: string): void {
    this.secrets.delete(this.find(secretId).arn)
  }
}
