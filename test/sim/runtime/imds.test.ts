import { MetadataService } from '@aws-sdk/ec2-metadata-service'
import { startImds, type Imds, type ImdsView } from './imds.js'

const view: ImdsView = {
  instanceId: 'i-0123456789abcdef0',
  imageId: 'ami-0123456789abcdef0',
  az: 'us-east-1b',
  region: 'us-east-1',
  accountId: '123456789012',
  instanceType: 'm5.large',
  privateIp: '172.31.16.10',
  mac: '0e:00:00:00:00:01',
  interfaces: [
    {
      mac: '0e:00:00:00:00:01',
      deviceNumber: 0,
      interfaceId: 'eni-0aaaaaaaaaaaaaaaa',
      privateIp: '172.31.16.10',
      subnetId: 'subnet-0b',
      vpcId: 'vpc-01',
      subnetCidr: '172.31.16.0/20'
    }
  ],
  targetLifecycleState: 'InService'
}

describe('IMDSv2 server', () => {
  let imds: Imds
  let current: ImdsView
  beforeEach(async () => {
    current = structuredClone(view)
    imds = await startImds(() => current)
  })
  afterEach(() => imds.close())

  const sdk = () => new MetadataService({ endpoint: imds.endpoint, retries: 0 })

  it('answers the SDK metadata client with a session token', async () => {
    const md = sdk()
    expect(await md.request('/latest/meta-data/instance-id', {})).toBe(view.instanceId)
    expect(await md.request('/latest/meta-data/placement/availability-zone', {})).toBe('us-east-1b')
    expect(await md.request('/latest/meta-data/placement/region', {})).toBe('us-east-1')
    expect(await md.request('/latest/meta-data/mac', {})).toBe(view.mac)
    expect(
      await md.request(`/latest/meta-data/network/interfaces/macs/${view.mac}/device-number`, {})
    ).toBe('0')
    expect(imds.requests).toContain('PUT /latest/api/token')
  })

  it('lists folders and shows an attached ENI under network/interfaces/macs', async () => {
    current.interfaces.push({
      ...view.interfaces[0],
      mac: '0e:00:00:00:00:02',
      deviceNumber: 1,
      interfaceId: 'eni-0b'
    })
    const md = sdk()
    expect(
      (await md.request('/latest/meta-data/network/interfaces/macs/', {})).split('\n')
    ).toEqual(['0e:00:00:00:00:01/', '0e:00:00:00:00:02/'])
    expect(
      await md.request(
        '/latest/meta-data/network/interfaces/macs/0e:00:00:00:00:02/interface-id',
        {}
      )
    ).toBe('eni-0b')
  })

  it('reports the target lifecycle state as it changes', async () => {
    const md = sdk()
    expect(await md.request('/latest/meta-data/autoscaling/target-lifecycle-state', {})).toBe(
      'InService'
    )
    current.targetLifecycleState = 'Terminated'
    expect(await md.request('/latest/meta-data/autoscaling/target-lifecycle-state', {})).toBe(
      'Terminated'
    )
  })

  it('refuses requests without a token (401) and bad token TTLs (400), 404 for unknown items', async () => {
    expect((await fetch(`${imds.endpoint}/latest/meta-data/instance-id`)).status).toBe(401)
    const bad = await fetch(`${imds.endpoint}/latest/api/token`, {
      method: 'PUT',
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '0' }
    })
    expect(bad.status).toBe(400)
    const token = await (
      await fetch(`${imds.endpoint}/latest/api/token`, {
        method: 'PUT',
        headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' }
      })
    ).text()
    const missing = await fetch(`${imds.endpoint}/latest/meta-data/no-such-item`, {
      headers: { 'x-aws-ec2-metadata-token': token }
    })
    expect(missing.status).toBe(404)
    const doc = await fetch(`${imds.endpoint}/latest/dynamic/instance-identity/document`, {
      headers: { 'x-aws-ec2-metadata-token': token }
    })
    expect(await doc.json()).toMatchObject({ instanceId: view.instanceId, region: 'us-east-1' })
  })
})
