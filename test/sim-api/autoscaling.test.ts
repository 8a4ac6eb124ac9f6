import {
  CompleteLifecycleActionCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeAutoScalingInstancesCommand,
  DescribeScalingActivitiesCommand,
  RecordLifecycleActionHeartbeatCommand,
  SetInstanceHealthCommand,
  TerminateInstanceInAutoScalingGroupCommand
} from '@aws-sdk/client-auto-scaling'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSim } from '../sim/index.js'
import type { AutoScaling } from '../sim/autoscaling/model.js'
import type { Ec2 } from '../sim/ec2/model.js'
import type { InstanceRuntime, Sim, SimInstance } from '../sim/types.js'
import { clients, until, type Clients } from './helpers.js'

let sim: Sim
let c: Clients
let calls: string[]

const runtime: InstanceRuntime = {
  launched: (i: SimInstance) => void calls.push(`launched ${i.instanceId}`),
  terminating: (i: SimInstance) => void calls.push(`terminating ${i.instanceId}`),
  terminated: (i: SimInstance, how) => void calls.push(`terminated ${i.instanceId} ${how}`)
}

beforeEach(async () => {
  calls = []
  sim = await startSim({ timeScale: 0.001, runtime })
  c = clients(sim)
})
afterEach(async () => {
  c.destroy()
  await sim.stop()
})

/** A group of 1 with both hooks, as the template declares it (created on the model). */
function group(heartbeat = 60): string {
  const ec2 = sim.ec2 as Ec2
  const lt = ec2.createLaunchTemplate('lt-test', {
    ImageId: sim.baseImageId,
    UserData: Buffer.from('#cloud-config\n').toString('base64')
  })
  ;(sim.autoscaling as AutoScaling).createGroup({
    name: 'g1',
    min: 1,
    max: 1,
    desired: 1,
    subnetIds: sim.vpc.subnets.map((s) => s.subnetId),
    launchTemplate: { id: lt.id, version: '$Latest' },
    hooks: [
      {
        name: 'launch',
        transition: 'autoscaling:EC2_INSTANCE_LAUNCHING',
        defaultResult: 'ABANDON',
        heartbeatTimeout: heartbeat
      },
      {
        name: 'terminate',
        transition: 'autoscaling:EC2_INSTANCE_TERMINATING',
        defaultResult: 'CONTINUE',
        heartbeatTimeout: heartbeat
      }
    ]
  })
  return 'g1'
}

async function instances() {
  const out = await c.asg.send(
    new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['g1'] })
  )
  return out.AutoScalingGroups?.[0].Instances ?? []
}

async function waitState(id: string, state: string) {
  return until(`${id} ${state}`, async () =>
    (await instances()).find((i) => i.InstanceId === id && i.LifecycleState === state)
  )
}

describe('Auto Scaling on the simulator', () => {
  it('holds a launch in Pending:Wait until CONTINUE, then InService', async () => {
    group(3600)
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    expect(first.LifecycleState).toBe('Pending:Wait')
    expect(first.LaunchTemplate?.Version).toBe('1')
    expect(calls).toEqual([`launched ${first.InstanceId}`])
    expect(
      (await c.asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'g1' })))
        .Activities?.[0].StatusCode
    ).toBe('MidLifecycleAction')
    const who = await c.asg.send(
      new DescribeAutoScalingInstancesCommand({ InstanceIds: [first.InstanceId!] })
    )
    expect(who.AutoScalingInstances?.[0].AutoScalingGroupName).toBe('g1')

    await c.asg.send(
      new CompleteLifecycleActionCommand({
        AutoScalingGroupName: 'g1',
        LifecycleHookName: 'launch',
        InstanceId: first.InstanceId,
        LifecycleActionResult: 'CONTINUE'
      })
    )
    await waitState(first.InstanceId!, 'InService')
    const launchActivity = async () =>
      (
        await c.asg.send(new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'g1' }))
      ).Activities?.find(
        (a) => a.Description === `Launching a new EC2 instance: ${first.InstanceId}`
      )?.StatusCode
    expect(await launchActivity()).toBe('Successful')
    await expect(
      c.asg.send(
        new CompleteLifecycleActionCommand({
          AutoScalingGroupName: 'g1',
          LifecycleHookName: 'launch',
          InstanceId: first.InstanceId,
          LifecycleActionResult: 'CONTINUE'
        })
      )
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: `No active Lifecycle Action found with instance ID ${first.InstanceId}`
    })
  })

  it('terminates an ABANDONed launch and launches another', async () => {
    group(3600)
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    await c.asg.send(
      new CompleteLifecycleActionCommand({
        AutoScalingGroupName: 'g1',
        LifecycleHookName: 'launch',
        InstanceId: first.InstanceId,
        LifecycleActionResult: 'ABANDON'
      })
    )
    const next = await until('a replacement', async () =>
      (await instances()).find((i) => i.InstanceId !== first.InstanceId)
    )
    expect(next.LifecycleState).toBe('Pending:Wait')
    await until(
      'first terminated',
      () => sim.ec2.getInstance(first.InstanceId!)?.state === 'terminated'
    )
    expect(calls).toContain(`terminated ${first.InstanceId} shutdown`)
    const acts = await c.asg.send(
      new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'g1' })
    )
    const failed = acts.Activities?.find(
      (a) => a.Description === `Launching a new EC2 instance: ${first.InstanceId}`
    )
    expect(failed).toMatchObject({
      StatusCode: 'Failed',
      StatusMessage: expect.stringContaining('ABANDON')
    })
  })

  it('ends a terminate call on an abandoned launch with the termination already under way', async () => {
    group(3600)
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    await c.asg.send(
      new CompleteLifecycleActionCommand({
        AutoScalingGroupName: 'g1',
        LifecycleHookName: 'launch',
        InstanceId: first.InstanceId,
        LifecycleActionResult: 'ABANDON'
      })
    )
    // The controller calls off a handover at the same moment: the instance is Terminating.
    const { Activity } = await c.asg.send(
      new TerminateInstanceInAutoScalingGroupCommand({
        InstanceId: first.InstanceId,
        ShouldDecrementDesiredCapacity: false
      })
    )
    const ended = await until('the terminate activity to end', async () => {
      const acts = await c.asg.send(
        new DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'g1' })
      )
      const a = acts.Activities?.find((x) => x.ActivityId === Activity?.ActivityId)
      return a?.StatusCode === 'Successful' ? a : undefined
    })
    expect(ended.Description).toBe(`Terminating EC2 instance: ${first.InstanceId}`)
  })

  it('times a launch hook out with its default result (ABANDON)', async () => {
    group(100) // 100 s heartbeat = 100 ms here
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    await until(
      'first terminated',
      () => sim.ec2.getInstance(first.InstanceId!)?.state === 'terminated'
    )
  })

  it('replaces a terminated instance while the old one waits in Terminating:Wait', async () => {
    group(3600)
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    const id = first.InstanceId!
    await c.asg.send(
      new CompleteLifecycleActionCommand({
        AutoScalingGroupName: 'g1',
        LifecycleHookName: 'launch',
        InstanceId: id,
        LifecycleActionResult: 'CONTINUE'
      })
    )
    await waitState(id, 'InService')
    await c.asg.send(
      new TerminateInstanceInAutoScalingGroupCommand({
        InstanceId: id,
        ShouldDecrementDesiredCapacity: false
      })
    )
    await waitState(id, 'Terminating:Wait')
    expect(calls).toContain(`terminating ${id}`)
    const next = await until('a replacement', async () =>
      (await instances()).find((i) => i.InstanceId !== id)
    )
    expect(next.LifecycleState).toBe('Pending:Wait')
    expect(sim.ec2.getInstance(id)?.state).toBe('running')

    await c.asg.send(
      new CompleteLifecycleActionCommand({
        AutoScalingGroupName: 'g1',
        LifecycleHookName: 'terminate',
        InstanceId: id,
        LifecycleActionResult: 'CONTINUE'
      })
    )
    await until('old one gone', async () => !(await instances()).some((i) => i.InstanceId === id))
    expect(sim.ec2.getInstance(id)?.state).toBe('terminated')
    expect(calls).toContain(`terminated ${id} shutdown`)
  })

  it('replaces an instance marked Unhealthy, and a heartbeat keeps a hook alive', async () => {
    group(500) // 500 ms here; four heartbeats 150 ms apart outlive it
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    const id = first.InstanceId!
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 150))
      await c.asg.send(
        new RecordLifecycleActionHeartbeatCommand({
          AutoScalingGroupName: 'g1',
          LifecycleHookName: 'launch',
          InstanceId: id
        })
      )
    }
    expect((await instances()).find((i) => i.InstanceId === id)?.LifecycleState).toBe(
      'Pending:Wait'
    )
    await c.asg.send(new SetInstanceHealthCommand({ InstanceId: id, HealthStatus: 'Unhealthy' }))
    const next = await until('a replacement', async () =>
      (await instances()).find((i) => i.InstanceId !== id)
    )
    expect(next.LifecycleState).toBe('Pending:Wait')
  })

  it('raises Throttling for a throttle fault', async () => {
    sim.faults.throttle('autoscaling', 1, { action: 'DescribeAutoScalingGroups' })
    await expect(c.asg.send(new DescribeAutoScalingGroupsCommand({}))).rejects.toMatchObject({
      name: 'Throttling'
    })
    await expect(c.asg.send(new DescribeAutoScalingGroupsCommand({}))).resolves.toBeDefined()
  })

  it('relaunches in another zone when a zone fails', async () => {
    group(3600)
    const [first] = await until(
      'a launch',
      async () => (await instances())[0] && (await instances())
    )
    sim.faults.failZone(first.AvailabilityZone!)
    expect(calls).toContain(`terminated ${first.InstanceId} killed`)
    const next = await until('a replacement', async () =>
      (await instances()).find((i) => i.InstanceId !== first.InstanceId)
    )
    expect(next.AvailabilityZone).not.toBe(first.AvailabilityZone)
  })
})
