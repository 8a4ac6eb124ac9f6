// CloudFormation's responses layer: SDK-shaped input and output, one method per operation.
import * as sdk from '@aws-sdk/client-cloudformation'
import type {
  Change,
  CreateChangeSetInput,
  CreateStackInput,
  DeleteChangeSetInput,
  DeleteStackInput,
  DescribeChangeSetInput,
  DescribeStackEventsInput,
  DescribeStackResourceInput,
  DescribeStackResourcesInput,
  DescribeStacksInput,
  ExecuteChangeSetInput,
  GetTemplateInput,
  ListChangeSetsInput,
  ListStackResourcesInput,
  Stack as SdkStack,
  UpdateStackInput,
  ValidateTemplateInput
} from '@aws-sdk/client-cloudformation'
import { actionHandlers, type ServiceDef } from '../core/server.js'
import { MissingParameterError, ValidationError } from '../wire/errors.js'
import type { Call } from '../core/server.js'
import type { ChangeSet, CloudFormation, Stack, StackResource } from './model.js'

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null || value === '') throw new MissingParameterError(name)
  return value
}

function tagRecord(
  tags: { Key?: string; Value?: string }[] | undefined
): Record<string, string> | undefined {
  if (!tags) return undefined
  return Object.fromEntries(tags.map((t) => [t.Key ?? '', t.Value ?? '']))
}

function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
}

export class CloudFormationResponses {
  constructor(private readonly cfn: CloudFormation) {}

  service(): ServiceDef {
    return {
      name: 'cloudformation',
      protocol: 'query',
      sdk: sdk as unknown as Record<string, unknown>,
      xmlns: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
      handlers: actionHandlers(this)
    }
  }

  private params(stack: { parameters: Record<string, string> }, noEcho: Set<string>) {
    return Object.entries(stack.parameters).map(([ParameterKey, v]) => ({
      ParameterKey,
      ParameterValue: noEcho.has(ParameterKey) ? '****' : v
    }))
  }

  private noEcho(template: Stack['template']): Set<string> {
    return new Set(
      Object.entries(template?.Parameters ?? {})
        .filter(([, d]) => d.NoEcho === true || d.NoEcho === 'true')
        .map(([k]) => k)
    )
  }

  private stack(s: Stack): SdkStack {
    return {
      StackId: s.stackId,
      StackName: s.stackName,
      Description: s.description,
      StackStatus: s.status as SdkStack['StackStatus'],
      StackStatusReason: s.statusReason,
      CreationTime: new Date(s.creationTime),
      LastUpdatedTime: s.lastUpdatedTime ? new Date(s.lastUpdatedTime) : undefined,
      DeletionTime: s.deletionTime ? new Date(s.deletionTime) : undefined,
      Parameters: this.params(s, this.noEcho(s.template)),
      Capabilities: s.capabilities as SdkStack['Capabilities'],
      Outputs: Object.entries(s.outputs).map(([OutputKey, o]) => ({
        OutputKey,
        OutputValue: o.value,
        Description: o.description
      })),
      Tags: tagList(s.tags),
      ChangeSetId: s.changeSetId,
      DisableRollback: false,
      EnableTerminationProtection: false,
      DriftInformation: { StackDriftStatus: 'NOT_CHECKED' }
    }
  }

  private changes(cs: ChangeSet): Change[] {
    return cs.changes.map((c) => ({
      Type: 'Resource',
      ResourceChange: {
        Action: c.action,
        LogicalResourceId: c.logicalId,
        PhysicalResourceId: c.physicalId,
        ResourceType: c.type,
        Replacement: c.replacement,
        Scope: c.scope as never,
        Details: c.details.map((d) => ({
          Target: {
            Attribute: d.attribute as never,
            Name: d.name,
            RequiresRecreation: d.requiresRecreation as never
          },
          Evaluation: d.evaluation as never,
          ChangeSource: d.changeSource as never,
          CausingEntity: d.causingEntity
        }))
      }
    }))
  }

  private resource(stack: Stack, r: StackResource) {
    return {
      StackName: stack.stackName,
      StackId: stack.stackId,
      LogicalResourceId: r.logicalId,
      PhysicalResourceId: r.physicalId,
      ResourceType: r.type,
      ResourceStatus: r.status as never,
      ResourceStatusReason: r.statusReason,
      Timestamp: new Date(r.timestamp),
      LastUpdatedTimestamp: new Date(r.timestamp),
      DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' as const }
    }
  }

  // ---- change sets ----

  CreateChangeSet(input: CreateChangeSetInput) {
    if (input.TemplateURL)
      throw new ValidationError('TemplateURL is unsupported in the simulator: use TemplateBody')
    const cs = this.cfn.createChangeSet({
      stackName: required(input.StackName, 'StackName'),
      changeSetName: required(input.ChangeSetName, 'ChangeSetName'),
      changeSetType: input.ChangeSetType,
      templateBody: input.TemplateBody,
      usePreviousTemplate: input.UsePreviousTemplate,
      parameters: input.Parameters,
      capabilities: input.Capabilities,
      tags: tagRecord(input.Tags),
      description: input.Description
    })
    return { Id: cs.id, StackId: cs.stackId }
  }

  DescribeChangeSet(input: DescribeChangeSetInput) {
    const cs = this.cfn.changeSet(required(input.ChangeSetName, 'ChangeSetName'), input.StackName)
    return {
      ChangeSetId: cs.id,
      ChangeSetName: cs.name,
      StackId: cs.stackId,
      StackName: cs.stackName,
      Description: cs.description,
      Parameters: this.params(cs, this.noEcho(cs.template)),
      CreationTime: new Date(cs.creationTime),
      ExecutionStatus: cs.executionStatus,
      Status: cs.status,
      StatusReason: cs.statusReason,
      Capabilities: cs.capabilities as never,
      Tags: tagList(cs.tags),
      Changes: this.changes(cs),
      IncludeNestedStacks: false
    }
  }

  ListChangeSets(input: ListChangeSetsInput) {
    return {
      Summaries: this.cfn.changeSetsOf(required(input.StackName, 'StackName')).map((cs) => ({
        ChangeSetId: cs.id,
        ChangeSetName: cs.name,
        StackId: cs.stackId,
        StackName: cs.stackName,
        ExecutionStatus: cs.executionStatus,
        Status: cs.status,
        StatusReason: cs.statusReason,
        CreationTime: new Date(cs.creationTime),
        Description: cs.description
      }))
    }
  }

  ExecuteChangeSet(input: ExecuteChangeSetInput, call: Call) {
    this.cfn.executeChangeSet(
      required(input.ChangeSetName, 'ChangeSetName'),
      input.StackName,
      call.accessKeyId
    )
    return {}
  }

  DeleteChangeSet(input: DeleteChangeSetInput) {
    this.cfn.deleteChangeSet(required(input.ChangeSetName, 'ChangeSetName'), input.StackName)
    return {}
  }

  // ---- stacks ----

  CreateStack(input: CreateStackInput, call: Call) {
    if (input.TemplateURL)
      throw new ValidationError('TemplateURL is unsupported in the simulator: use TemplateBody')
    const s = this.cfn.createStack({
      stackName: required(input.StackName, 'StackName'),
      templateBody: input.TemplateBody,
      parameters: input.Parameters,
      capabilities: input.Capabilities,
      tags: tagRecord(input.Tags),
      caller: call.accessKeyId
    })
    return { StackId: s.stackId }
  }

  UpdateStack(input: UpdateStackInput, call: Call) {
    if (input.TemplateURL)
      throw new ValidationError('TemplateURL is unsupported in the simulator: use TemplateBody')
    const s = this.cfn.updateStack({
      stackName: required(input.StackName, 'StackName'),
      templateBody: input.TemplateBody,
      usePreviousTemplate: input.UsePreviousTemplate,
      parameters: input.Parameters,
      capabilities: input.Capabilities,
      tags: tagRecord(input.Tags),
      caller: call.accessKeyId
    })
    return { StackId: s.stackId }
  }

  DeleteStack(input: DeleteStackInput, call: Call) {
    this.cfn.deleteStack(required(input.StackName, 'StackName'), call.accessKeyId)
    return {}
  }

  DescribeStacks(input: DescribeStacksInput) {
    const stacks = input.StackName
      ? [this.cfn.stack(input.StackName)]
      : this.cfn.allStacks().filter((s) => s.status !== 'DELETE_COMPLETE')
    return { Stacks: stacks.map((s) => this.stack(s)) }
  }

  DescribeStackEvents(input: DescribeStackEventsInput) {
    const s = this.cfn.stack(required(input.StackName, 'StackName'))
    return {
      StackEvents: [...s.events].reverse().map((e) => ({
        EventId: e.eventId,
        StackId: e.stackId,
        StackName: e.stackName,
        LogicalResourceId: e.logicalId,
        PhysicalResourceId: e.physicalId,
        ResourceType: e.resourceType,
        ResourceStatus: e.status as never,
        ResourceStatusReason: e.reason,
        Timestamp: new Date(e.timestamp),
        ResourceProperties: e.properties
      }))
    }
  }

  DescribeStackResources(input: DescribeStackResourcesInput) {
    const s = this.cfn.stack(required(input.StackName, 'StackName'))
    const list = [...s.resources.values()].filter(
      (r) =>
        (!input.LogicalResourceId || r.logicalId === input.LogicalResourceId) &&
        (!input.PhysicalResourceId || r.physicalId === input.PhysicalResourceId)
    )
    return { StackResources: list.map((r) => this.resource(s, r)) }
  }

  DescribeStackResource(input: DescribeStackResourceInput) {
    const s = this.cfn.stack(required(input.StackName, 'StackName'))
    const id = required(input.LogicalResourceId, 'LogicalResourceId')
    const r = s.resources.get(id)
    if (!r) throw new ValidationError(`Resource ${id} does not exist for stack ${s.stackName}`)
    return { StackResourceDetail: this.resource(s, r) }
  }

  ListStackResources(input: ListStackResourcesInput) {
    const s = this.cfn.stack(required(input.StackName, 'StackName'))
    return {
      StackResourceSummaries: [...s.resources.values()].map((r) => ({
        LogicalResourceId: r.logicalId,
        PhysicalResourceId: r.physicalId,
        ResourceType: r.type,
        ResourceStatus: r.status as never,
        ResourceStatusReason: r.statusReason,
        LastUpdatedTimestamp: new Date(r.timestamp)
      }))
    }
  }

  GetTemplate(input: GetTemplateInput) {
    if (input.ChangeSetName) {
      const cs = this.cfn.changeSet(input.ChangeSetName, input.StackName)
      return { TemplateBody: cs.templateBody, StagesAvailable: ['Original', 'Processed'] as never }
    }
    const s = this.cfn.stack(required(input.StackName, 'StackName'))
    return { TemplateBody: s.templateBody, StagesAvailable: ['Original', 'Processed'] as never }
  }

  ValidateTemplate(input: ValidateTemplateInput) {
    if (input.TemplateURL)
      throw new ValidationError('TemplateURL is unsupported in the simulator: use TemplateBody')
    const { template, capability, iamTypes } = this.cfn.validateTemplate(
      required(input.TemplateBody, 'TemplateBody')
    )
    return {
      Description: template.Description,
      Parameters: Object.entries(template.Parameters ?? {}).map(([k, d]) => ({
        ParameterKey: k,
        DefaultValue: d.Default === undefined ? undefined : String(d.Default),
        NoEcho: d.NoEcho === true || d.NoEcho === 'true',
        Description: d.Description
      })),
      Capabilities: capability ? [capability as never] : undefined,
      CapabilitiesReason: capability
        ? `The following resource(s) require capabilities: [${iamTypes.join(', ')}]`
        : undefined
    }
  }
}
