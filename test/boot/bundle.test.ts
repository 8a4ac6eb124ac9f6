// The bundle as systemd runs it: bad input ends it at once with one line, exit non-zero.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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
