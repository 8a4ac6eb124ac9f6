// Template parsing and parameter validation, as CloudFormation does before any resource
// is touched: a bad template or parameter is a ValidationError from the API call itself.
import { yamlParse } from 'yaml-cfn'
import { ValidationError } from '../wire/errors.js'
import { AwsError } from '../wire/errors.js'
import { HANDLERS } from './resources/index.js'

export interface ParameterDef {
  Type: string
  Default?: unknown
  AllowedPattern?: string
  AllowedValues?: unknown[]
  MinValue?: number
  MaxValue?: number
  MinLength?: number
  MaxLength?: number
  NoEcho?: boolean | string
  Description?: string
  ConstraintDescription?: string
}

export interface ResourceDef {
  Type: string
  Properties?: Record<string, unknown>
  DependsOn?: string | string[]
  Condition?: string
  DeletionPolicy?: string
  UpdateReplacePolicy?: string
  Metadata?: unknown
  CreationPolicy?: unknown
  UpdatePolicy?: unknown
}

export interface Template {
  AWSTemplateFormatVersion?: string
  Description?: string
  Metadata?: unknown
  Parameters?: Record<string, ParameterDef>
  Mappings?: Record<string, Record<string, Record<string, unknown>>>
  Conditions?: Record<string, unknown>
  Resources: Record<string, ResourceDef>
  Outputs?: Record<
    string,
    { Value: unknown; Description?: string; Condition?: string; Export?: unknown }
  >
  Transform?: unknown
}

const PARAM_TYPES = new Set([
  'String',
  'Number',
  'List<Number>',
  'CommaDelimitedList',
  'AWS::EC2::AvailabilityZone::Name',
  'AWS::EC2::Image::Id',
  'AWS::EC2::Instance::Id',
  'AWS::EC2::KeyPair::KeyName',
  'AWS::EC2::SecurityGroup::GroupName',
  'AWS::EC2::SecurityGroup::Id',
  'AWS::EC2::Subnet::Id',
  'AWS::EC2::Volume::Id',
  'AWS::EC2::VPC::Id',
  'AWS::Route53::HostedZone::Id',
  'List<AWS::EC2::AvailabilityZone::Name>',
  'List<AWS::EC2::Image::Id>',
  'List<AWS::EC2::Instance::Id>',
  'List<AWS::EC2::SecurityGroup::GroupName>',
  'List<AWS::EC2::SecurityGroup::Id>',
  'List<AWS::EC2::Subnet::Id>',
  'List<AWS::EC2::Volume::Id>',
  'List<AWS::EC2::VPC::Id>',
  'List<AWS::Route53::HostedZone::Id>'
])

function formatError(message: string): ValidationError {
  return new ValidationError(`Template format error: ${message}`)
}

export function parseTemplate(body: string): Template {
  let t: unknown
  try {
    t = body.trim().startsWith('{') ? JSON.parse(body) : yamlParse(body)
  } catch (err) {
    throw formatError(`YAML not well-formed. ${(err as Error).message.split('\n')[0]}`)
  }
  if (!t || typeof t !== 'object') throw formatError('the template is not a JSON or YAML object')
  const tpl = t as Template
  if (tpl.Transform) throw new ValidationError('Transform is unsupported in the simulator')
  if (
    !tpl.Resources ||
    typeof tpl.Resources !== 'object' ||
    Object.keys(tpl.Resources).length === 0
  )
    throw formatError('At least one Resources member must be defined.')
  const unrecognized: string[] = []
  for (const [id, r] of Object.entries(tpl.Resources)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) throw formatError(`Resource name ${id} is non alphanumeric.`)
    if (!r || typeof r.Type !== 'string')
      throw formatError(`[/Resources/${id}] Every Resources object must contain a Type member.`)
    if (!r.Type.startsWith('AWS::') && !r.Type.startsWith('Custom::')) unrecognized.push(r.Type)
    // Both change what an update does (e.g. a replacing update runs a second group): refuse
    // rather than deploy something that would behave differently on AWS.
    for (const attr of ['UpdatePolicy', 'CreationPolicy'] as const)
      if (r[attr] !== undefined)
        throw new ValidationError(
          `Template format error: ${attr} on ${id} is unsupported in the simulator`
        )
    if (r.Condition && !tpl.Conditions?.[r.Condition])
      throw formatError(
        `Unresolved dependencies [${r.Condition}]. Cannot reference resources in the Conditions block of the template`
      )
    for (const dep of toList(r.DependsOn))
      if (!tpl.Resources[dep])
        throw formatError(
          `Unresolved resource dependencies [${dep}] in the Resources block of the template`
        )
  }
  if (unrecognized.length)
    throw formatError(`Unrecognized resource types: [${unrecognized.join(', ')}]`)
  const unsupported = Object.entries(tpl.Resources).filter(([, r]) => !HANDLERS[r.Type])
  if (unsupported.length)
    throw new AwsError(
      'ValidationError',
      `Template format error: resource type ${unsupported.map(([id, r]) => `${r.Type} (${id})`).join(', ')} is unsupported in the simulator. Supported: ${Object.keys(HANDLERS).join(', ')}`
    )
  for (const [name, p] of Object.entries(tpl.Parameters ?? {}))
    if (!p || !PARAM_TYPES.has(p.Type))
      throw formatError(`Unrecognized parameter type: ${p?.Type} (parameter ${name})`)
  return tpl
}

export function toList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

/** Whether the stack needs CAPABILITY_IAM / CAPABILITY_NAMED_IAM. */
export function requiredCapability(tpl: Template): string | undefined {
  let need: string | undefined
  for (const r of Object.values(tpl.Resources)) {
    if (!r.Type.startsWith('AWS::IAM::')) continue
    const p = r.Properties ?? {}
    if (p.RoleName || p.InstanceProfileName || p.UserName || p.GroupName || p.ManagedPolicyName)
      return 'CAPABILITY_NAMED_IAM'
    need = 'CAPABILITY_IAM'
  }
  return need
}

export interface GivenParameter {
  ParameterKey?: string
  ParameterValue?: string
  UsePreviousValue?: boolean
}

/** Resolves given values (UsePreviousValue, Default) and checks every constraint. */
export function resolveParameters(
  tpl: Template,
  given: GivenParameter[] | undefined,
  previous: Record<string, string> | undefined,
  checkExists: (type: string, value: string) => boolean
): Record<string, string> {
  const defs = tpl.Parameters ?? {}
  const out: Record<string, string> = {}
  const unknown = (given ?? []).map((g) => g.ParameterKey ?? '').filter((k) => !defs[k])
  if (unknown.length)
    throw new ValidationError(`Parameters: [${unknown.join(', ')}] do not exist in the template`)
  const missing: string[] = []
  for (const [name, def] of Object.entries(defs)) {
    const g = (given ?? []).find((x) => x.ParameterKey === name)
    let value: string | undefined
    if (g?.UsePreviousValue) {
      if (previous?.[name] === undefined)
        throw new ValidationError(
          `Invalid input for parameter key ${name}. Cannot specify usePreviousValue as true for a parameter key not in the previous template`
        )
      value = previous[name]
    } else if (g && g.ParameterValue !== undefined) value = g.ParameterValue
    else if (def.Default !== undefined)
      value = Array.isArray(def.Default) ? def.Default.join(',') : String(def.Default)
    if (value === undefined) {
      missing.push(name)
      continue
    }
    checkParameter(name, def, value, checkExists)
    out[name] = value
  }
  if (missing.length)
    throw new ValidationError(`Parameters: [${missing.join(', ')}] must have values`)
  return out
}

function checkParameter(
  name: string,
  def: ParameterDef,
  value: string,
  checkExists: (type: string, value: string) => boolean
): void {
  const fail = (why: string): never => {
    throw new ValidationError(
      `Parameter '${name}' ${why}${def.ConstraintDescription ? ` (${def.ConstraintDescription})` : ''}`
    )
  }
  const values =
    def.Type.startsWith('List<') || def.Type === 'CommaDelimitedList'
      ? value.split(',').map((v) => v.trim())
      : [value]
  for (const v of values) {
    if (def.Type === 'Number' || def.Type === 'List<Number>') {
      if (v === '' || Number.isNaN(Number(v))) fail(`must be a number`)
      if (def.MinValue !== undefined && Number(v) < Number(def.MinValue))
        fail(`must be a number not less than ${def.MinValue}`)
      if (def.MaxValue !== undefined && Number(v) > Number(def.MaxValue))
        fail(`must be a number not greater than ${def.MaxValue}`)
    }
    if (def.AllowedPattern !== undefined && !new RegExp(`^(?:${def.AllowedPattern})$`).test(v))
      fail(`failed to satisfy constraint: must match pattern ${def.AllowedPattern}`)
    if (def.AllowedValues && !def.AllowedValues.map(String).includes(v))
      fail(`value '${v}' is not allowed: must be one of ${def.AllowedValues.join(', ')}`)
    if (def.MinLength !== undefined && v.length < Number(def.MinLength))
      fail(`must contain at least ${def.MinLength} characters`)
    if (def.MaxLength !== undefined && v.length > Number(def.MaxLength))
      fail(`must contain at most ${def.MaxLength} characters`)
    const awsType = def.Type.replace(/^List<(.*)>$/, '$1')
    if (awsType.startsWith('AWS::') && !checkExists(awsType, v))
      throw new ValidationError(
        `Parameter validation failed: parameter value ${v} for parameter name ${name} does not exist. Rollback requested by user.`
      )
  }
}
