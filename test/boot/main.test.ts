// run(): usage and config errors end at once with one line naming the problem and the fix.
import { rmSync } from 'node:fs'
import { run } from '../../src/boot/main.js'
import { validateConfig } from '../../src/boot/context/config.js'
import { CONFIG, FakeImds, FakeOs, makeRoot, writeFile } from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
beforeEach(() => {
  root = makeRoot()
  world = new World(root)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function runWith(args: string[], config?: unknown, raw?: string) {
  if (config !== undefined) writeFile(root, 'etc/opscenter-ha/config.json', JSON.stringify(config))
  if (raw !== undefined) writeFile(root, 'etc/opscenter-ha/config.json', raw)
  const errors: string[] = []
  const logs: string[] = []
  const imds = new FakeImds({})
  const os = new FakeOs()
  const code = await run(args, {
    env: { OPSCENTER_HA_ROOT: root },
    fail: (l) => errors.push(l),
    log: (l) => logs.push(l),
    imds,
    runner: os
  })
  // Nothing was asked of AWS, IMDS or the OS.
  if (code === 2) expect([world.calls, imds.reads, os.calls, logs]).toEqual([[], [], [], []])
  return { code, errors }
}

test.each([[[]], [['frob']], [['boot', 'extra']]])('usage error for %j', async (args) => {
  const { code, errors } = await runWith(args, CONFIG)
  expect(code).toBe(2)
  expect(errors).toEqual([
    expect.stringMatching(/unknown command .*: usage: node index.js boot\|watch\|stop$/)
  ])
})

test('a missing config file names the path and what writes it', async () => {
  const { code, errors } = await runWith(['boot'])
  expect(code).toBe(2)
  expect(errors).toEqual([
    `opscenter-ha-boot boot: config ${root}/etc/opscenter-ha/config.json not found: the launch template's user data writes it (cloud-init write_files); set OPSCENTER_HA_CONFIG to read another file`
  ])
})

test('OPSCENTER_HA_CONFIG overrides the path', async () => {
  writeFile(root, 'elsewhere.json', JSON.stringify({ ...CONFIG, recordTtl: 'sixty' }))
  const errors: string[] = []
  const code = await run(['stop'], {
    env: { OPSCENTER_HA_ROOT: root, OPSCENTER_HA_CONFIG: `${root}/elsewhere.json` },
    fail: (l) => errors.push(l)
  })
  expect(code).toBe(2)
  expect(errors[0]).toMatch(`config ${root}/elsewhere.json: recordTtl="sixty" must be an integer`)
})

test('a config that is not JSON says so', async () => {
  const { code, errors } = await runWith(['watch'], undefined, '{"stackName": ')
  expect(code).toBe(2)
  expect(errors[0]).toMatch(/config .* is not valid JSON/)
})

test.each<[string, unknown, RegExp]>([
  ['stackName', undefined, /stackName is missing: fix the launch template/],
  ['stackName', '', /stackName="" must be a CloudFormation stack name/],
  ['region', 'Europe', /region="Europe" must be an AWS region/],
  ['hostedZoneId', 'zone 1', /hostedZoneId="zone 1" must be a Route53 hosted zone id/],
  ['recordName', 'not a name!', /recordName="not a name!" must be a DNS name/],
  ['recordTtl', -1, /recordTtl=-1 must be an integer from 0/],
  ['fileSystemId', 'efs-1', /fileSystemId="efs-1" must be an EFS file system id/],
  ['timeoutSeconds', 0, /timeoutSeconds=0 must be a number from 1 to 900/],
  ['timeoutSeconds', 3600, /timeoutSeconds=3600 must be a number from 1 to 900/],
  ['pollIntervalSeconds', 'fast', /pollIntervalSeconds="fast" must be a number/],
  ['unhealthyAfterSeconds', 0, /unhealthyAfterSeconds=0 must be a number from 0.01 to 3600/],
  ['healthIntervalSeconds', 'often', /healthIntervalSeconds="often" must be a number/],
  ['onDowngrade', 'rollback', /onDowngrade="rollback" must be one of restore, keep, refuse/],
  ['restoreRequest', '6.8.52', /restoreRequest="6.8.52" must be empty or <restore point id>@<run>/],
  ['importFrom', 's3://b/k', /importFrom="s3:\/\/b\/k" must be empty or <bucket>\/<key>/],
  ['importFrom', 'bucket/state.tgz', /importFrom and importSha256 go together/]
])('config field %s = %j is rejected', (field, value, message) => {
  const raw = { ...CONFIG, [field]: value }
  if (value === undefined) delete (raw as Record<string, unknown>)[field]
  expect(() => validateConfig(raw, '/c.json')).toThrow(message)
})

test('pollIntervalSeconds is optional but must not exceed timeoutSeconds', () => {
  const { pollIntervalSeconds: _, ...rest } = CONFIG
  expect(validateConfig(rest, '/c.json')).toEqual(rest)
  expect(() =>
    validateConfig({ ...CONFIG, timeoutSeconds: 30, pollIntervalSeconds: 45 }, '/c.json')
  ).toThrow('pollIntervalSeconds=45 is longer than timeoutSeconds=30')
})

test('the watchdog never acts on one failed probe: unhealthyAfterSeconds below two intervals is refused', () => {
  expect(validateConfig({ ...CONFIG, unhealthyAfterSeconds: 20 }, '/c.json')).toMatchObject({
    unhealthyAfterSeconds: 20
  })
  expect(() =>
    validateConfig({ ...CONFIG, healthIntervalSeconds: 30, unhealthyAfterSeconds: 45 }, '/c.json')
  ).toThrow(
    'unhealthyAfterSeconds=45 is less than two healthIntervalSeconds (30): raise it (template parameter UnhealthyAfterSeconds)'
  )
})

test('a relative OPSCENTER_HA_ROOT is refused', async () => {
  const errors: string[] = []
  expect(
    await run(['boot'], { env: { OPSCENTER_HA_ROOT: 'tmp/x' }, fail: (l) => errors.push(l) })
  ).toBe(2)
  expect(errors[0]).toMatch('OPSCENTER_HA_ROOT="tmp/x" is not an absolute path')
})
