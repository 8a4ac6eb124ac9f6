// A per-instance IMDSv2 endpoint on loopback: a session token from PUT /latest/api/token,
// then GET of the metadata items the boot agent reads. Requests without a valid token get
// 401, as on an instance with HttpTokens=required.
import { createServer, type Server } from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'

export interface ImdsInterface {
  mac: string
  deviceNumber: number
  interfaceId: string
  privateIp: string
  subnetId: string
  vpcId: string
  subnetCidr: string
}

/** What the instance looks like right now (read on every request). */
export interface ImdsView {
  instanceId: string
  imageId: string
  az: string
  region: string
  accountId: string
  instanceType: string
  privateIp: string
  mac: string
  /** eth0 first, then attached ENIs. */
  interfaces: ImdsInterface[]
  /** autoscaling/target-lifecycle-state; undefined outside a group. */
  targetLifecycleState?: string
  /** The instance profile's role session; undefined without a profile. */
  credentials?: {
    roleName: string
    accessKeyId: string
    secretAccessKey: string
    token: string
  }
}

export interface Imds {
  endpoint: string
  /** Requests served, by path (the tests use it to see what the agent asks for). */
  requests: string[]
  close(): Promise<void>
}

const MAX_TTL = 21600

export async function startImds(view: () => ImdsView): Promise<Imds> {
  const tokens = new Map<string, number>()
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    // The SDK's MetadataService joins the endpoint's path and the item path: `//latest/...`.
    const path = (req.url ?? '/').split('?')[0].replace(/\/{2,}/g, '/')
    requests.push(`${req.method} ${path}`)
    const send = (status: number, body: string, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
      res.end(body)
    }
    req.resume()
    if (path === '/latest/api/token') {
      if (req.method !== 'PUT') return send(405, '')
      const ttl = Number(req.headers['x-aws-ec2-metadata-token-ttl-seconds'])
      if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL) return send(400, '')
      const token = randomBytes(24).toString('base64url')
      tokens.set(token, Date.now() + ttl * 1000)
      res.setHeader('x-aws-ec2-metadata-token-ttl-seconds', String(ttl))
      return send(200, token)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, '')
    const token = req.headers['x-aws-ec2-metadata-token']
    const expires = typeof token === 'string' ? tokens.get(token) : undefined
    if (expires === undefined || expires < Date.now()) return send(401, '')
    const body = lookup(view(), path)
    if (body === undefined) return send(404, notFound)
    return send(200, body.text, body.type)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const notFound =
  '<?xml version="1.0" encoding="iso-8859-1"?>\n<html><head><title>404 - Not Found</title></head></html>\n'

type Tree = { [name: string]: string | Tree | undefined }

function metadata(v: ImdsView): Tree {
  const macs: Tree = {}
  for (const i of v.interfaces) {
    macs[i.mac] = {
      'device-number': String(i.deviceNumber),
      'interface-id': i.interfaceId,
      'local-ipv4s': i.privateIp,
      mac: i.mac,
      'owner-id': v.accountId,
      'subnet-id': i.subnetId,
      'subnet-ipv4-cidr-block': i.subnetCidr,
      'vpc-id': i.vpcId,
      'vpc-ipv4-cidr-block': '172.31.0.0/16',
      'vpc-ipv4-cidr-blocks': '172.31.0.0/16'
    }
  }
  return {
    'ami-id': v.imageId,
    'instance-id': v.instanceId,
    'instance-type': v.instanceType,
    'local-ipv4': v.privateIp,
    mac: v.mac,
    hostname: `ip-${v.privateIp.replace(/\./g, '-')}.ec2.internal`,
    'local-hostname': `ip-${v.privateIp.replace(/\./g, '-')}.ec2.internal`,
    placement: {
      'availability-zone': v.az,
      'availability-zone-id': `use1-az${'abcdef'.indexOf(v.az.slice(-1)) + 1}`,
      region: v.region
    },
    network: { interfaces: { macs } },
    iam: v.credentials ? iamTree(v) : undefined,
    autoscaling:
      v.targetLifecycleState === undefined
        ? undefined
        : { 'target-lifecycle-state': v.targetLifecycleState }
  }
}

/**
 * iam/info and iam/security-credentials/<role>: what the SDK's instance-metadata credential
 * provider reads (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html).
 */
function iamTree(v: ImdsView): Tree {
  const c = v.credentials!
  const now = new Date()
  const creds = {
    Code: 'Success',
    LastUpdated: now.toISOString(),
    Type: 'AWS-HMAC',
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    Token: c.token,
    Expiration: new Date(now.getTime() + 6 * 3600_000).toISOString()
  }
  const info = {
    Code: 'Success',
    LastUpdated: now.toISOString(),
    InstanceProfileArn: `arn:aws:iam::${v.accountId}:instance-profile/${c.roleName}`,
    InstanceProfileId: 'AIPASIMULATED'
  }
  return {
    info: JSON.stringify(info, null, 2),
    'security-credentials': { [c.roleName]: JSON.stringify(creds, null, 2) }
  }
}

function lookup(v: ImdsView, path: string): { text: string; type?: string } | undefined {
  if (path === '/latest/dynamic/instance-identity/document') {
    const doc = {
      accountId: v.accountId,
      architecture: 'x86_64',
      availabilityZone: v.az,
      imageId: v.imageId,
      instanceId: v.instanceId,
      instanceType: v.instanceType,
      pendingTime: new Date().toISOString(),
      privateIp: v.privateIp,
      region: v.region,
      version: '2017-09-30'
    }
    return { text: JSON.stringify(doc, null, 2), type: 'application/json' }
  }
  const prefix = '/latest/meta-data'
  if (path !== prefix && !path.startsWith(prefix + '/')) return undefined
  const parts = path.slice(prefix.length).split('/').filter(Boolean)
  let node: string | Tree | undefined = metadata(v)
  for (const p of parts) {
    if (typeof node !== 'object') return undefined
    node = node[p]
  }
  if (node === undefined) return undefined
  if (typeof node === 'string') return { text: node }
  // A folder lists its entries, sub-folders with a trailing slash.
  const names = Object.entries(node)
    .filter(([, child]) => child !== undefined)
    .map(([name, child]) => (typeof child === 'object' ? `${name}/` : name))
  return { text: names.join('\n') }
}
