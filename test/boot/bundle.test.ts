// The bundle as systemd runs it: bad input ends it at once with one line, exit non-zero.
import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONFIG } from './helpers.js'

const BUNDLE = join(process.cwd(), 'dist/boot/index.js')
let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'opscenter-ha-bundle-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function node(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; out: string; ms: number }>((resolve) => {
    const start = Date.now()
    execFile(
      process.execPath,
      [BUNDLE, ...args],
      // No IMDS or AWS endpoint can be reached: a bad config must not try.
      {
        env: {
          PATH: process.env.PATH ?? '',
          AWS_EC2_METADATA_SERVICE_ENDPOINT: 'http://127.0.0.1:1',
          AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
          ...env
        },
        timeout: 20_000
      },
      (err, stdout, stderr) =>
        resolve({
          code: typeof err?.code === 'number' ? err.code : err ? -1 : 0,
          out: stdout + stderr,
          ms: Date.now() - start
        })
    )
  })
}

const maybe = existsSync(BUNDLE) ? test : test.skip

maybe('a missing config file: one line naming it, non-zero, at once', async () => {
  const r = await node(['boot'], { OPSCENTER_HA_CONFIG: join(dir, 'missing.json') })
  expect(r.code).not.toBe(0)
  expect(r.out.trim().split('\n')).toEqual([
    expect.stringMatching(`config ${dir}/missing.json not found`)
  ])
  expect(r.ms).toBeLessThan(5000)
})

maybe('a bad config file: one line naming the field, non-zero', async () => {
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ stackName: 'ops', region: 'eu-west-1' }))
  const r = await node(['boot'], { OPSCENTER_HA_CONFIG: join(dir, 'config.json') })
  expect(r.code).not.toBe(0)
  expect(r.out.trim().split('\n')).toEqual([expect.stringMatching(/hostedZoneId is missing/)])
})

maybe('an unknown command: one line with the usage, non-zero', async () => {
  const r = await node(['start'], {})
  expect(r.code).not.toBe(0)
  expect(r.out.trim().split('\n')).toEqual([
    expect.stringMatching(/usage: node index.js boot\|watch\|stop/)
  ])
})

/** Answers the EC2 and Auto Scaling query protocols with empty results; records the actions. */
async function fakeAws(actions: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '?'
      actions.push(action)
      const xml: Record<string, string> = {
        CreateTags: `<CreateTagsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><return>true</return></CreateTagsResponse>`,
        DescribeNetworkInterfaces: `<DescribeNetworkInterfacesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><networkInterfaceSet/></DescribeNetworkInterfacesResponse>`,
        DescribeAutoScalingInstances: `<DescribeAutoScalingInstancesResponse xmlns="http://autoscaling.amazonaws.com/doc/2011-01-01/"><DescribeAutoScalingInstancesResult><AutoScalingInstances/></DescribeAutoScalingInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeAutoScalingInstancesResponse>`
      }
      res.setHeader('content-type', 'text/xml')
      res.end(xml[action] ?? '')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return server
}

async function fakeImds(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'PUT') return void res.end('TOKEN')
    if (req.url === '/latest/meta-data/instance-id') return void res.end('i-0bundle')
    res.writeHead(404).end()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return server
}

maybe('`stop` runs as a child process against loopback IMDS, AWS and PATH shims', async () => {
  const actions: string[] = []
  const aws = await fakeAws(actions)
  const imds = await fakeImds()
  try {
    const bin = join(dir, 'bin')
    mkdirSync(bin)
    const shims: Record<string, string> = {
      systemctl: `echo "systemctl $*" >> ${dir}/log; [ "$1" = is-active ] && { echo inactive; exit 3; }; exit 0`,
      sync: `echo sync >> ${dir}/log`,
      mountpoint: 'exit 32',
      umount: `echo "umount $*" >> ${dir}/log`
    }
    for (const [name, body] of Object.entries(shims)) {
      writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`)
      chmodSync(join(bin, name), 0o755)
    }
    writeFileSync(join(dir, 'config.json'), JSON.stringify(CONFIG))
    const port = (s: Server) => (s.address() as AddressInfo).port
    const r = await node(['stop'], {
      PATH: `${bin}:${process.env.PATH}`,
      OPSCENTER_HA_ROOT: dir,
      OPSCENTER_HA_CONFIG: join(dir, 'config.json'),
      AWS_EC2_METADATA_SERVICE_ENDPOINT: `http://127.0.0.1:${port(imds)}`,
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port(aws)}`,
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_REGION: 'eu-west-1'
    })
    if (process.env.SHOW_BUNDLE_LOG) console.log(r.out)
    expect(r.out).toMatch('stop: released in')
    expect(r.code).toBe(0)
    expect(actions).toEqual([
      'CreateTags',
      'DescribeNetworkInterfaces',
      'CreateTags',
      'DescribeAutoScalingInstances'
    ])
  } finally {
    await new Promise((r) => aws.close(r))
    await new Promise((r) => imds.close(r))
  }
})
