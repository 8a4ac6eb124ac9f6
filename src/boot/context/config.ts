// Reads and validates the settings the launch template writes (BootConfig). Every error
// names the field and the fix, and comes before any AWS call.
import { readFileSync } from 'node:fs'
import {
  BOOT_CONFIG_PATH,
  AGENT_ENV,
  HEALTH,
  ON_DOWNGRADE,
  type BootConfig
} from '../../shared/contract.js'
import { RESTORE_REQUEST } from '../../shared/restore-point-id.js'

/** The agent's own bound is a few waits of timeoutSeconds; systemd's TimeoutStartSec is above. */
export const MAX_TIMEOUT_SECONDS = 900

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

const FIX = 'fix the launch template user data (cloud-init write_files) that writes it'

export function configPath(env: NodeJS.ProcessEnv, root: string): string {
  return env[AGENT_ENV.config] || joinRoot(root, BOOT_CONFIG_PATH)
}

/** The root folder every file path is prefixed with ($OPSCENTER_HA_ROOT, default /). */
export function rootFolder(env: NodeJS.ProcessEnv): string {
  const root = env[AGENT_ENV.root] || '/'
  if (!root.startsWith('/')) {
    throw new ConfigError(`${AGENT_ENV.root}="${root}" is not an absolute path: set it to one`)
  }
  return root
}

export function joinRoot(root: string, path: string): string {
  return `${root.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

export function loadConfig(path: string): BootConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw new ConfigError(
        `config ${path} not found: the launch template's user data writes it (cloud-init write_files); set ${AGENT_ENV.config} to read another file`
      )
    }
    throw new ConfigError(`config ${path} cannot be read (${code ?? String(err)})`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`config ${path} is not valid JSON (${(err as Error).message}): ${FIX}`)
  }
  return validateConfig(raw, path)
}

type Check = (value: unknown) => string | undefined

const matches =
  (re: RegExp, what: string): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) ? undefined : `must be ${what}`
const number =
  (min: number, max: number, integer: boolean): Check =>
  (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= min &&
    v <= max &&
    (!integer || Number.isInteger(v))
      ? undefined
      : `must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`

const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`

/** A secret's ARN: arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>. */
export const SECRET_ARN =
  /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/

const CHECKS: Record<keyof BootConfig, { check: Check; optional?: boolean }> = {
  stackName: { check: matches(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'a CloudFormation stack name') },
  region: { check: matches(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'an AWS region such as eu-west-1') },
  hostedZoneId: {
    check: matches(/^(\/hostedzone\/)?[A-Z0-9]{1,32}$/, 'a Route53 hosted zone id such as Z0123ABC')
  },
  recordName: {
    check: matches(/^(?=.{1,254}$)([A-Za-z0-9_-]{1,63}\.)*[A-Za-z0-9_-]{1,63}\.?$/, 'a DNS name')
  },
  recordTtl: { check: number(0, 2147483647, true) },
  fileSystemId: {
    check: matches(/^fs-[0-9a-f]{8,40}$/, 'an EFS file system id such as fs-0123abcd')
  },
  timeoutSeconds: { check: number(1, MAX_TIMEOUT_SECONDS, false) },
  pollIntervalSeconds: { check: number(0.01, 60, false), optional: true },
  healthIntervalSeconds: { check: number(0.01, 300, false), optional: true },
  unhealthyAfterSeconds: { check: number(0.01, 3600, false), optional: true },
  probeTimeoutSeconds: { check: number(0.01, 60, false), optional: true },
  heartbeatSeconds: { check: number(0.01, 300, false), optional: true },
  standbyHours: { check: number(0.0001, 168, false), optional: true },
  onDowngrade: { check: oneOf(ON_DOWNGRADE), optional: true },
  keepRestorePoints: { check: number(1, 100, true), optional: true },
  restoreRequest: {
    check: (v) =>
      v === '' || (typeof v === 'string' && RESTORE_REQUEST.test(v))
        ? undefined
        : 'must be empty or <restore point id>@<run> (the deploy action writes it)',
    optional: true
  },
  importFrom: {
    check: (v) =>
      v === '' || (typeof v === 'string' && IMPORT_OBJECT.test(v))
        ? undefined
        : 'must be empty or <bucket>/<key> (template parameter ImportObject)',
    optional: true
  },
  importSha256: {
    check: (v) =>
      v === '' || (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v))
        ? undefined
        : 'must be empty or a sha256 in hex (template parameter ImportSha256: sha256sum of the tarball)',
    optional: true
  },
  adminSecretArn: {
    check: matches(SECRET_ARN, "a Secrets Manager secret ARN (the stack's AdminSecret)"),
    optional: true
  },
  tlsSecretArn: {
    check: (v) =>
      v === '' || (typeof v === 'string' && SECRET_ARN.test(v))
        ? undefined
        : 'must be empty or a Secrets Manager secret ARN (template parameter TlsCertificateSecretArn)',
    optional: true
  }
}

/** An S3 object as bucket/key (bucket naming rules, then any key). */
export const IMPORT_OBJECT = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/

export function validateConfig(raw: unknown, path: string): BootConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`config ${path} must hold a JSON object: ${FIX}`)
  }
  const obj = raw as Record<string, unknown>
  for (const [field, { check, optional }] of Object.entries(CHECKS)) {
    const value = obj[field]
    if (value === undefined) {
      if (optional) continue
      throw new ConfigError(`config ${path}: ${field} is missing: ${FIX}`)
    }
    const problem = check(value)
    if (problem) {
      throw new ConfigError(`config ${path}: ${field}=${JSON.stringify(value)} ${problem}: ${FIX}`)
    }
  }
  const config = obj as unknown as BootConfig
  if (!!config.importFrom !== !!config.importSha256)
    throw new ConfigError(
      `config ${path}: importFrom and importSha256 go together (template parameters ImportObject and ImportSha256): set both or neither`
    )
  const interval = config.healthIntervalSeconds ?? HEALTH.intervalSeconds
  const after = config.unhealthyAfterSeconds ?? HEALTH.unhealthyAfterSeconds
  // One failed probe must never be enough: a single slow answer would replace the instance.
  if (after < 2 * interval) {
    throw new ConfigError(
      `config ${path}: unhealthyAfterSeconds=${after} is less than two healthIntervalSeconds (${interval}): raise it (template parameter UnhealthyAfterSeconds) or probe more often: ${FIX}`
    )
  }
  if (
    config.pollIntervalSeconds !== undefined &&
    config.pollIntervalSeconds > config.timeoutSeconds
  ) {
    throw new ConfigError(
      `config ${path}: pollIntervalSeconds=${config.pollIntervalSeconds} is longer than timeoutSeconds=${config.timeoutSeconds}: ${FIX}`
    )
  }
  return config
}
