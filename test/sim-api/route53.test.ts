import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  GetChangeCommand,
  GetHostedZoneCommand,
  ListResourceRecordSetsCommand
} from '@aws-sdk/client-route-53'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSim } from '../sim/index.js'
import type { Sim } from '../sim/types.js'
import { clients, until, type Clients } from './helpers.js'

let sim: Sim
let c: Clients

beforeEach(async () => {
  sim = await startSim({ timeScale: 0.001, latency: { route53Propagation: 200_000 } })
  c = clients(sim)
})
afterEach(async () => {
  c.destroy()
  await sim.stop()
})

async function zone(): Promise<string> {
  const out = await c.r53.send(
    new CreateHostedZoneCommand({ Name: 'example.internal', CallerReference: 'ref-1' })
  )
  return out.HostedZone!.Id!
}

describe('Route53 on the simulator', () => {
  it('creates a zone and finds it by id', async () => {
    const id = await zone()
    expect(id).toMatch(/^\/hostedzone\/Z[A-Z0-9]+$/)
    const got = await c.r53.send(new GetHostedZoneCommand({ Id: id }))
    expect(got.HostedZone?.Name).toBe('example.internal.')
  })

  it('keeps an UPSERT PENDING for the propagation time, then INSYNC', async () => {
    const id = await zone()
    const out = await c.r53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: id,
        ChangeBatch: {
          Changes: [
            {
              Action: 'UPSERT',
              ResourceRecordSet: {
                Name: 'opscenter.example.internal',
                Type: 'A',
                TTL: 60,
                ResourceRecords: [{ Value: '10.0.0.9' }]
              }
            }
          ]
        }
      })
    )
    expect(out.ChangeInfo?.Status).toBe('PENDING')
    const changeId = out.ChangeInfo!.Id!
    expect((await c.r53.send(new GetChangeCommand({ Id: changeId }))).ChangeInfo?.Status).toBe(
      'PENDING'
    )
    await until(
      'INSYNC',
      async () =>
        (await c.r53.send(new GetChangeCommand({ Id: changeId }))).ChangeInfo?.Status === 'INSYNC'
    )

    const list = await c.r53.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: id,
        StartRecordName: 'opscenter.example.internal',
        StartRecordType: 'A',
        MaxItems: 1
      })
    )
    expect(list.ResourceRecordSets).toEqual([
      {
        Name: 'opscenter.example.internal.',
        Type: 'A',
        TTL: 60,
        ResourceRecords: [{ Value: '10.0.0.9' }]
      }
    ])
    expect(sim.route53.getRecord(id, 'opscenter.example.internal', 'A')?.values).toEqual([
      '10.0.0.9'
    ])
  })

  it('rejects a CREATE of an existing record and an unknown zone with AWS errors', async () => {
    const id = await zone()
    const create = {
      Action: 'CREATE' as const,
      ResourceRecordSet: {
        Name: 'a.example.internal',
        Type: 'A' as const,
        TTL: 60,
        ResourceRecords: [{ Value: '10.0.0.1' }]
      }
    }
    await c.r53.send(
      new ChangeResourceRecordSetsCommand({ HostedZoneId: id, ChangeBatch: { Changes: [create] } })
    )
    await expect(
      c.r53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: id,
          ChangeBatch: { Changes: [create] }
        })
      )
    ).rejects.toMatchObject({
      name: 'InvalidChangeBatch',
      message: expect.stringContaining(
        "Tried to create resource record set [name='a.example.internal.', type='A'] but it already exists"
      )
    })
    await expect(c.r53.send(new GetHostedZoneCommand({ Id: 'ZNOPE' }))).rejects.toMatchObject({
      name: 'NoSuchHostedZone',
      $metadata: { httpStatusCode: 404 }
    })
  })

  it('raises Throttling for a throttle fault', async () => {
    sim.faults.throttle('route53', 1)
    await expect(c.r53.send(new GetHostedZoneCommand({ Id: 'Z1' }))).rejects.toMatchObject({
      name: 'Throttling'
    })
  })
})
