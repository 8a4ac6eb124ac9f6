// CloudFormation's state and rules: stacks, change sets, events, and the engine that
// creates, updates (with replacement and cleanup), rolls back and deletes resources in
// dependency order, each operation taking the modelled time.
import { randomUUID } from 'node:crypto'
import type { AutoScaling } from '../autoscaling/model.js'
import type { SimContext } from '../core/context.js'
import type { Ec2 } from '../ec2/model.js'
import type { Route53 } from '../route53/model.js'
import { AwsError, ValidationError } from '../wire/errors.js'
import type { CloudFormationModel, SimStack } from '../types.js'
import { evaluate, evaluateConditions, references, type Scope } from './intrinsics.js'
import { HANDLERS } from './resources/index.js'
import { PERMISSIONS, type Operation, type PermissionContext } from './resources/permissions.js'
import { Stores } from './resources/stores.js'
import type { CloudWatch } from '../cloudwatch/model.js'
import type { Sns } from '../sns/model.js'
import type { SecretsManager } from '../secretsmanager/model.js'
import { AccessDenied, type Iam } from '../iam/model.js'
import {
  ResourceFailure,
  type HandlerContext,
  type Props,
  type Provisioned
} from './resources/types.js'
import {
  parseTemplate,
  requiredCapability,
  resolveParameters,
  toList,
  type GivenParameter,
  type Template
} from './template.js'

export const NO_CHANGES =
  "The submitted information didn't contain changes. Submit different information to create a change set."

export interface StackResource {
  logicalId: string
  type: string
  physicalId: string
  status: string
  statusReason?: string
  props: Props
  attributes: Record<string, unknown>
  timestamp: number
  deletionPolicy?: string
}

export interface StackEvent {
  eventId: string
  stackName: string
  stackId: string
  logicalId: string
  physicalId: string
  resourceType: string
  status: string
  reason?: string
  timestamp: number
  properties?: string
}

export interface Stack {
  stackName: string
  stackId: string
  status: string
  statusReason?: string
  description?: string
  creationTime: number
  lastUpdatedTime?: number
  deletionTime?: number
  template?: Template
  templateBody: string
  parameters: Record<string, string>
  capabilities: string[]
  tags: Record<string, string>
  resources: Map<string, StackResource>
  outputs: Record<string, { value: string; description?: string }>
  events: StackEvent[]
  changeSetId?: string
  /** Access key of whoever started the current operation: its handlers act with it. */
  caller?: string
}

export interface ResourceChange {
  action: 'Add' | 'Modify' | 'Remove'
  logicalId: string
  physicalId?: string
  type: string
  replacement?: 'True' | 'False' | 'Conditional'
  scope: string[]
  details: {
    attribute: string
    name?: string
    requiresRecreation: string
    evaluation: string
    changeSource: string
    causingEntity?: string
  }[]
}

export interface ChangeSet {
  id: string
  name: string
  stackName: string
  stackId: string
  type: 'CREATE' | 'UPDATE'
  status: 'CREATE_PENDING' | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'DELETE_COMPLETE' | 'FAILED'
  statusReason?: string
  executionStatus:
    | 'UNAVAILABLE'
    | 'AVAILABLE'
    | 'EXECUTE_IN_PROGRESS'
    | 'EXECUTE_COMPLETE'
    | 'EXECUTE_FAILED'
    | 'OBSOLETE'
  creationTime: number
  description?: string
  template: Template
  templateBody: string
  parameters: Record<string, string>
  capabilities: string[]
  tags: Record<string, string>
  changes: ResourceChange[]
}

/** What a stack operation moves the stack to. */
interface StackTarget {
  template: Template
  templateBody: string
  parameters: Record<string, string>
  capabilities: string[]
  tags: Record<string, string>
  description?: string
}

export class ChangeSetNotFound extends AwsError {
  constructor(name: string) {
    super('ChangeSetNotFound', `ChangeSet [${name}] does not exist`, 404)
  }
}

export class InsufficientCapabilities extends AwsError {
  constructor(cap: string) {
    super('InsufficientCapabilitiesException', `Requires capabilities : [${cap}]`, 400)
  }
}

const IN_PROGRESS = /_IN_PROGRESS$/

export interface StackInput {
  stackName: string
  templateBody?: string
  usePreviousTemplate?: boolean
  parameters?: GivenParameter[]
  capabilities?: string[]
  tags?: Record<string, string>
  description?: string
  /** The caller's access key (the handlers' calls are authorized for it). */
  caller?: string
}

export class CloudFormation implements CloudFormationModel {
  /** The account's IAM (set by startSim): handlers' calls are authorized with it. */
  iam?: Iam
  private readonly stackList: Stack[] = []
  private readonly changeSets = new Map<string, ChangeSet>()
  readonly stores = new Stores()
  private stopped = false

  constructor(
    private readonly ctx: SimContext,
    private readonly deps: {
      ec2: Ec2
      autoscaling: AutoScaling
      route53: Route53
      cloudwatch: CloudWatch
      sns: Sns
      secretsmanager: SecretsManager
    }
  ) {}

  stop(): void {
    this.stopped = true
  }

  // ---- public views ----

  getStack(nameOrId: string): SimStack | undefined {
    const s = this.findStack(nameOrId)
    return s && this.view(s)
  }

  stacks(): SimStack[] {
    return this.stackList.filter((s) => s.status !== 'DELETE_COMPLETE').map((s) => this.view(s))
  }

  private view(s: Stack): SimStack {
    return {
      stackName: s.stackName,
      stackId: s.stackId,
      status: s.status,
      statusReason: s.statusReason,
      parameters: { ...s.parameters },
      outputs: Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, v.value])),
      resources: [...s.resources.values()].map((r) => ({
        logicalId: r.logicalId,
        physicalId: r.physicalId,
        type: r.type,
        status: r.status,
        statusReason: r.statusReason
      }))
    }
  }

  /** By name: the live stack; by id: any, deleted ones included (as AWS). */
  findStack(nameOrId: string): Stack | undefined {
    if (nameOrId.startsWith('arn:')) return this.stackList.find((s) => s.stackId === nameOrId)
    return this.stackList.find((s) => s.stackName === nameOrId && s.status !== 'DELETE_COMPLETE')
  }

  stack(nameOrId: string): Stack {
    const s = this.findStack(nameOrId)
    if (!s) throw new ValidationError(`Stack with id ${nameOrId} does not exist`)
    return s
  }

  allStacks(): Stack[] {
    return this.stackList
  }

  // ---- validation ----

  validateTemplate(body: string): { template: Template; capability?: string; iamTypes: string[] } {
    const template = parseTemplate(body)
    const iamTypes = [
      ...new Set(
        Object.values(template.Resources)
          .map((r) => r.Type)
          .filter((t) => t.startsWith('AWS::IAM::'))
      )
    ]
    return { template, capability: requiredCapability(template), iamTypes }
  }

  private checkExists = (type: string, value: string): boolean => {
    const { ec2, route53 } = this.deps
    switch (type) {
      case 'AWS::EC2::Subnet::Id':
        return ec2.subnets.some((s) => s.subnetId === value)
      case 'AWS::EC2::VPC::Id':
        return ec2.vpc.vpcId === value
      case 'AWS::EC2::SecurityGroup::Id':
        return ec2.securityGroups.has(value)
      case 'AWS::EC2::Image::Id':
        return ec2.getImage(value) !== undefined
      case 'AWS::EC2::AvailabilityZone::Name':
        return this.ctx.zones.includes(value)
      case 'AWS::Route53::HostedZone::Id':
        return route53.getZone(value) !== undefined
      default:
        return true
    }
  }

  private prepare(
    input: StackInput,
    previous: Stack | undefined
  ): {
    template: Template
    templateBody: string
    parameters: Record<string, string>
    capabilities: string[]
  } {
    if (!/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/.test(input.stackName))
      throw new ValidationError(
        `1 validation error detected: Value '${input.stackName}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`
      )
    let templateBody = input.templateBody
    if (input.usePreviousTemplate) {
      if (!previous)
        throw new ValidationError('UsePreviousTemplate is only allowed for an existing stack')
      templateBody = previous.templateBody
    }
    if (!templateBody)
      throw new ValidationError('Either Template URL or Template Body must be specified.')
    const template = parseTemplate(templateBody)
    const capabilities = input.capabilities ?? []
    const cap = requiredCapability(template)
    if (cap === 'CAPABILITY_NAMED_IAM' && !capabilities.includes(cap))
      throw new InsufficientCapabilities(cap)
    if (
      cap === 'CAPABILITY_IAM' &&
      !capabilities.includes(cap) &&
      !capabilities.includes('CAPABILITY_NAMED_IAM')
    )
      throw new InsufficientCapabilities(cap)
    const parameters = resolveParameters(
      template,
      input.parameters,
      previous?.parameters,
      this.checkExists
    )
    return { template, templateBody, parameters, capabilities }
  }

  // ---- change sets ----

  createChangeSet(
    input: StackInput & { changeSetName: string; changeSetType?: 'CREATE' | 'UPDATE' | 'IMPORT' }
  ): ChangeSet {
    const type = input.changeSetType ?? 'UPDATE'
    if (type === 'IMPORT')
      throw new ValidationError('ChangeSetType IMPORT is unsupported in the simulator')
    if (!/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/.test(input.changeSetName))
      throw new ValidationError(
        `ChangeSet name ${input.changeSetName} is invalid: [a-zA-Z][-a-zA-Z0-9]*`
      )
    let stack = this.findStack(input.stackName)
    if (type === 'CREATE') {
      if (stack && stack.status !== 'REVIEW_IN_PROGRESS')
        throw new AwsError(
          'AlreadyExistsException',
          `Stack [${input.stackName}] already exists and cannot be created again with the changeSet [${input.changeSetName}].`
        )
    } else {
      if (!stack || stack.status === 'REVIEW_IN_PROGRESS')
        throw new ValidationError(`Stack [${input.stackName}] does not exist`)
      this.assertUpdatable(stack)
    }
    const prep = this.prepare(input, type === 'UPDATE' ? stack : undefined)
    if (!stack) {
      stack = this.newStack(input.stackName, 'REVIEW_IN_PROGRESS', input.tags)
      this.event(
        stack,
        stack.stackName,
        stack.stackId,
        'AWS::CloudFormation::Stack',
        'REVIEW_IN_PROGRESS',
        'User Initiated'
      )
    }
    for (const cs of this.changeSets.values())
      if (cs.stackId === stack.stackId && cs.name === input.changeSetName)
        throw new AwsError(
          'AlreadyExistsException',
          `ChangeSet ${input.changeSetName} already exists`
        )
    const cs: ChangeSet = {
      id: `arn:aws:cloudformation:${this.ctx.region}:${this.ctx.accountId}:changeSet/${input.changeSetName}/${randomUUID()}`,
      name: input.changeSetName,
      stackName: stack.stackName,
      stackId: stack.stackId,
      type,
      status: 'CREATE_PENDING',
      executionStatus: 'UNAVAILABLE',
      creationTime: this.ctx.time.now(),
      description: input.description,
      template: prep.template,
      templateBody: prep.templateBody,
      parameters: prep.parameters,
      capabilities: prep.capabilities,
      tags: input.tags ?? stack.tags,
      changes: []
    }
    this.changeSets.set(cs.id, cs)
    const s = stack
    this.ctx.time.after(Math.ceil(this.ctx.time.ms('cfnChangeSet') / 2), () => {
      if (cs.status === 'CREATE_PENDING') cs.status = 'CREATE_IN_PROGRESS'
    })
    this.ctx.time.after(this.ctx.time.ms('cfnChangeSet'), () => {
      if (cs.status !== 'CREATE_PENDING' && cs.status !== 'CREATE_IN_PROGRESS') return
      try {
        cs.changes = this.diff(s, cs.template, cs.parameters)
        const same =
          type === 'UPDATE' &&
          this.nothingChanges(s, cs.changes, cs.template, cs.parameters, cs.tags)
        if (same) {
          cs.status = 'FAILED'
          cs.statusReason = NO_CHANGES
        } else {
          cs.status = 'CREATE_COMPLETE'
          cs.executionStatus = 'AVAILABLE'
        }
      } catch (err) {
        cs.status = 'FAILED'
        cs.statusReason = (err as Error).message
      }
    })
    this.ctx.log(`cloudformation: change set ${cs.name} (${type}) for ${stack.stackName}`)
    return cs
  }

  changeSet(name: string, stackName?: string): ChangeSet {
    if (name.startsWith('arn:')) {
      const cs = this.changeSets.get(name)
      if (!cs) throw new ChangeSetNotFound(name)
      return cs
    }
    if (!stackName)
      throw new ValidationError(
        'StackName must be specified if ChangeSetName is not specified as an ARN.'
      )
    const stack = this.findStack(stackName)
    const cs = [...this.changeSets.values()].find(
      (c) =>
        c.name === name &&
        (c.stackName === stackName || c.stackId === stack?.stackId || c.stackId === stackName)
    )
    if (!cs) throw new ChangeSetNotFound(name)
    return cs
  }

  /** The stack id of a change set named by its ARN (undefined when there is none). */
  changeSetStack(arn: string): string | undefined {
    return this.changeSets.get(arn)?.stackId
  }

  changeSetsOf(stackName: string): ChangeSet[] {
    const stack = this.stack(stackName)
    return [...this.changeSets.values()].filter((c) => c.stackId === stack.stackId)
  }

  deleteChangeSet(name: string, stackName?: string): void {
    const cs = this.changeSet(name, stackName)
    if (cs.executionStatus === 'EXECUTE_IN_PROGRESS')
      throw new AwsError(
        'InvalidChangeSetStatus',
        `Cannot delete ChangeSet in status ${cs.executionStatus}`
      )
    this.changeSets.delete(cs.id)
  }

  executeChangeSet(name: string, stackName?: string, caller?: string): void {
    const cs = this.changeSet(name, stackName)
    if (cs.status !== 'CREATE_COMPLETE' || cs.executionStatus !== 'AVAILABLE')
      throw new AwsError(
        'InvalidChangeSetStatus',
        `ChangeSet [${cs.id}] cannot be executed in its current status of [${cs.status === 'CREATE_COMPLETE' ? cs.executionStatus : cs.status}]`
      )
    const stack = this.stack(cs.stackId)
    if (cs.type === 'UPDATE') this.assertUpdatable(stack)
    cs.executionStatus = 'EXECUTE_IN_PROGRESS'
    for (const other of this.changeSets.values())
      if (other.stackId === cs.stackId && other !== cs) other.executionStatus = 'OBSOLETE'
    stack.changeSetId = cs.id
    stack.caller = caller
    const done = (ok: boolean): void => {
      cs.executionStatus = ok ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED'
    }
    this.startOperation(stack, cs.type, cs, done)
  }

  // ---- stacks ----

  createStack(input: StackInput): Stack {
    const existing = this.findStack(input.stackName)
    if (existing)
      throw new AwsError('AlreadyExistsException', `Stack [${input.stackName}] already exists`)
    const prep = this.prepare(input, undefined)
    const stack = this.newStack(input.stackName, 'CREATE_IN_PROGRESS', input.tags)
    stack.caller = input.caller
    this.startOperation(
      stack,
      'CREATE',
      { ...prep, description: input.description, tags: input.tags ?? {} },
      () => undefined
    )
    return stack
  }

  updateStack(input: StackInput): Stack {
    const stack = this.stack(input.stackName)
    this.assertUpdatable(stack)
    const prep = this.prepare(input, stack)
    const changes = this.diff(stack, prep.template, prep.parameters)
    if (
      this.nothingChanges(stack, changes, prep.template, prep.parameters, input.tags ?? stack.tags)
    )
      throw new ValidationError('No updates are to be performed.')
    stack.caller = input.caller
    this.startOperation(
      stack,
      'UPDATE',
      { ...prep, tags: input.tags ?? stack.tags },
      () => undefined
    )
    return stack
  }

  deleteStack(nameOrId: string, caller?: string): void {
    const stack = this.findStack(nameOrId)
    if (!stack || stack.status === 'DELETE_IN_PROGRESS') return
    stack.caller = caller
    if (IN_PROGRESS.test(stack.status) && stack.status !== 'REVIEW_IN_PROGRESS')
      throw new ValidationError(
        `Stack [${stack.stackName}] cannot be deleted while in status ${stack.status}`
      )
    void this.runDelete(stack)
  }

  private assertUpdatable(stack: Stack): void {
    if (
      IN_PROGRESS.test(stack.status) ||
      [
        'ROLLBACK_COMPLETE',
        'ROLLBACK_FAILED',
        'DELETE_FAILED',
        'UPDATE_ROLLBACK_FAILED',
        'CREATE_FAILED'
      ].includes(stack.status)
    )
      throw new ValidationError(
        `Stack:${stack.stackId} is in ${stack.status} state and can not be updated.`
      )
  }

  private newStack(name: string, status: string, tags: Record<string, string> | undefined): Stack {
    const stack: Stack = {
      stackName: name,
      stackId: `arn:aws:cloudformation:${this.ctx.region}:${this.ctx.accountId}:stack/${name}/${randomUUID()}`,
      status,
      creationTime: this.ctx.time.now(),
      templateBody: '',
      parameters: {},
      capabilities: [],
      tags: tags ?? {},
      resources: new Map(),
      outputs: {},
      events: []
    }
    this.stackList.push(stack)
    return stack
  }

  // ---- scope and diff ----

  private scope(
    stack: Stack,
    template: Template,
    params: Record<string, string>,
    resources: Map<string, StackResource>,
    lenient: boolean
  ): Scope {
    const defs = template.Parameters ?? {}
    const base: Scope = {
      params,
      paramTypes: Object.fromEntries(Object.entries(defs).map(([k, d]) => [k, d.Type])),
      pseudo: {
        'AWS::StackName': stack.stackName,
        'AWS::StackId': stack.stackId,
        'AWS::Region': this.ctx.region,
        'AWS::AccountId': this.ctx.accountId,
        'AWS::Partition': 'aws',
        'AWS::URLSuffix': 'amazonaws.com',
        'AWS::NotificationARNs': ''
      },
      conditions: {},
      mappings: template.Mappings ?? {},
      zones: this.ctx.zones,
      isResource: (id) => Boolean(template.Resources[id]),
      ref: (id) => {
        const r = resources.get(id)
        if (r?.physicalId) return r.physicalId
        if (lenient) return `{{unresolved:${id}}}`
        throw new ResourceFailure(
          `Unresolved resource dependency ${id}: it does not exist (its Condition is false?)`
        )
      },
      getAtt: (id, attr) => {
        const r = resources.get(id)
        if (!template.Resources[id])
          throw new ValidationError(
            `Template error: instance of Fn::GetAtt references undefined resource ${id}`
          )
        if (r && attr in r.attributes) return r.attributes[attr]
        if (lenient) return `{{unresolved:${id}.${attr}}}`
        if (r)
          throw new ResourceFailure(
            `Template error: resource ${id} does not support attribute type ${attr} in Fn::GetAtt`
          )
        throw new ResourceFailure(`Unresolved resource dependency ${id} in Fn::GetAtt`)
      }
    }
    base.conditions = evaluateConditions(template.Conditions, base)
    return base
  }

  private active(template: Template, scope: Scope): string[] {
    return Object.entries(template.Resources)
      .filter(([, r]) => !r.Condition || scope.conditions[r.Condition])
      .map(([id]) => id)
  }

  /** Logical ids in dependency order (Ref, Fn::GetAtt, Fn::Sub, DependsOn). */
  private order(
    template: Template,
    ids: string[]
  ): { sorted: string[]; deps: Map<string, Set<string>> } {
    const set = new Set(ids)
    const deps = new Map<string, Set<string>>()
    for (const id of ids) {
      const r = template.Resources[id]
      const { refs, atts } = references(r.Properties ?? {}, (x) => Boolean(template.Resources[x]))
      const d = new Set<string>([
        ...refs,
        ...[...atts].map((a) => a.split('.')[0]),
        ...toList(r.DependsOn)
      ])
      d.delete(id)
      deps.set(id, new Set([...d].filter((x) => set.has(x))))
    }
    const sorted: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    const visit = (id: string): void => {
      if (state.get(id) === 'done') return
      if (state.get(id) === 'visiting')
        throw new ValidationError(`Circular dependency between resources: [${id}]`)
      state.set(id, 'visiting')
      for (const d of deps.get(id) ?? []) visit(d)
      state.set(id, 'done')
      sorted.push(id)
    }
    for (const id of ids) visit(id)
    return { sorted, deps }
  }

  /** What an execution would do, as DescribeChangeSet lists it. */
  diff(stack: Stack, template: Template, params: Record<string, string>): ResourceChange[] {
    const scope = this.scope(stack, template, params, stack.resources, true)
    const ids = this.active(template, scope)
    const { sorted } = this.order(template, ids)
    const changes: ResourceChange[] = []
    const changed = new Map<string, ResourceChange>()
    for (const id of sorted) {
      const def = template.Resources[id]
      const current = stack.resources.get(id)
      if (!current || !current.physicalId || current.status.endsWith('DELETE_COMPLETE')) {
        const c: ResourceChange = {
          action: 'Add',
          logicalId: id,
          type: def.Type,
          scope: [],
          details: []
        }
        changes.push(c)
        changed.set(id, c)
        continue
      }
      const handler = HANDLERS[def.Type]
      const props = evaluate(def.Properties ?? {}, scope) as Props
      const keys = new Set([...Object.keys(props), ...Object.keys(current.props)])
      const details: ResourceChange['details'] = []
      for (const k of keys) {
        if (JSON.stringify(props[k]) === JSON.stringify(current.props[k])) continue
        details.push({
          attribute: 'Properties',
          name: k,
          requiresRecreation: handler.replaceOn.includes(k) ? 'Always' : 'Never',
          evaluation: 'Static',
          changeSource: 'DirectModification'
        })
      }
      // Values that depend on a resource being changed are re-evaluated during execution.
      const { refs, atts } = references(def.Properties ?? {}, (x) => Boolean(template.Resources[x]))
      for (const a of atts) {
        const [dep] = a.split('.')
        if (changed.has(dep))
          details.push({
            attribute: 'Properties',
            requiresRecreation: 'Never',
            evaluation: 'Dynamic',
            changeSource: 'ResourceAttribute',
            causingEntity: a
          })
      }
      for (const r of refs)
        if (changed.get(r)?.replacement === 'True')
          details.push({
            attribute: 'Properties',
            requiresRecreation: 'Conditional',
            evaluation: 'Dynamic',
            changeSource: 'ResourceReference',
            causingEntity: r
          })
      if (current.type !== def.Type)
        details.push({
          attribute: 'Properties',
          name: 'Type',
          requiresRecreation: 'Always',
          evaluation: 'Static',
          changeSource: 'DirectModification'
        })
      if (details.length === 0) continue
      const replacement = details.some((d) => d.requiresRecreation === 'Always')
        ? 'True'
        : details.some((d) => d.requiresRecreation === 'Conditional')
          ? 'Conditional'
          : 'False'
      const c: ResourceChange = {
        action: 'Modify',
        logicalId: id,
        physicalId: current.physicalId,
        type: def.Type,
        replacement,
        scope: ['Properties'],
        details
      }
      changes.push(c)
      changed.set(id, c)
    }
    for (const [id, r] of stack.resources)
      if (!ids.includes(id) && r.physicalId)
        changes.push({
          action: 'Remove',
          logicalId: id,
          physicalId: r.physicalId,
          type: r.type,
          scope: [],
          details: []
        })
    return changes
  }

  private outputsOf(
    stack: Stack,
    template: Template,
    params: Record<string, string>,
    lenient: boolean
  ): Record<string, { value: string; description?: string }> {
    if (!template) return {}
    const scope = this.scope(stack, template, params, stack.resources, lenient)
    const out: Record<string, { value: string; description?: string }> = {}
    for (const [k, o] of Object.entries(template.Outputs ?? {})) {
      if (o.Condition && !scope.conditions[o.Condition]) continue
      const v = evaluate(o.Value, scope)
      out[k] = { value: Array.isArray(v) ? v.join(',') : String(v), description: o.Description }
    }
    return out
  }

  /**
   * CloudFormation's "no changes": no resource changes, the same outputs and the same stack
   * tags. A parameter whose new value reaches no resource and no output is not a change.
   */
  private nothingChanges(
    stack: Stack,
    changes: ResourceChange[],
    template: Template,
    params: Record<string, string>,
    tags: Record<string, string>
  ): boolean {
    if (changes.length > 0) return false
    if (JSON.stringify(tags) !== JSON.stringify(stack.tags)) return false
    const next = this.outputsOf(stack, template, params, true)
    const now = this.outputsOf(stack, stack.template as Template, stack.parameters, true)
    return JSON.stringify(next) === JSON.stringify(now)
  }

  // ---- the engine ----

  private event(
    stack: Stack,
    logicalId: string,
    physicalId: string,
    type: string,
    status: string,
    reason?: string,
    props?: Props
  ): void {
    const e: StackEvent = {
      eventId: randomUUID(),
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      physicalId,
      resourceType: type,
      status,
      reason,
      timestamp: this.ctx.time.now(),
      properties: props ? JSON.stringify(props) : undefined
    }
    stack.events.push(e)
    if (type === 'AWS::CloudFormation::Stack') {
      stack.status = status
      // A rollback keeps the reason it started with, so DescribeStacks still says why.
      stack.statusReason = reason ?? (status.includes('ROLLBACK') ? stack.statusReason : undefined)
      this.ctx.log(`cloudformation: ${stack.stackName} ${status}${reason ? `: ${reason}` : ''}`)
      this.ctx.events.emit('stack', { stackName: stack.stackName, status, reason })
    } else {
      this.ctx.log(
        `cloudformation: ${stack.stackName} ${logicalId} ${status}${reason ? `: ${reason}` : ''}`
      )
    }
  }

  private handlerContext(stack: Stack, logicalId: string): HandlerContext {
    return {
      stackName: stack.stackName,
      stackId: stack.stackId,
      logicalId,
      region: this.ctx.region,
      accountId: this.ctx.accountId,
      ec2: this.deps.ec2,
      autoscaling: this.deps.autoscaling,
      route53: this.deps.route53,
      cloudwatch: this.deps.cloudwatch,
      sns: this.deps.sns,
      secretsmanager: this.deps.secretsmanager,
      stores: this.stores
    }
  }

  private startOperation(
    stack: Stack,
    kind: 'CREATE' | 'UPDATE',
    target: StackTarget,
    done: (ok: boolean) => void
  ): void {
    const status = kind === 'CREATE' ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS'
    this.event(
      stack,
      stack.stackName,
      stack.stackId,
      'AWS::CloudFormation::Stack',
      status,
      'User Initiated'
    )
    void this.run(stack, kind, target)
      .then(done)
      .catch((err: unknown) => {
        this.ctx.log(`cloudformation: engine crashed: ${(err as Error)?.stack ?? String(err)}`)
        done(false)
      })
  }

  /**
   * Authorizes what the type's handler calls for this operation, as the stack's caller;
   * a refusal fails the resource with the handler's message, as CloudFormation reports it.
   */
  private async permit(
    stack: Stack,
    type: string,
    op: Operation,
    props: Props,
    hctx: HandlerContext,
    physicalId?: string
  ): Promise<void> {
    const iam = this.iam
    const requests = PERMISSIONS[type]?.[op]
    if (!iam?.enforce || !requests || stack.caller === undefined) return
    const pctx: PermissionContext = {
      ...hctx,
      physicalId,
      roleOfProfile: (arn) => {
        const profile = [...this.stores.instanceProfiles.values()].find((p) => p.arn === arn)
        const role = profile ? this.stores.roles.get(profile.roles[0]) : undefined
        return role?.arn
      },
      hasServiceLinkedRole: (service) => iam.serviceLinkedRoles.has(service)
    }
    const needed = requests(props, pctx)
    try {
      await iam.authorize(stack.caller, needed)
    } catch (err) {
      if (!(err instanceof AccessDenied)) throw err
      throw new ResourceFailure(
        `Resource handler returned message: "${err.message} (Service: ${err.request.action.split(':')[0]}, Status Code: 403, Request ID: ${randomUUID()})" (RequestToken: ${randomUUID()}, HandlerErrorCode: AccessDenied)`
      )
    }
    for (const r of needed)
      if (r.action === 'iam:CreateServiceLinkedRole')
        iam.serviceLinkedRoles.add(String(r.context?.['iam:AWSServiceName']))
  }

  private sleep(ms: number): Promise<void> {
    return this.ctx.time.sleep(ms)
  }

  /** Create or update: walk the template in dependency waves; roll back on a failure. */
  private async run(
    stack: Stack,
    kind: 'CREATE' | 'UPDATE',
    target: StackTarget
  ): Promise<boolean> {
    const before = {
      template: stack.template,
      templateBody: stack.templateBody,
      parameters: stack.parameters,
      capabilities: stack.capabilities,
      outputs: stack.outputs,
      description: stack.description
    }
    const touched: {
      id: string
      action: 'created' | 'updated' | 'replaced'
      old?: StackResource
    }[] = []
    const working = new Map(stack.resources)
    const template = target.template
    let failed: { id: string; reason: string } | undefined
    try {
      const scope = this.scope(stack, template, target.parameters, working, false)
      const ids = this.active(template, scope)
      const { deps } = this.order(template, ids)
      const finished = new Set<string>()
      while (finished.size < ids.length && !failed) {
        const wave = ids.filter(
          (id) => !finished.has(id) && [...(deps.get(id) ?? [])].every((d) => finished.has(d))
        )
        let waveMs = 0
        const work: { id: string; permit: () => Promise<void>; fn: () => void }[] = []
        for (const id of wave) {
          const def = template.Resources[id]
          const handler = HANDLERS[def.Type]
          const current = working.get(id)
          const hctx = this.handlerContext(stack, id)
          let props: Props
          try {
            props = evaluate(
              def.Properties ?? {},
              this.scope(stack, template, target.parameters, working, false)
            ) as Props
          } catch (err) {
            failed = { id, reason: (err as Error).message }
            this.event(
              stack,
              id,
              current?.physicalId ?? '',
              def.Type,
              current ? 'UPDATE_FAILED' : 'CREATE_FAILED',
              failed.reason
            )
            this.cancelRest(stack, template, working, work)
            break
          }
          const ms = this.ctx.time.ms(handler.latency)
          if (!current || !current.physicalId) {
            this.event(stack, id, '', def.Type, 'CREATE_IN_PROGRESS', undefined, props)
            waveMs = Math.max(waveMs, ms)
            work.push({
              id,
              permit: () => this.permit(stack, def.Type, 'create', props, hctx),
              fn: () => {
                const fault = this.ctx.faults.takeResourceFailure(id, def.Type)
                if (fault) throw new ResourceFailure(fault)
                const p = handler.create(props, hctx)
                working.set(id, this.resource(id, def, p, props, 'CREATE_COMPLETE'))
                touched.push({ id, action: 'created' })
                this.event(stack, id, p.physicalId, def.Type, 'CREATE_COMPLETE')
              }
            })
            continue
          }
          const changedKeys = [
            ...new Set([...Object.keys(props), ...Object.keys(current.props)])
          ].filter((k) => JSON.stringify(props[k]) !== JSON.stringify(current.props[k]))
          if (changedKeys.length === 0 && current.type === def.Type) continue
          const replace =
            current.type !== def.Type || changedKeys.some((k) => handler.replaceOn.includes(k))
          this.event(
            stack,
            id,
            current.physicalId,
            def.Type,
            'UPDATE_IN_PROGRESS',
            replace
              ? 'Requested update requires the creation of a new physical resource; hence creating one.'
              : undefined,
            props
          )
          waveMs = Math.max(waveMs, ms)
          work.push({
            id,
            permit: () =>
              replace
                ? this.permit(stack, def.Type, 'create', props, hctx)
                : this.permit(stack, def.Type, 'update', props, hctx, current.physicalId),
            fn: () => {
              const fault = this.ctx.faults.takeResourceFailure(id, def.Type)
              if (fault) throw new ResourceFailure(fault)
              if (replace) {
                const p = handler.create(props, hctx)
                working.set(id, this.resource(id, def, p, props, 'UPDATE_COMPLETE'))
                touched.push({ id, action: 'replaced', old: current })
                this.event(stack, id, p.physicalId, def.Type, 'UPDATE_COMPLETE')
              } else {
                const p = handler.update(
                  { physicalId: current.physicalId, attributes: current.attributes },
                  props,
                  current.props,
                  hctx
                )
                working.set(id, this.resource(id, def, p, props, 'UPDATE_COMPLETE'))
                touched.push({ id, action: 'updated', old: current })
                this.event(stack, id, p.physicalId, def.Type, 'UPDATE_COMPLETE')
              }
            }
          })
        }
        if (failed) break
        await this.sleep(waveMs)
        if (this.stopped) return false
        for (const [i, { id: rid, permit, fn }] of work.entries()) {
          try {
            await permit()
            fn()
          } catch (err) {
            const reason = failureReason(err)
            const def = template.Resources[rid]
            const cur = working.get(rid)
            failed = { id: rid, reason }
            this.event(
              stack,
              rid,
              cur?.physicalId ?? '',
              def.Type,
              cur?.physicalId ? 'UPDATE_FAILED' : 'CREATE_FAILED',
              reason
            )
            this.cancelRest(stack, template, working, work.slice(i + 1))
            break
          }
        }
        for (const id of wave) finished.add(id)
      }
      if (!failed) {
        // Outputs must resolve, or the operation fails like any resource.
        const probe: Stack = { ...stack, resources: working, stackName: stack.stackName }
        try {
          stack.outputs = this.outputsOf(probe, template, target.parameters, false)
        } catch (err) {
          failed = { id: stack.stackName, reason: (err as Error).message }
        }
      }
    } catch (err) {
      failed = { id: stack.stackName, reason: failureReason(err) }
    }

    if (!failed) {
      stack.resources = working
      stack.template = template
      stack.templateBody = target.templateBody
      stack.parameters = target.parameters
      stack.capabilities = target.capabilities
      stack.tags = target.tags
      stack.description = template.Description
      if (kind === 'CREATE') {
        this.event(
          stack,
          stack.stackName,
          stack.stackId,
          'AWS::CloudFormation::Stack',
          'CREATE_COMPLETE'
        )
        return true
      }
      stack.lastUpdatedTime = this.ctx.time.now()
      this.event(
        stack,
        stack.stackName,
        stack.stackId,
        'AWS::CloudFormation::Stack',
        'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'
      )
      // Cleanup: replaced physical resources and resources no longer in the template.
      const removed = [...stack.resources.values()].filter(
        (r) => !this.isActive(template, target.parameters, stack, r.logicalId)
      )
      const olds = touched.filter((t) => t.action === 'replaced').map((t) => t.old as StackResource)
      await this.deleteResources(stack, [...olds, ...removed], before.template)
      for (const r of removed) stack.resources.delete(r.logicalId)
      this.event(
        stack,
        stack.stackName,
        stack.stackId,
        'AWS::CloudFormation::Stack',
        'UPDATE_COMPLETE'
      )
      return true
    }

    // ---- rollback ----
    const reason =
      `The following resource(s) failed to ${kind === 'CREATE' ? 'create' : 'update'}: [${failed.id}]. ${kind === 'CREATE' ? 'Rollback requested by user.' : ''}`.trim()
    if (kind === 'CREATE') {
      this.event(
        stack,
        stack.stackName,
        stack.stackId,
        'AWS::CloudFormation::Stack',
        'ROLLBACK_IN_PROGRESS',
        reason
      )
      const created = touched.map((t) => working.get(t.id) as StackResource)
      stack.resources = working
      await this.deleteResources(stack, created.reverse(), template)
      stack.template = template
      stack.templateBody = target.templateBody
      stack.parameters = target.parameters
      this.event(
        stack,
        stack.stackName,
        stack.stackId,
        'AWS::CloudFormation::Stack',
        'ROLLBACK_COMPLETE'
      )
      return false
    }
    this.event(
      stack,
      stack.stackName,
      stack.stackId,
      'AWS::CloudFormation::Stack',
      'UPDATE_ROLLBACK_IN_PROGRESS',
      reason
    )
    const toDelete: StackResource[] = []
    for (const t of [...touched].reverse()) {
      const now = working.get(t.id) as StackResource
      const handler = HANDLERS[now.type]
      await this.sleep(this.ctx.time.ms(handler.latency))
      if (this.stopped) return false
      if (t.action === 'created') {
        toDelete.push(now)
        continue
      }
      const old = t.old as StackResource
      if (t.action === 'replaced') {
        toDelete.push(now)
        working.set(t.id, old)
        this.event(stack, t.id, old.physicalId, old.type, 'UPDATE_COMPLETE')
        continue
      }
      this.event(stack, t.id, old.physicalId, old.type, 'UPDATE_IN_PROGRESS')
      try {
        const p = handler.update(
          { physicalId: now.physicalId, attributes: now.attributes },
          old.props,
          now.props,
          this.handlerContext(stack, t.id)
        )
        working.set(t.id, {
          ...old,
          attributes: p.attributes,
          status: 'UPDATE_COMPLETE',
          timestamp: this.ctx.time.now()
        })
        this.event(stack, t.id, old.physicalId, old.type, 'UPDATE_COMPLETE')
      } catch (err) {
        this.event(stack, t.id, old.physicalId, old.type, 'UPDATE_FAILED', failureReason(err))
        this.event(
          stack,
          stack.stackName,
          stack.stackId,
          'AWS::CloudFormation::Stack',
          'UPDATE_ROLLBACK_FAILED',
          failureReason(err)
        )
        return false
      }
    }
    stack.resources = working
    for (const r of toDelete)
      if (
        !before.template?.Resources[r.logicalId] ||
        touched.some((t) => t.id === r.logicalId && t.action === 'created')
      )
        stack.resources.delete(r.logicalId)
    for (const t of touched) if (t.action === 'replaced' && t.old) stack.resources.set(t.id, t.old)
    stack.template = before.template
    stack.templateBody = before.templateBody
    stack.parameters = before.parameters
    stack.outputs = before.outputs
    this.event(
      stack,
      stack.stackName,
      stack.stackId,
      'AWS::CloudFormation::Stack',
      'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS'
    )
    await this.deleteResources(stack, toDelete, template, false)
    this.event(
      stack,
      stack.stackName,
      stack.stackId,
      'AWS::CloudFormation::Stack',
      'UPDATE_ROLLBACK_COMPLETE'
    )
    return false
  }

  /** Resources of a wave that were started but will not run after a failure. */
  private cancelRest(
    stack: Stack,
    template: Template,
    working: Map<string, StackResource>,
    rest: { id: string }[]
  ): void {
    for (const { id } of rest) {
      const cur = working.get(id)
      const type = template.Resources[id].Type
      if (cur?.physicalId)
        this.event(stack, id, cur.physicalId, type, 'UPDATE_FAILED', 'Resource update cancelled')
      else this.event(stack, id, '', type, 'CREATE_FAILED', 'Resource creation cancelled')
    }
  }

  private isActive(
    template: Template,
    params: Record<string, string>,
    stack: Stack,
    id: string
  ): boolean {
    const def = template.Resources[id]
    if (!def) return false
    if (!def.Condition) return true
    const scope = this.scope(stack, template, params, stack.resources, true)
    return Boolean(scope.conditions[def.Condition])
  }

  private resource(
    id: string,
    def: { Type: string; DeletionPolicy?: string },
    p: Provisioned,
    props: Props,
    status: string
  ): StackResource {
    return {
      logicalId: id,
      type: def.Type,
      physicalId: p.physicalId,
      status,
      props,
      attributes: p.attributes,
      timestamp: this.ctx.time.now(),
      deletionPolicy: def.DeletionPolicy
    }
  }

  /** Deletes in reverse dependency order; Retain policies are honoured (DELETE_SKIPPED). */
  private async deleteResources(
    stack: Stack,
    list: StackResource[],
    template: Template | undefined,
    honourRetain = true
  ): Promise<boolean> {
    const order = template
      ? this.order(
          template,
          Object.keys(template.Resources).filter((id) => template.Resources[id])
        ).sorted
      : []
    const rank = (id: string): number => {
      const i = order.indexOf(id)
      return i < 0 ? order.length : i
    }
    const sorted = [...list].sort((a, b) => rank(b.logicalId) - rank(a.logicalId))
    let ok = true
    for (const r of sorted) {
      if (!r.physicalId) continue
      if (honourRetain && r.deletionPolicy === 'Retain') {
        this.event(stack, r.logicalId, r.physicalId, r.type, 'DELETE_SKIPPED')
        continue
      }
      this.event(stack, r.logicalId, r.physicalId, r.type, 'DELETE_IN_PROGRESS')
      await this.sleep(this.ctx.time.ms(HANDLERS[r.type]?.latency ?? 'cfnResource'))
      if (this.stopped) return false
      try {
        await this.permit(
          stack,
          r.type,
          'delete',
          r.props,
          this.handlerContext(stack, r.logicalId),
          r.physicalId
        )
        await HANDLERS[r.type]?.delete(
          { physicalId: r.physicalId, attributes: r.attributes },
          r.props,
          this.handlerContext(stack, r.logicalId)
        )
        this.event(stack, r.logicalId, r.physicalId, r.type, 'DELETE_COMPLETE')
        const live = stack.resources.get(r.logicalId)
        if (live && live.physicalId === r.physicalId) live.status = 'DELETE_COMPLETE'
      } catch (err) {
        ok = false
        this.event(stack, r.logicalId, r.physicalId, r.type, 'DELETE_FAILED', failureReason(err))
      }
    }
    return ok
  }

  private async runDelete(stack: Stack): Promise<void> {
    this.event(
      stack,
      stack.stackName,
      stack.stackId,
      'AWS::CloudFormation::Stack',
      'DELETE_IN_PROGRESS',
      'User Initiated'
    )
    const live = [...stack.resources.values()].filter((r) => r.status !== 'DELETE_COMPLETE')
    const ok = await this.deleteResources(stack, live, stack.template)
    if (this.stopped) return
    if (!ok) {
      this.event(
        stack,
        stack.stackName,
        stack.stackId,
        'AWS::CloudFormation::Stack',
        'DELETE_FAILED',
        'The following resource(s) failed to delete: ' +
          [...stack.resources.values()]
            .filter((r) => r.status !== 'DELETE_COMPLETE' && r.deletionPolicy !== 'Retain')
            .map((r) => r.logicalId)
            .join(', ')
      )
      return
    }
    stack.deletionTime = this.ctx.time.now()
    this.event(
      stack,
      stack.stackName,
      stack.stackId,
      'AWS::CloudFormation::Stack',
      'DELETE_COMPLETE'
    )
  }
}

function failureReason(err: unknown): string {
  if (err instanceof AwsError)
    return `${err.message} (Service: ${err.code.split('.')[0]}, Status Code: ${err.status}, Error Code: ${err.code})`
  return err instanceof Error ? err.message : String(err)
}
