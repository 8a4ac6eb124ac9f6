import { readFileSync } from 'node:fs'
import {
  CreateChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  UpdateStackCommand,
  type Parameter
} from '@aws-sdk/client-cloudformation'
import { DescribeNetworkInterfacesCommand } from '@aws-sdk/client-ec2'
import { DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { registerImage, startSim } from '../sim/index.js'
import type { Sim } from '../sim/types.js'
import { clients, until, type Clients } from './helpers.js'

const TEMPLATE = readFileSync(
  new URL('../../cloudformation/opscenter.yaml', import.meta.url),
  'utf8'
)
const STACK = 'ops'

let sim: Sim
let c: Clients

beforeEach(async () => {
  sim = await startSim({ timeScale: 0.001 })
  c = clients(sim)
})
afterEach(async () => {
  c.destroy()
  await sim.stop()
})

function params(amiId: string): Parameter[] {
  const [a, b, cc] = sim.vpc.subnets
  return [
    { ParameterKey: 'AmiId', ParameterValue: amiId },
    { ParameterKey: 'VpcId', ParameterValue: sim.vpc.vpcId },
    { ParameterKey: 'SubnetA', ParameterValue: a.subnetId },
    { ParameterKey: 'SubnetB', ParameterValue: b.subnetId },
    { ParameterKey: 'SubnetC', ParameterValue: cc.subnetId },
    { ParameterKey: 'AllowedCidr', ParameterValue: '10.0.0.0/16' }
  ]
}

async function changeSet(
  name: string,
  type: 'CREATE' | 'UPDATE',
  body: string,
  parameters: Parameter[]
) {
  await c.cfn.send(
    new CreateChangeSetCommand({
      StackName: STACK,
      ChangeSetName: name,
      ChangeSetType: type,
      TemplateBody: body,
      Parameters: parameters,
      Capabilities: ['CAPABILITY_IAM']
    })
  )
  return until(`change set ${name}`, async () => {
    const cs = await c.cfn.send(
      new DescribeChangeSetCommand({ StackName: STACK, ChangeSetName: name })
    )
    return cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED' ? cs : undefined
  })
}

async function stackStatus(): Promise<string> {
  const out = await c.cfn.send(new DescribeStacksCommand({ StackName: STACK }))
  return out.Stacks?.[0].StackStatus ?? ''
}

async function settled(): Promise<string> {
  return until(
    'stack settled',
    async () => {
      const s = await stackStatus()
      return /_IN_PROGRESS$/.test(s) ? undefined : s
    },
    15000
  )
}

async function deploy(body = TEMPLATE, ami?: string): Promise<string> {
  const amiId = ami ?? (await registerImage(sim, { name: 'opscenter-1' }))
  const cs = await changeSet('create', 'CREATE', body, params(amiId))
  expect(cs.Status).toBe('CREATE_COMPLETE')
  await c.cfn.send(new ExecuteChangeSetCommand({ StackName: STACK, ChangeSetName: 'create' }))
  expect(await stackStatus()).toBe('CREATE_IN_PROGRESS')
  expect(await settled()).toBe('CREATE_COMPLETE')
  return amiId
}

async function groupInstances() {
  const out = await c.asg.send(
    new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [`${STACK}-opscenter`] })
  )
  return out.AutoScalingGroups?.[0]
}

describe('CloudFormation on the simulator', () => {
  it('deploys the project template: three tagged ENIs, the group and its instance', async () => {
    const ami = await deploy()
    const stack = (await c.cfn.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks![0]
    const outputs = Object.fromEntries(stack.Outputs!.map((o) => [o.OutputKey, o.OutputValue]))
    expect(outputs.AutoScalingGroupName).toBe(`${STACK}-opscenter`)
    expect(outputs.HostedZoneId).toMatch(/^Z[A-Z0-9]+$/)
    expect(outputs.FileSystemId).toMatch(/^fs-/)
    const enis = await c.ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [
          { Name: 'tag:opscenter-ha:stack', Values: [STACK] },
          { Name: 'tag:opscenter-ha:role', Values: ['eni'] }
        ]
      })
    )
    expect(enis.NetworkInterfaces?.map((e) => e.NetworkInterfaceId).join(',')).toBe(
      outputs.NetworkInterfaceIds
    )
    expect(enis.NetworkInterfaces?.map((e) => e.AvailabilityZone).sort()).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c'
    ])

    const group = await until('an instance', async () =>
      (await groupInstances())?.Instances?.length ? groupInstances() : undefined
    )
    expect(group?.LaunchTemplate?.Version).toBe('1')
    const inst = sim.ec2.getInstance(group!.Instances![0].InstanceId!)!
    expect(inst.imageId).toBe(ami)
    expect(inst.userData).toContain('/etc/opscenter-ha/config.json')
    expect(inst.userData).toContain(`"hostedZoneId": "${outputs.HostedZoneId}"`)
    expect(inst.tags['opscenter-ha:stack']).toBe(STACK)
    expect(inst.lifecycleState).toBe('Pending:Wait')
  })

  it('updates AmiId into a new launch template version that the next launch uses', async () => {
    const ami1 = await deploy()
    const ami2 = await registerImage(sim, { name: 'opscenter-2' })
    const cs = await changeSet('up', 'UPDATE', TEMPLATE, [
      ...params(ami2).filter((p) => p.ParameterKey !== 'AmiId' && p.ParameterKey !== 'SubnetA'),
      { ParameterKey: 'SubnetA', UsePreviousValue: true },
      { ParameterKey: 'AmiId', ParameterValue: ami2 },
      { ParameterKey: 'PreviousAmiId', ParameterValue: ami1 }
    ])
    expect(cs.Status).toBe('CREATE_COMPLETE')
    const changes = cs.Changes?.map((x) => [
      x.ResourceChange?.LogicalResourceId,
      x.ResourceChange?.Action,
      x.ResourceChange?.Replacement
    ])
    expect(changes).toEqual([
      ['LaunchTemplate', 'Modify', 'False'],
      ['AutoScalingGroup', 'Modify', 'False']
    ])
    const first = await until('an instance', async () => (await groupInstances())?.Instances?.[0])
    await c.cfn.send(new ExecuteChangeSetCommand({ StackName: STACK, ChangeSetName: 'up' }))
    expect(await stackStatus()).toBe('UPDATE_IN_PROGRESS')
    expect(await settled()).toBe('UPDATE_COMPLETE')
    const group = await groupInstances()
    expect(group?.LaunchTemplate?.Version).toBe('2')
    // The running instance keeps its image; only new launches use version 2.
    expect(sim.ec2.getInstance(first.InstanceId!)?.imageId).toBe(ami1)
    sim.ec2.killInstance(first.InstanceId!)
    const next = await until('a replacement', async () =>
      (await groupInstances())?.Instances?.find((i) => i.InstanceId !== first.InstanceId)
    )
    expect(next.LaunchTemplate?.Version).toBe('2')
    expect(sim.ec2.getInstance(next.InstanceId!)?.imageId).toBe(ami2)
    expect(sim.cloudformation.getStack(STACK)?.parameters.PreviousAmiId).toBe(ami1)
  })

  it('keeps launching the old AMI when the template pins the group to version 1', async () => {
    const pinned = TEMPLATE.replace(
      'Version: !GetAtt LaunchTemplate.LatestVersionNumber',
      "Version: '1'"
    )
    expect(pinned).not.toBe(TEMPLATE)
    const ami1 = await deploy(pinned)
    const ami2 = await registerImage(sim, { name: 'opscenter-2' })
    const cs = await changeSet('up', 'UPDATE', pinned, params(ami2))
    expect(cs.Changes?.map((x) => x.ResourceChange?.LogicalResourceId)).toEqual(['LaunchTemplate'])
    await c.cfn.send(new ExecuteChangeSetCommand({ StackName: STACK, ChangeSetName: 'up' }))
    expect(await settled()).toBe('UPDATE_COMPLETE')
    const first = await until('an instance', async () => (await groupInstances())?.Instances?.[0])
    sim.ec2.killInstance(first.InstanceId!)
    const next = await until('a replacement', async () =>
      (await groupInstances())?.Instances?.find((i) => i.InstanceId !== first.InstanceId)
    )
    expect(sim.ec2.getInstance(next.InstanceId!)?.imageId).toBe(ami1)
  })

  it('reports a change set without changes with the AWS message, and UpdateStack likewise', async () => {
    const ami = await deploy()
    const cs = await changeSet('same', 'UPDATE', TEMPLATE, params(ami))
    expect(cs).toMatchObject({
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason:
        "The submitted information didn't contain changes. Submit different information to create a change set."
    })
    await expect(
      c.cfn.send(
        new UpdateStackCommand({
          StackName: STACK,
          UsePreviousTemplate: true,
          Parameters: params(ami),
          Capabilities: ['CAPABILITY_IAM']
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationError', message: 'No updates are to be performed.' })
  })

  it('rolls back a failed update and reports the failed resource', async () => {
    await deploy()
    const ami2 = await registerImage(sim, { name: 'opscenter-2' })
    sim.faults.failResourceUpdate('LaunchTemplate', 'simulated: launch template update failed')
    await changeSet('up', 'UPDATE', TEMPLATE, params(ami2))
    await c.cfn.send(new ExecuteChangeSetCommand({ StackName: STACK, ChangeSetName: 'up' }))
    expect(await settled()).toBe('UPDATE_ROLLBACK_COMPLETE')
    const events =
      (await c.cfn.send(new DescribeStackEventsCommand({ StackName: STACK }))).StackEvents ?? []
    expect(events.find((e) => e.ResourceStatus === 'UPDATE_FAILED')).toMatchObject({
      LogicalResourceId: 'LaunchTemplate',
      ResourceStatusReason: 'simulated: launch template update failed'
    })
    expect(sim.cloudformation.getStack(STACK)?.parameters.AmiId).not.toBe(ami2)
  })

  it('refuses a resource type the simulator does not model, naming it', async () => {
    const body = `${TEMPLATE}\n`.replace(
      'Resources:\n',
      'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n'
    )
    await expect(
      c.cfn.send(
        new CreateChangeSetCommand({
          StackName: STACK,
          ChangeSetName: 'x',
          ChangeSetType: 'CREATE',
          TemplateBody: body,
          Parameters: params(sim.baseImageId),
          Capabilities: ['CAPABILITY_IAM']
        })
      )
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('AWS::SQS::Queue (Queue) is unsupported in the simulator')
    })
  })

  it('rolls a failed creation back and deletes the stack on request, keeping the retained file system', async () => {
    sim.faults.failResourceUpdate(
      'AWS::AutoScaling::AutoScalingGroup',
      'simulated: no group for you'
    )
    const ami = await registerImage(sim, { name: 'opscenter-1' })
    await changeSet('create', 'CREATE', TEMPLATE, params(ami))
    await c.cfn.send(new ExecuteChangeSetCommand({ StackName: STACK, ChangeSetName: 'create' }))
    expect(await settled()).toBe('ROLLBACK_COMPLETE')
    const stack = (await c.cfn.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks![0]
    expect(stack.StackStatusReason).toBe(
      'The following resource(s) failed to create: [AutoScalingGroup]. Rollback requested by user.'
    )
    const events =
      (await c.cfn.send(new DescribeStackEventsCommand({ StackName: STACK }))).StackEvents ?? []
    expect(events.find((e) => e.ResourceStatus === 'CREATE_FAILED')?.ResourceStatusReason).toBe(
      'simulated: no group for you'
    )
    expect(
      events.find(
        (e) => e.LogicalResourceId === 'FileSystem' && e.ResourceStatus === 'DELETE_SKIPPED'
      )
    ).toBeDefined()
    expect(
      sim.ec2.networkInterfaces().filter((e) => e.tags['opscenter-ha:stack'] === STACK)
    ).toEqual([])

    await c.cfn.send(new DeleteStackCommand({ StackName: STACK }))
    await until('deleted', async () => {
      try {
        await c.cfn.send(new DescribeStacksCommand({ StackName: STACK }))
        return undefined
      } catch (err) {
        return (err as Error).message === `Stack with id ${STACK} does not exist`
      }
    })
    expect(
      (await c.cfn.send(new DescribeStacksCommand({ StackName: stack.StackId }))).Stacks?.[0]
        .StackStatus
    ).toBe('DELETE_COMPLETE')
  })

  it('answers DescribeStacks for a missing stack with the AWS ValidationError', async () => {
    await expect(
      c.cfn.send(new DescribeStacksCommand({ StackName: 'nope' }))
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Stack with id nope does not exist'
    })
  })
})
