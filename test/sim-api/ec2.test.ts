import {
  AttachNetworkInterfaceCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSnapshotsCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeSubnetsCommand,
  DescribeAvailabilityZonesCommand,
  DetachNetworkInterfaceCommand,
  DescribeTagsCommand
} from '@aws-sdk/client-ec2'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { BASE_IMAGE, registerImage, startSim } from '../sim/index.js'
import type { Sim } from '../sim/types.js'
import { clients, until, type Clients } from './helpers.js'

let sim: Sim
let c: Clients

beforeEach(async () => {
  // 1 real second = 1 ms; ENI attach/detach slowed so their transient states are visible.
  sim = await startSim({ timeScale: 0.001, latency: { eniAttach: 150_000, eniDetach: 150_000 } })
  c = clients(sim)
})
afterEach(async () => {
  c.destroy()
  await sim.stop()
})

function launch(az = `${sim.region}a`): string {
  const subnet = sim.vpc.subnets.find((s) => s.az === az)!
  const ec2 = sim.ec2 as unknown as { launchInstance(spec: object): { instanceId: string } }
  return ec2.launchInstance({ imageId: sim.baseImageId, subnetId: subnet.subnetId }).instanceId
}

async function running(id: string): Promise<void> {
  await until(`${id} running`, () => sim.ec2.getInstance(id)?.state === 'running')
}

describe('EC2 on the simulator', () => {
  it('finds the Amazon Linux 2023 base image by owner (id or the alias amazon) and name', async () => {
    for (const owner of [BASE_IMAGE.ownerId, 'amazon']) {
      const out = await c.ec2.send(
        new DescribeImagesCommand({
          Owners: [owner],
          Filters: [{ Name: 'name', Values: ['al2023-ami-2023.*-x86_64'] }]
        })
      )
      expect(out.Images?.map((i) => i.ImageId)).toEqual([sim.baseImageId])
      expect(out.Images?.[0]).toMatchObject({ State: 'available', RootDeviceName: '/dev/xvda' })
    }
  })

  it('registers an image with a snapshot, finds it by tag, and deregisters it', async () => {
    const id = await registerImage(sim, {
      name: 'opscenter-1',
      tags: { 'opscenter-ha:recipe-hash': 'abc' }
    })
    const found = await c.ec2.send(
      new DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'tag:opscenter-ha:recipe-hash', Values: ['abc'] }]
      })
    )
    expect(found.Images?.map((i) => i.ImageId)).toEqual([id])
    const snapId = found.Images?.[0].BlockDeviceMappings?.[0].Ebs?.SnapshotId as string
    const snaps = await c.ec2.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        Filters: [{ Name: 'tag:opscenter-ha:recipe-hash', Values: ['abc'] }]
      })
    )
    expect(snaps.Snapshots?.map((s) => s.SnapshotId)).toEqual([snapId])
    await expect(
      c.ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapId }))
    ).rejects.toMatchObject({
      name: 'InvalidSnapshot.InUse'
    })
    await c.ec2.send(new DeregisterImageCommand({ ImageId: id }))
    await c.ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapId }))
    await expect(c.ec2.send(new DescribeImagesCommand({ ImageIds: [id] }))).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound',
      $metadata: { httpStatusCode: 400 }
    })
  })

  it('lists three zones and a subnet in each', async () => {
    const zones = await c.ec2.send(new DescribeAvailabilityZonesCommand({}))
    expect(zones.AvailabilityZones?.map((z) => z.ZoneName)).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c'
    ])
    const subnets = await c.ec2.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [sim.vpc.vpcId] }] })
    )
    expect(subnets.Subnets?.map((s) => s.AvailabilityZone).sort()).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c'
    ])
  })

  it('attaches an ENI through attaching to attached, refuses a second holder, detaches through detaching', async () => {
    const subnet = sim.vpc.subnets[0]
    const ec2 = sim.ec2 as unknown as {
      createNetworkInterface(o: object): { networkInterfaceId: string }
    }
    const eniId = ec2.createNetworkInterface({
      subnetId: subnet.subnetId,
      tags: { 'opscenter-ha:stack': 's1', 'opscenter-ha:role': 'eni' }
    }).networkInterfaceId
    const a = launch()
    const b = launch()
    await running(a)
    await running(b)

    const byTag = await c.ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [
          { Name: 'tag:opscenter-ha:stack', Values: ['s1'] },
          { Name: 'availability-zone', Values: [subnet.az] }
        ]
      })
    )
    expect(byTag.NetworkInterfaces?.map((e) => e.NetworkInterfaceId)).toEqual([eniId])
    expect(byTag.NetworkInterfaces?.[0].Status).toBe('available')

    const att = await c.ec2.send(
      new AttachNetworkInterfaceCommand({
        NetworkInterfaceId: eniId,
        InstanceId: a,
        DeviceIndex: 1
      })
    )
    const describe = async () =>
      (await c.ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [eniId] })))
        .NetworkInterfaces![0]
    expect((await describe()).Attachment).toMatchObject({
      Status: 'attaching',
      InstanceId: a,
      DeviceIndex: 1
    })

    await expect(
      c.ec2.send(
        new AttachNetworkInterfaceCommand({
          NetworkInterfaceId: eniId,
          InstanceId: b,
          DeviceIndex: 1
        })
      )
    ).rejects.toMatchObject({
      name: 'InvalidNetworkInterface.InUse',
      message: `Interface: [${eniId}] in use.`
    })

    await until('attached', async () => (await describe()).Attachment?.Status === 'attached')
    const held = await c.ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [
          { Name: 'attachment.instance-id', Values: [a] },
          { Name: 'attachment.device-index', Values: ['1'] }
        ]
      })
    )
    expect(held.NetworkInterfaces?.map((e) => e.NetworkInterfaceId)).toEqual([eniId])

    await c.ec2.send(new DetachNetworkInterfaceCommand({ AttachmentId: att.AttachmentId }))
    expect(await describe()).toMatchObject({
      Status: 'detaching',
      Attachment: { Status: 'detaching' }
    })
    await until('available', async () => (await describe()).Status === 'available')
    expect((await describe()).Attachment).toBeUndefined()
  })

  it('keeps a stuck detach in detaching until forced', async () => {
    const ec2 = sim.ec2 as unknown as {
      createNetworkInterface(o: object): { networkInterfaceId: string }
    }
    const eniId = ec2.createNetworkInterface({
      subnetId: sim.vpc.subnets[0].subnetId
    }).networkInterfaceId
    const a = launch()
    await running(a)
    const att = await c.ec2.send(
      new AttachNetworkInterfaceCommand({
        NetworkInterfaceId: eniId,
        InstanceId: a,
        DeviceIndex: 1
      })
    )
    sim.faults.stuckEniDetach(eniId)
    await c.ec2.send(new DetachNetworkInterfaceCommand({ AttachmentId: att.AttachmentId }))
    await new Promise((r) => setTimeout(r, 300))
    expect(sim.ec2.getNetworkInterface(eniId)?.status).toBe('detaching')
    await c.ec2.send(
      new DetachNetworkInterfaceCommand({ AttachmentId: att.AttachmentId, Force: true })
    )
    await until('available', () => sim.ec2.getNetworkInterface(eniId)?.status === 'available')
  })

  it('reclaims the ENI of a dead instance after the modelled delay, unless the detach is stuck', async () => {
    const ec2 = sim.ec2 as unknown as {
      createNetworkInterface(o: object): { networkInterfaceId: string }
    }
    const subnetId = sim.vpc.subnets[0].subnetId
    const free = ec2.createNetworkInterface({ subnetId }).networkInterfaceId
    const stuck = ec2.createNetworkInterface({ subnetId }).networkInterfaceId
    const a = launch()
    const b = launch()
    await running(a)
    await running(b)
    await c.ec2.send(
      new AttachNetworkInterfaceCommand({ NetworkInterfaceId: free, InstanceId: a, DeviceIndex: 1 })
    )
    const att = await c.ec2.send(
      new AttachNetworkInterfaceCommand({
        NetworkInterfaceId: stuck,
        InstanceId: b,
        DeviceIndex: 1
      })
    )
    sim.faults.stuckEniDetach(stuck)
    sim.ec2.killInstance(a)
    sim.ec2.killInstance(b)
    expect(sim.ec2.getNetworkInterface(free)?.attachment?.instanceId).toBe(a)
    await until('reclaimed', () => sim.ec2.getNetworkInterface(free)?.status === 'available')
    await until('b terminated', () => sim.ec2.getInstance(b)?.state === 'terminated')
    expect(sim.ec2.getNetworkInterface(stuck)?.attachment?.instanceId).toBe(b)
    await c.ec2.send(
      new DetachNetworkInterfaceCommand({ AttachmentId: att.AttachmentId, Force: true })
    )
    await until('forced free', () => sim.ec2.getNetworkInterface(stuck)?.status === 'available')
  })

  it('filters instances and tags by tag and state', async () => {
    const a = launch()
    const b = launch(`${sim.region}b`)
    await c.ec2.send(
      new CreateTagsCommand({ Resources: [a], Tags: [{ Key: 'opscenter-ha:phase', Value: 'eni' }] })
    )
    const out = await c.ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'tag:opscenter-ha:phase', Values: ['eni', 'dns'] },
          { Name: 'instance-state-name', Values: ['pending', 'running'] }
        ]
      })
    )
    expect(out.Reservations?.flatMap((r) => r.Instances?.map((i) => i.InstanceId))).toEqual([a])
    const tags = await c.ec2.send(
      new DescribeTagsCommand({
        Filters: [
          { Name: 'resource-id', Values: [a, b] },
          { Name: 'key', Values: ['opscenter-ha:phase'] }
        ]
      })
    )
    expect(tags.Tags).toEqual([
      { ResourceId: a, ResourceType: 'instance', Key: 'opscenter-ha:phase', Value: 'eni' }
    ])
    await expect(
      c.ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'bogus', Values: ['x'] }] }))
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' })
  })

  it('answers DryRun with DryRunOperation and changes nothing', async () => {
    const a = launch()
    await expect(
      c.ec2.send(
        new CreateTagsCommand({ DryRun: true, Resources: [a], Tags: [{ Key: 'k', Value: 'v' }] })
      )
    ).rejects.toMatchObject({ name: 'DryRunOperation', $metadata: { httpStatusCode: 412 } })
    expect(sim.ec2.getInstance(a)?.tags.k).toBeUndefined()
  })

  it('raises the SDK throttling error for a throttle fault', async () => {
    sim.faults.throttle('ec2', 1, { action: 'DescribeImages' })
    await expect(c.ec2.send(new DescribeImagesCommand({}))).rejects.toMatchObject({
      name: 'RequestLimitExceeded',
      $metadata: { httpStatusCode: 503 }
    })
    await expect(c.ec2.send(new DescribeImagesCommand({}))).resolves.toBeDefined()
  })
})
