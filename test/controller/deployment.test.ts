// The GitHub deployment a run records, against a fake GitHub API on loopback (the real
// @actions/github client, pointed at it with GITHUB_API_URL): which statuses each outcome
// writes, with the OpsCenter URL and the cause.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

const requests: { method: string; path: string; body: Record<string, unknown> }[] = []
// The fake API listens, and the environment points at it, before @actions/github is
// imported: it reads GITHUB_API_URL and the repository when it loads, and nothing here may
// ever reach api.github.com.
const server: Server = createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    requests.push({ method: req.method!, path: req.url!, body: body ? JSON.parse(body) : {} })
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(JSON.stringify(req.url!.endsWith('/deployments') ? { id: 42 } : { id: 1 }))
  })
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
process.env.GITHUB_REPOSITORY = 'example/opscenter-ha'
process.env.GITHUB_SHA = 'abc123'
process.env.GITHUB_RUN_ID = '77'
process.env.GITHUB_SERVER_URL = 'https://github.test'
afterAll(() => new Promise((r) => server.close(r)))
beforeEach(() => (requests.length = 0))

const { githubDeployments } = await import('../../src/controller/edges/deployment.js')
const URL_ = 'http://opscenter.example.internal:8888/'

async function outcome(result: 'deployed' | 'unchanged' | 'reverted' | 'failed', cause?: string) {
  const d = githubDeployments('ghs_test', 'production')!
  await d.start('deploy', 'ops')
  await d.finish({
    command: 'deploy',
    stackName: 'ops',
    result,
    amiId: 'ami-0a',
    cause,
    changes: [],
    stackOutputs: { OpsCenterUrl: URL_ }
  })
  return requests.map((r) => ({ path: r.path, ...r.body }))
}

it('records nothing without a token or an environment', () => {
  expect(githubDeployments(undefined, 'production')).toBeUndefined()
  expect(githubDeployments('ghs_test', undefined)).toBeUndefined()
})

it('deployed: a deployment of the commit, in_progress, then success with the URL; the replaced one goes inactive', async () => {
  const [create, progress, done] = await outcome('deployed')
  expect(create).toMatchObject({
    path: '/repos/example/opscenter-ha/deployments',
    ref: 'abc123',
    environment: 'production',
    production_environment: true,
    required_contexts: [],
    auto_merge: false
  })
  expect(progress).toMatchObject({
    path: '/repos/example/opscenter-ha/deployments/42/statuses',
    state: 'in_progress',
    log_url: 'https://github.test/example/opscenter-ha/actions/runs/77'
  })
  expect(done).toMatchObject({
    state: 'success',
    environment_url: URL_,
    auto_inactive: true,
    description: 'deployed ami-0a'
  })
})

it('unchanged: success, saying nothing changed', async () => {
  const statuses = await outcome('unchanged')
  expect(statuses.at(-1)).toMatchObject({
    state: 'success',
    description: 'unchanged: ami-0a already runs'
  })
})

it('reverted and failed: failure with the cause (at most 140 characters), never inactivating the one that runs', async () => {
  const reverted = (await outcome('reverted', 'i-2 failed in phase efs: mount timed out')).at(-1)
  expect(reverted).toMatchObject({
    state: 'failure',
    auto_inactive: false,
    description: 'reverted to ami-0a: i-2 failed in phase efs: mount timed out'
  })
  requests.length = 0
  const failed = (await outcome('failed', 'x'.repeat(300))).at(-1)!
  expect(failed).toMatchObject({ state: 'failure', auto_inactive: false })
  expect(String((failed as Record<string, unknown>).description)).toHaveLength(140)
})
