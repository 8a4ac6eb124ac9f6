// The only module that reads the action's inputs. It turns them into a typed, validated
// Options object; every problem is one InputError naming the input and the fix, raised
// before any AWS client exists.
import * as core from '@actions/core'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DEFAULTS,
  ON_DOWNGRADE,
  PACKER_VARS,
  PARAMS,
  type OnDowngrade,
  unsupportedOpscenterVersion
} from '../../shared/contract.js'
import YAML from 'yaml'
import { InputError } from '../context/errors.js'
import type { LockOwner } from '../context/options.js'
import {
  type BaseAmi,
  COMMANDS,
  type Command,
  DEFAULT_INPUTS,
  type Options,
  type ReplaceStrategy,
  REPLACE_STRATEGIES
} from '../context/options.js'

import { opscenterVersion, assignment } from '../steps/var-file.js'
import { parsePointId, RESTORE_REQUEST } from '../../shared/restore-point-id.js'

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/
const AMI_ID = /^ami-[0-9a-f]{8,17}$/
const OWNER = /^(\d{12}|self|amazon|aws-marketplace)$/
const DECIMAL = /^\d+(\.\d+)?$|^\.\d+$/
const PARAM_KEY = /^[A-Za-z0-9]{1,255}$/
// DynamoDB table names (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/
const TRUE_FORMS = ['true', 'True', 'TRUE']
const FALSE_FORMS = ['false', 'False', 'FALSE']

/** The boot agent bundle ships next to the action's own bundle: dist/boot. */
export function defaultAgentDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'boot')
}

function input(name: string): string {
  return core.getInput(name).trim()
}

function bool(name: string, dflt: boolean): boolean {
  const v = input(name)
  if (v === '') return dflt
  if (TRUE_FORMS.includes(v)) return true
  if (FALSE_FORMS.includes(v)) return false
  throw new InputError(name, `"${v}" is not a boolean: use true or false (YAML 1.2 core forms)`)
}

function positive(name: string, dflt: number, unit: string): number {
  const v = input(name)
  if (v === '') return dflt
  const n = Number(v)
  if (!DECIMAL.test(v) || !Number.isFinite(n) || n <= 0)
    throw new InputError(name, `"${v}" is not a positive number of ${unit} (e.g. ${dflt})`)
  return n
}

function file(name: string, path: string, kind: 'file' | 'folder'): string {
  const abs = resolve(path)
  let ok: boolean
  try {
    const st = statSync(abs)
    ok = kind === 'file' ? st.isFile() : st.isDirectory()
  } catch {
    ok = false
  }
  if (!ok)
    throw new InputError(
      name,
      `${kind} "${path}" not found (resolved to ${abs}): check the path, relative to the workspace, and that the repository is checked out`
    )
  return abs
}

function parseBaseAmi(v: string): BaseAmi {
  if (AMI_ID.test(v)) return { id: v }
  const i = v.indexOf(':')
  const owner = v.slice(0, i)
  const namePattern = v.slice(i + 1)
  if (i > 0 && OWNER.test(owner) && namePattern !== '') return { owner, namePattern }
  throw new InputError(
    'base-ami',
    `"${v}" is neither an AMI id (ami-…) nor OWNER:NAME-PATTERN (e.g. ${DEFAULT_INPUTS.baseAmi})`
  )
}

/** TemplateBody's limit; bigger templates need S3, which this action does not do. */
const MAX_TEMPLATE_BYTES = 51_200

function readTemplate(path: string): { body: string; params: string[] } {
  const body = readFileSync(path, 'utf8')
  if (Buffer.byteLength(body) > MAX_TEMPLATE_BYTES)
    throw new InputError(
      'template',
      `${path} is larger than ${MAX_TEMPLATE_BYTES} bytes, the limit of an inline template: shorten it`
    )
  // Short-form intrinsics (!Ref, !Sub...) are unknown tags to a plain YAML parser: they
  // only give warnings and parse as plain values, which is all we need of Parameters.
  const parsed = YAML.parseDocument(body)
  if (parsed.errors.length)
    throw new InputError(
      'template',
      `${path} is neither valid YAML nor JSON: ${parsed.errors[0].message.split('\n')[0]}`
    )
  const doc: unknown = parsed.toJS()
  if (doc === null || typeof doc !== 'object' || !('Resources' in doc))
    throw new InputError(
      'template',
      `${path} is not a CloudFormation template (no Resources section)`
    )
  const params = (doc as { Parameters?: Record<string, unknown> }).Parameters ?? {}
  const names = Object.keys(params)
  if (!names.includes(PARAMS.amiId))
    throw new InputError(
      'template',
      `${path} has no ${PARAMS.amiId} parameter: the action sets the AMI through it`
    )
  return { body, params: names }
}

/** CloudFormation CLI form [{ParameterKey, ParameterValue}] or a {key: value} map. */
function parseParameterJson(path: string, text: string): Record<string, string> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new InputError('parameters', `${path} is not valid JSON (${(err as Error).message})`)
  }
  const out: Record<string, string> = {}
  if (Array.isArray(data)) {
    for (const p of data) {
      if (typeof p?.ParameterKey !== 'string' || p.ParameterValue === undefined)
        throw new InputError(
          'parameters',
          `${path}: every entry needs ParameterKey and ParameterValue`
        )
      out[p.ParameterKey] = String(p.ParameterValue)
    }
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      if (v === null || typeof v === 'object')
        throw new InputError('parameters', `${path}: the value of ${k} must be a string or number`)
      out[k] = String(v)
    }
  } else {
    throw new InputError('parameters', `${path} must hold a JSON array or object`)
  }
  return out
}

function parseParameters(v: string): Record<string, string> {
  if (v === '') return {}
  let params: Record<string, string>
  if (!v.includes('=') || (existsSync(v) && statSync(v).isFile())) {
    const path = file('parameters', v, 'file')
    params = parseParameterJson(v, readFileSync(path, 'utf8'))
  } else {
    params = {}
    for (const part of v.split(/[,\n]/)) {
      const item = part.trim()
      if (item === '') continue
      const eq = item.indexOf('=')
      if (eq <= 0)
        throw new InputError(
          'parameters',
          `"${item}" is not Key=Value (separate pairs with commas or new lines)`
        )
      params[item.slice(0, eq).trim()] = item.slice(eq + 1).trim()
    }
  }
  for (const key of Object.keys(params)) {
    if (!PARAM_KEY.test(key))
      throw new InputError(
        'parameters',
        `"${key}" is not a CloudFormation parameter name (letters and digits)`
      )
    if (key === PARAMS.amiId || key === PARAMS.previousAmiId)
      throw new InputError(
        'parameters',
        `${key} is set by the action: use the ami-id input (or leave it out)`
      )
    if (key === PARAMS.onDowngrade)
      throw new InputError(
        'parameters',
        `${key} is set by the action on each run that changes the AMI: use the on-downgrade input`
      )
    if (key === PARAMS.restoreRequest)
      throw new InputError(
        'parameters',
        `${key} is set by the action: use command restore with the restore-point input`
      )
  }
  return params
}

export function getOptions(env: NodeJS.ProcessEnv = process.env): Options {
  const command = commandInput()
  const stackName = stackNameInput()
  const region = regionInput(env)
  const deploymentEnvironment = input('deployment-environment') || undefined
  const githubToken = input('github-token') || undefined
  if (githubToken) core.setSecret(githubToken)
  const amiId = amiIdInput()
  const healthUrl = healthUrlInput()
  const timeoutMinutes = positive('timeout-minutes', DEFAULTS.timeoutMinutes, 'minutes')
  const pollSeconds = positive('poll-interval-seconds', DEFAULTS.pollIntervalSeconds, 'seconds')
  const keepAmis = keepAmisInput()
  const lockTimeoutMinutes = positive(
    'lock-timeout-minutes',
    DEFAULTS.lockTimeoutMinutes,
    'minutes'
  )
  const autoRevert = bool('auto-revert', true)
  const force = bool('force', false)
  warnIgnored(command, force, amiId)
  const baseAmi = parseBaseAmi(input('base-ami') || DEFAULT_INPUTS.baseAmi)
  const parameters = parseParameters(input('parameters'))
  return {
    command,
    stackName,
    ...fileInputs(command, amiId, parameters),
    parameters,
    baseAmi,
    amiId,
    region,
    healthUrl,
    autoRevert,
    timeoutMs: Math.round(timeoutMinutes * 60_000),
    pollMs: Math.round(pollSeconds * 1000),
    keepAmis,
    force,
    replaceStrategy: replaceStrategyInput(),
    onDowngrade: onDowngradeInput(),
    ...restoreInput(command, env),
    githubToken,
    deploymentEnvironment,
    gitSha: env.GITHUB_SHA ?? '',
    lockTable: lockTableInput(),
    lockTimeoutMs: Math.round(lockTimeoutMinutes * 60_000),
    owner: ownerOf(command, env)
  }
}

function replaceStrategyInput(): ReplaceStrategy {
  const raw = input('replace-strategy') || 'prepared'
  if (!(REPLACE_STRATEGIES as readonly string[]).includes(raw))
    throw new InputError(
      'replace-strategy',
      `unknown strategy "${raw}": use prepared (a successor boots beside the old instance and takes over) or cold (terminate first, then launch)`
    )
  return raw as ReplaceStrategy
}

function onDowngradeInput(): OnDowngrade {
  const raw = input('on-downgrade') || DEFAULTS.onDowngrade
  if (!(ON_DOWNGRADE as readonly string[]).includes(raw))
    throw new InputError(
      'on-downgrade',
      `unknown value "${raw}": use restore (the older version starts on the restore point it left), keep (it starts on the newer state) or refuse (fail before any change)`
    )
  return raw as OnDowngrade
}

/** A recovery point of AWS Backup: arn:aws:backup:<region>:<account>:recovery-point:<id>. */
const RECOVERY_POINT_ARN =
  /^arn:aws[a-z-]*:backup:[a-z0-9-]+:\d{12}:recovery-point:[0-9A-Za-z-]{1,100}$/

interface RestoreInput {
  /** A restore point on EFS: `<id>@<this run>`. */
  restoreRequest?: string
  /** A recovery point of AWS Backup, restored by a restore job first. */
  recoveryPointArn?: string
  /** This run, so that the request is applied once (a re-run of the job is a new request). */
  restoreRun?: string
}

/**
 * command restore: a restore point on EFS (its id), or a recovery point of AWS Backup (its
 * ARN), and this run, so that the request is applied once.
 */
function restoreInput(command: Command, env: NodeJS.ProcessEnv): RestoreInput {
  const id = input('restore-point')
  if (command !== 'restore') {
    if (id)
      core.warning(`restore-point: ignored with command ${command} (only command restore uses it)`)
    return {}
  }
  if (!id)
    throw new InputError(
      'restore-point',
      "required with command restore: the id of a restore point of the version the stack runs, e.g. 20261207T160512Z-6.8.52 (the serving instance lists them in its opscenter-ha:restore-points tag), or the ARN of an AWS Backup recovery point of the stack's file system"
    )
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : `local-${process.pid}-${Date.now()}`
  if (id.startsWith('arn:')) {
    if (!RECOVERY_POINT_ARN.test(id))
      throw new InputError(
        'restore-point',
        `"${id}" is not an AWS Backup recovery point ARN such as arn:aws:backup:us-east-1:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45`
      )
    return { recoveryPointArn: id, restoreRun: run }
  }
  const request = `${id}@${run}`
  if (!parsePointId(id) || !RESTORE_REQUEST.test(request))
    throw new InputError(
      'restore-point',
      `"${id}" is not a restore point id (<UTC time>-<version>, e.g. 20261207T160512Z-6.8.52) nor an AWS Backup recovery point ARN`
    )
  return { restoreRequest: request, restoreRun: run }
}

function lockTableInput(): string {
  const table = input('lock-table') || DEFAULTS.lockTable
  if (!TABLE_NAME.test(table))
    throw new InputError(
      'lock-table',
      `"${table}" is not a DynamoDB table name: 3 to 255 letters, digits, '_', '-' or '.'`
    )
  return table
}

/** This run as other runs read it while they wait: the run's URL, workflow and actor. */
function ownerOf(command: Command, env: NodeJS.ProcessEnv): LockOwner {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env
  const run =
    GITHUB_REPOSITORY && GITHUB_RUN_ID
      ? `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/attempts/${GITHUB_RUN_ATTEMPT ?? '1'}`
      : `local run, pid ${process.pid}`
  return {
    run,
    workflow: env.GITHUB_WORKFLOW || '-',
    actor: env.GITHUB_ACTOR || env.USER || '-',
    command
  }
}

function commandInput(): Command {
  const raw = input('command') || DEFAULT_INPUTS.command
  if (!(COMMANDS as readonly string[]).includes(raw))
    throw new InputError('command', `unknown command "${raw}": use one of ${COMMANDS.join(', ')}`)
  return raw as Command
}

function stackNameInput(): string {
  const stackName = input('stack-name')
  if (stackName === '')
    throw new InputError(
      'stack-name',
      'required: set it to the CloudFormation stack to deploy, e.g. stack-name: opscenter'
    )
  if (!STACK_NAME.test(stackName))
    throw new InputError(
      'stack-name',
      `"${stackName}" is not a valid stack name: start with a letter, then letters, digits and hyphens, at most 128 characters`
    )
  return stackName
}

function regionInput(env: NodeJS.ProcessEnv): string {
  const region = input('region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (region === '')
    throw new InputError(
      'region',
      'not set: give the region input or configure AWS credentials with a region (AWS_REGION)'
    )
  if (!REGION.test(region))
    throw new InputError('region', `"${region}" is not an AWS region such as us-east-1`)
  return region
}

function amiIdInput(): string | undefined {
  const amiId = input('ami-id') || undefined
  if (amiId !== undefined && !AMI_ID.test(amiId))
    throw new InputError('ami-id', `"${amiId}" is not an AMI id such as ami-0123456789abcdef0`)
  return amiId
}

function healthUrlInput(): string | undefined {
  const healthUrl = input('health-url') || undefined
  if (healthUrl === undefined) return undefined
  let url: URL | undefined
  try {
    url = new URL(healthUrl)
  } catch {
    url = undefined
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    throw new InputError('health-url', `"${healthUrl}" is not an http(s) URL`)
  return healthUrl
}

function keepAmisInput(): number {
  const raw = input('keep-amis')
  if (raw === '') return DEFAULTS.keepAmis
  if (!/^\d+$/.test(raw) || Number(raw) < 2)
    throw new InputError(
      'keep-amis',
      `"${raw}" must be a whole number of at least 2 (the current and the previous AMI are always kept)`
    )
  return Number(raw)
}

function warnIgnored(command: Command, force: boolean, amiId: string | undefined): void {
  if (force && command !== 'replace')
    core.warning(`force: ignored with command ${command} (it only applies to replace)`)
  if (amiId && (command === 'replace' || command === 'rollback' || command === 'restore'))
    core.warning(
      `ami-id: ignored with command ${command} (it uses the stack's ${command === 'rollback' ? 'previous' : 'current'} AMI)`
    )
}

/** The template and the recipe, checked only where the command reads them. */
function fileInputs(
  command: Command,
  amiId: string | undefined,
  parameters: Record<string, string>
): Pick<
  Options,
  'template' | 'templateBody' | 'templateParams' | 'packerDir' | 'packerVarFile' | 'agentDir'
> {
  const needsTemplate = command === 'deploy' || command === 'plan'
  const needsRecipe = needsTemplate && amiId === undefined
  const templateIn = input('template') || DEFAULT_INPUTS.template
  const template = needsTemplate ? file('template', templateIn, 'file') : resolve(templateIn)
  const tpl = needsTemplate ? readTemplate(template) : undefined
  if (tpl)
    for (const key of Object.keys(parameters))
      if (!tpl.params.includes(key))
        throw new InputError(
          'parameters',
          `${key} is not a parameter of ${templateIn} (it has: ${tpl.params.join(', ')})`
        )
  const packerDirIn = input('packer-dir') || DEFAULT_INPUTS.packerDir
  const varFileIn = input('packer-var-file') || DEFAULT_INPUTS.packerVarFile
  const agentDirIn = input('agent-dir') || defaultAgentDir()
  const recipe = (name: string, value: string, kind: 'file' | 'folder'): string =>
    needsRecipe ? file(name, value, kind) : resolve(value)
  const packerVarFile = recipe('packer-var-file', varFileIn, 'file')
  if (needsRecipe) checkVersion(varFileIn, packerVarFile)
  return {
    template,
    templateBody: tpl?.body,
    templateParams: tpl?.params ?? [],
    packerDir: recipe('packer-dir', packerDirIn, 'folder'),
    packerVarFile,
    agentDir: recipe('agent-dir', agentDirIn, 'folder')
  }
}

/**
 * A version the image cannot run (retracted, or before its support) fails before any bake;
 * so does a version bump whose package is not hosted yet (a bot's PR edits the version; the
 * URL still names the old file, or its sha256 is the old one).
 */
function checkVersion(name: string, varFile: string): void {
  const version = opscenterVersion(varFile)
  const why = version ? unsupportedOpscenterVersion(version) : undefined
  if (why)
    throw new InputError(
      'packer-var-file',
      `${name}: ${PACKER_VARS.opscenterVersion} = "${version}": ${why}`
    )
  const url = assignment(varFile, 'opscenter_package_url')
  const named = url ? /\b6\.8\.\d+\b/.exec(url)?.[0] : undefined
  if (version && named && named !== version)
    throw new InputError(
      'packer-var-file',
      `${name}: ${PACKER_VARS.opscenterVersion} is ${version} but opscenter_package_url names ${named} (${url}): the ${version} package is not hosted yet. Download the ${version} RPM from IBM Fix Central, upload it, and set opscenter_package_url and opscenter_package_sha256 in this change (docs/package-hosting.md)`
    )
}
