// The bundled action as GitHub runs it: `node dist/index.js` with INPUT_* variables.
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

function runDist(
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = Date.now()
    const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { env, cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - start }))
  })
}

describe('dist/index.js', () => {
  let server: Server
  let connections = 0
  let port = 0
  beforeAll(async () => {
    // Stands in for AWS: any request the action made would connect here.
    server = createServer((s) => {
      connections++
      s.destroy()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as { port: number }).port
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('fails fast with one line naming stack-name when it is missing, and calls no AWS API', async () => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_EC2_METADATA_DISABLED: 'true',
      INPUT_COMMAND: 'deploy',
      'INPUT_AMI-ID': 'ami-0123456789abcdef0'
    }
    await runDist(env) // warm the file cache: the second run is what a runner sees
    const { code, stdout, stderr, ms } = await runDist(env)
    expect(code).toBe(1)
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^::error::stack-name: required/)
    ])
    expect(stderr).toBe('')
    expect(ms).toBeLessThan(1000)
    expect(connections).toBe(0)
  })
})
