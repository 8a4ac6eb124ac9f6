// The state step: what a version change, a downgrade and a damaged restore point do to
// OpsCenter's state on EFS, on a real file system (the instance root), with EC2 mocked.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readIdentity } from '../../src/boot/steps/identity.js'
import { prepareState, readRecord } from '../../src/boot/steps/state.js'
import {
  AMI_DEFAULTS_DIR,
  IMAGE_VERSION_PATH,
  STATE,
  TAGS,
  type BootConfig
} from '../../src/shared/contract.js'
import {
  FakeOs,
  identityImds,
  IMAGE_VERSION,
  makeAgent,
  makeRoot,
  ME,
  writeFile
} from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
const efs = (p = '') => join(root, 'mnt/opscenter-efs', p)
const points = () => efs(`${STATE.dir}/${STATE.restorePoints}`)
const pointIds = () => (existsSync(points()) ? readdirSync(points()).sort() : [])
const manifest = (id: string) =>
  JSON.parse(readFileSync(join(points(), id, STATE.manifest), 'utf8'))
const read = (p: string) => readFileSync(efs(p), 'utf8')

beforeEach(() => {
  root = makeRoot()
  world = new World(root)
  writeFile(root, `${AMI_DEFAULTS_DIR}/etc/opscenter/opscenterd.conf`, '[webserver]\nport = 8888\n')
  writeFile(root, `${AMI_DEFAULTS_DIR}/var/lib/opscenter/ssl/.keep`, '')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** One state step of an image of `version`, `minutes` after the epoch of the fake clock. */
async function step(version: string, config: Partial<BootConfig> = {}, minutes = 0) {
  writeFile(root, IMAGE_VERSION_PATH, `${version}\n`)
  const t = makeAgent(root, {
    os: new FakeOs(),
    imds: identityImds({ 'ami-id': `ami-${version}` }),
    config
  })
  t.clock.advance(minutes * 60_000)
  const note = await prepareState(t.agent, await readIdentity(t.imds))
  return { ...t, note }
}

/** The state a running OpsCenter of `version` leaves: its own files and a database. */
function opscenterWrites(version: string, lcm = `lcm of ${version}`) {
  writeFile(root, 'mnt/opscenter-efs/var/lib/opscenter/lcm.db', lcm)
  writeFile(
    root,
    'mnt/opscenter-efs/etc/opscenter/clusters/prod.conf',
    `[cassandra]\n# ${version}\n`
  )
}

test('first boot: a new state records the image version, no restore point, tags it', async () => {
  const { note } = await step(IMAGE_VERSION)
  expect(note).toMatch(`new state for OpsCenter ${IMAGE_VERSION}`)
  expect(pointIds()).toEqual([])
  expect(await readRecord(makeAgent(root).agent)).toMatchObject({
    version: IMAGE_VERSION,
    instanceId: ME,
    amiId: `ami-${IMAGE_VERSION}`,
    history: []
  })
  expect(world.tagsOf(ME)[TAGS.stateVersion]).toBe(IMAGE_VERSION)
  expect(world.tagsOf(ME)[TAGS.restorePoints]).toBe('')
  // Seeded and bound at the end of the step.
  expect(read('etc/opscenter/opscenterd.conf')).toBe('[webserver]\nport = 8888\n')
})

test('the same version again copies nothing', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  const { note } = await step('6.8.52', {}, 5)
  expect(note).toMatch(/state is OpsCenter 6\.8\.52's since /)
  expect(pointIds()).toEqual([])
})

test('an upgrade takes a restore point of the old state with sizes and sha256 before the new version starts', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  const { note, logs } = await step('6.8.53', {}, 60)
  const [id] = pointIds()
  expect(id).toMatch(/^\d{8}T\d{6}Z-6\.8\.52$/)
  expect(note).toMatch(`restore point ${id} of the 6.8.52 state`)
  const m = manifest(id)
  expect(m).toMatchObject({ version: '6.8.52', before: '6.8.53', instanceId: ME })
  const lcm = m.files.find((f: { path: string }) => f.path === 'var/lib/opscenter/lcm.db')
  expect(lcm).toMatchObject({
    size: 'lcm of 6.8.52'.length,
    sha256: createHash('sha256').update('lcm of 6.8.52').digest('hex')
  })
  expect(readFileSync(join(points(), id, 'files/var/lib/opscenter/lcm.db'), 'utf8')).toBe(
    'lcm of 6.8.52'
  )
  expect(logs.some((l) => /^state: restore point .* 1?\d file\(s\), \d+ bytes in /.test(l))).toBe(
    true
  )
  const record = await readRecord(makeAgent(root).agent)
  expect(record).toMatchObject({ version: '6.8.53', history: [{ version: '6.8.52' }] })
  expect(world.tagsOf(ME)[TAGS.restorePoints]).toBe(id)
})

test("a downgrade restores the older version's point and keeps the newer state as a restore point", async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  await step('6.8.53', {}, 60)
  opscenterWrites('6.8.53', 'lcm migrated by 6.8.53')
  const [before] = pointIds()
  const { note } = await step('6.8.52', {}, 120)
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of 6.8.52')
  expect(read('etc/opscenter/clusters/prod.conf')).toContain('# 6.8.52')
  const kept = pointIds().find((id) => id.endsWith('-6.8.53'))!
  expect(readFileSync(join(points(), kept, 'files/var/lib/opscenter/lcm.db'), 'utf8')).toBe(
    'lcm migrated by 6.8.53'
  )
  expect(note).toMatch(`restored ${before}; the 6.8.53 state is kept as ${kept}`)
  expect(await readRecord(makeAgent(root).agent)).toMatchObject({
    version: '6.8.52',
    restoredFrom: before
  })
  // The failover mount point stays, empty; nothing is left half-swapped.
  expect(readdirSync(efs(STATE.dir)).sort()).toEqual([STATE.restorePoints, STATE.file].sort())
})

test('keep starts the older version on the newer state, still taking a restore point', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  await step('6.8.53', {}, 60)
  opscenterWrites('6.8.53', 'lcm migrated by 6.8.53')
  const { note } = await step('6.8.52', { onDowngrade: 'keep' }, 120)
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm migrated by 6.8.53')
  expect(note).toMatch('OpsCenter 6.8.52 starts on the 6.8.53 state (onDowngrade keep)')
  expect(pointIds().filter((id) => id.endsWith('-6.8.53'))).toHaveLength(1)
})

test('refuse fails before anything is copied or changed', async () => {
  await step('6.8.52')
  await step('6.8.53', {}, 60)
  opscenterWrites('6.8.53')
  const was = pointIds()
  await expect(step('6.8.52', { onDowngrade: 'refuse' }, 120)).rejects.toThrow(
    /OpsCenter 6\.8\.52 is older than the state's 6\.8\.53 .* onDowngrade is refuse: nothing was changed/
  )
  expect(pointIds()).toEqual(was)
  expect((await readRecord(makeAgent(root).agent))?.version).toBe('6.8.53')
})

test('a downgrade with no restore point of that version fails naming keep, the state untouched', async () => {
  await step('6.8.53')
  opscenterWrites('6.8.53')
  await expect(step('6.8.52', {}, 60)).rejects.toThrow(
    /no restore point of a 6\.8\.52 state to restore: nothing was changed\. Set on-downgrade: keep/
  )
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of 6.8.53')
  expect(pointIds()).toEqual([])
})

test('a restore point with a changed or missing file is refused, naming it, the live state untouched', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  await step('6.8.53', {}, 60)
  opscenterWrites('6.8.53', 'lcm migrated by 6.8.53')
  const [id] = pointIds()
  writeFileSync(join(points(), id, 'files/var/lib/opscenter/lcm.db'), 'tampered')
  await expect(step('6.8.52', {}, 120)).rejects.toThrow(
    `restore point ${id} is damaged: var/lib/opscenter/lcm.db changed`
  )
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm migrated by 6.8.53')
  rmSync(join(points(), id, 'files/etc/opscenter/clusters/prod.conf'))
  await expect(step('6.8.52', {}, 180)).rejects.toThrow(
    `restore point ${id} is damaged: etc/opscenter/clusters/prod.conf is missing`
  )
  expect(existsSync(efs(`${STATE.dir}/staging`))).toBe(false)
})

test('a restore point that cannot be written stops the new version, the state untouched', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  // EFS refusing the copy (here: its folder is a file, ENOTDIR; full or throttled alike).
  writeFileSync(points(), 'not a folder')
  await expect(step('6.8.53', {}, 60)).rejects.toThrow(
    /the restore point of the 6\.8\.52 state could not be written \(.*\): the state is untouched and OpsCenter 6\.8\.53 is not started on it/
  )
  expect((await readRecord(makeAgent(root).agent))?.version).toBe('6.8.52')
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of 6.8.52')
})

test('a swap interrupted half-way is finished by the next boot', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  await step('6.8.53', {}, 60)
  opscenterWrites('6.8.53', 'lcm migrated by 6.8.53')
  // As a restore leaves it after swapping /etc/opscenter and before /var/lib/opscenter.
  const staging = efs(`${STATE.dir}/staging`)
  writeFile(
    root,
    'mnt/opscenter-efs/.opscenter-ha/staging/var/lib/opscenter/lcm.db',
    'restored lcm'
  )
  writeFileSync(join(staging, '.complete'), 'some-point\n')
  const { logs } = await step('6.8.53', {}, 120)
  expect(read('var/lib/opscenter/lcm.db')).toBe('restored lcm')
  expect(logs).toContain('state: restored some-point (an earlier boot was interrupted mid-swap)')
  expect(existsSync(staging)).toBe(false)
})

test('retention keeps a month of points, then the newest of each recent version and the newest few', async () => {
  // A version every 20 days, so the older points are past the 30 days every point is kept.
  let minutes = 0
  for (const v of ['6.8.51', '6.8.52', '6.8.53', '6.8.54', '6.8.55']) {
    await step(v, { keepRestorePoints: 2 }, (minutes += 20 * 24 * 60))
    opscenterWrites(v)
  }
  // Points of 51, 52, 53 and 54 were taken; the 2 versions that ran before 55 keep theirs.
  // 51's and 52's are 60 and 40 days old: past the 30 days, and neither newest nor recent.
  expect(pointIds().map((id) => id.split('-')[1])).toEqual(['6.8.53', '6.8.54'])
  const tagged = world.tagsOf(ME)[TAGS.restorePoints].split(' ')
  expect(tagged.map((id) => id.split('-')[1])).toEqual(['6.8.54', '6.8.53'])
})

test("retention keeps the newest point of every version the stack's AMIs still run", async () => {
  let minutes = 0
  world.amiVersions.push('6.8.51') // an old AMI keep-amis still keeps
  for (const v of ['6.8.51', '6.8.52', '6.8.53', '6.8.54', '6.8.55']) {
    await step(v, { keepRestorePoints: 1 }, (minutes += 20 * 24 * 60))
    opscenterWrites(v)
  }
  // 6.8.53's is 20 days old, 6.8.54's the newest; 6.8.52's (40 days) goes. Without the
  // AMI, 6.8.51's (60 days) would go too, as in the test above.
  expect(pointIds().map((id) => id.split('-')[1])).toEqual(['6.8.51', '6.8.53', '6.8.54'])
})

test('retention removes nothing when EC2 cannot list the AMIs', async () => {
  let minutes = 0
  world.describeImagesFails = 'RequestLimitExceeded'
  for (const v of ['6.8.51', '6.8.52', '6.8.53', '6.8.54']) {
    await step(v, { keepRestorePoints: 1 }, (minutes += 20 * 24 * 60))
    opscenterWrites(v)
  }
  expect(pointIds()).toHaveLength(3)
})

test('a restore request puts back the chosen point of this version once, keeping the state before', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52', 'good lcm')
  await step('6.8.53', {}, 60)
  await step('6.8.52', {}, 120) // back: the 6.8.52 point is restored, a 6.8.53 one taken
  opscenterWrites('6.8.52', 'lcm after a bad change')
  const [point] = pointIds().filter((id) => id.endsWith('-6.8.52'))
  const restoreRequest = `${point}@run-1`
  const { note } = await step('6.8.52', { restoreRequest }, 180)
  expect(read('var/lib/opscenter/lcm.db')).toBe('good lcm')
  expect(note).toMatch(`restored ${point} (command restore); the state before is kept as `)
  expect(await readRecord(makeAgent(root).agent)).toMatchObject({ request: restoreRequest })
  // The next boot with the same launch template does not restore again.
  opscenterWrites('6.8.52', 'lcm written after the restore')
  await step('6.8.52', { restoreRequest }, 240)
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm written after the restore')
})

test('a restore request for a point that is missing or of another version fails, the state untouched', async () => {
  await step('6.8.52')
  opscenterWrites('6.8.52')
  await step('6.8.53', {}, 60)
  opscenterWrites('6.8.53', 'lcm of 53')
  const [of52] = pointIds()
  await expect(step('6.8.53', { restoreRequest: `${of52}@run-2` }, 120)).rejects.toThrow(
    `restore point ${of52} holds an OpsCenter 6.8.52 state and this image runs 6.8.53: nothing was changed. Deploy 6.8.52 with on-downgrade: restore instead`
  )
  await expect(
    step('6.8.53', { restoreRequest: '20200101T000000Z-6.8.53@run-3' }, 180)
  ).rejects.toThrow(
    'restore point 20200101T000000Z-6.8.53 (asked for by command restore) is not on EFS'
  )
  expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of 53')
})

test('no restore point younger than 30 days is removed, however many there are', async () => {
  let minutes = 0
  for (const v of ['6.8.51', '6.8.52', '6.8.53', '6.8.54', '6.8.55']) {
    await step(v, { keepRestorePoints: 1 }, (minutes += 60))
    opscenterWrites(v)
  }
  expect(pointIds()).toHaveLength(4)
})

describe('bringing an existing OpsCenter in', () => {
  let tarball: string
  let sha: string
  /** `aws s3 cp` as the AWS CLI does it, from a local file; tar is the real one. */
  const os = () =>
    new FakeOs().on((cmd, args) => {
      if (cmd === 'aws') {
        copyFileSync(tarball, args[args.length - 1])
        return { code: 0, stdout: '', stderr: '' }
      }
      if (cmd === 'tar') {
        execFileSync('tar', [...args])
        return { code: 0, stdout: '', stderr: '' }
      }
      return undefined
    })
  const importing = (o: Partial<BootConfig> = {}) => ({
    importFrom: 'old-opscenter/state.tgz',
    importSha256: sha,
    ...o
  })

  beforeEach(() => {
    const old = join(root, 'old-host')
    writeFile(old, 'etc/opscenter/opscenterd.conf', '[webserver]\nport = 8888\n# the old host\n')
    writeFile(old, 'var/lib/opscenter/lcm.db', 'lcm of the old host')
    writeFile(old, 'var/lib/opscenter/failover/failover_id', 'the old host only')
    tarball = join(root, 'state.tgz')
    execFileSync('tar', ['-czf', tarball, '-C', old, 'etc', 'var'])
    sha = createHash('sha256').update(readFileSync(tarball)).digest('hex')
  })

  async function importStep(config: Partial<BootConfig>, minutes = 0) {
    const t = makeAgent(root, { os: os(), config })
    t.clock.advance(minutes * 60_000)
    return { ...t, note: await prepareState(t.agent, await readIdentity(t.imds)) }
  }

  test('the first boot on an empty EFS imports it, keeps it as a restore point, once', async () => {
    const { note, os: ran } = await importStep(importing())
    expect(ran.calls[0]).toBe(
      `aws s3 cp --only-show-errors --region eu-west-1 s3://old-opscenter/state.tgz ${root}/var/lib/opscenter-ha/import.tgz`
    )
    expect(note).toMatch(
      /^imported s3:\/\/old-opscenter\/state\.tgz \(\/etc\/opscenter, \/var\/lib\/opscenter\)/
    )
    expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of the old host')
    expect(read('etc/opscenter/opscenterd.conf')).toContain('# the old host')
    // The old host's failover state never comes along; the download is gone.
    expect(readdirSync(efs('var/lib/opscenter/failover'))).toEqual([])
    expect(existsSync(join(root, 'var/lib/opscenter-ha/import.tgz'))).toBe(false)
    expect(pointIds()).toEqual([expect.stringMatching(/-unknown$/)])
    expect((await readRecord(makeAgent(root).agent))?.imported).toBe(
      `old-opscenter/state.tgz@${sha}`
    )
    // Later boots of the same launch template do not import again, nor refuse.
    opscenterWrites(IMAGE_VERSION, 'lcm written since')
    await importStep(importing(), 60)
    expect(read('var/lib/opscenter/lcm.db')).toBe('lcm written since')
  })

  test('a tarball whose sha256 differs is refused before any file is written', async () => {
    await expect(importStep(importing({ importSha256: 'f'.repeat(64) }))).rejects.toThrow(
      `the import of s3://old-opscenter/state.tgz is refused: its sha256 is ${sha}, ImportSha256 says ${'f'.repeat(64)}; nothing was written to EFS`
    )
    expect(existsSync(efs('etc/opscenter'))).toBe(false)
    expect(existsSync(efs('var/lib/opscenter'))).toBe(false)
  })

  test('an EFS that holds a state already refuses the import, naming it', async () => {
    await step(IMAGE_VERSION)
    opscenterWrites(IMAGE_VERSION)
    await expect(importStep(importing(), 60)).rejects.toThrow(
      new RegExp(
        `the import of s3://old-opscenter/state.tgz is refused: EFS already holds an OpsCenter state \\(OpsCenter ${IMAGE_VERSION.replaceAll('.', '\\.')} since `
      )
    )
    expect(read('var/lib/opscenter/lcm.db')).toBe(`lcm of ${IMAGE_VERSION}`)
  })

  test('a tarball without the state folders is refused', async () => {
    const other = join(root, 'other')
    writeFile(other, 'home/notes.txt', 'not OpsCenter')
    execFileSync('tar', ['-czf', tarball, '-C', other, 'home'])
    sha = createHash('sha256').update(readFileSync(tarball)).digest('hex')
    await expect(importStep(importing())).rejects.toThrow(
      'the import is refused: the tarball holds neither etc/opscenter nor var/lib/opscenter (it has home)'
    )
    expect(existsSync(efs('etc/opscenter'))).toBe(false)
  })

  test('a tarball the role cannot read is said with what a 403 may mean, nothing written', async () => {
    const denied = new FakeOs().on((cmd) =>
      cmd === 'aws'
        ? {
            code: 1,
            stdout: '',
            stderr:
              'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n'
          }
        : undefined
    )
    const t = makeAgent(root, { os: denied, config: importing() })
    await expect(prepareState(t.agent, await readIdentity(t.imds))).rejects.toThrow(
      /the import of s3:\/\/old-opscenter\/state\.tgz failed to download \(fatal error: .*\(403\).*Forbidden\): the instance role may read only ImportObject, and S3 answers 403 for a key that does not exist too/
    )
    expect(existsSync(efs('etc/opscenter'))).toBe(false)
  })
})

describe('command restore of an AWS Backup recovery point', () => {
  // What AWS Backup's restore job leaves off the EFS root: the items, their hierarchy kept.
  const restored = (folder: string, version: string | undefined, lcm: string) => {
    writeFile(root, `mnt/opscenter-efs/${folder}/var/lib/opscenter/lcm.db`, lcm)
    writeFile(root, `mnt/opscenter-efs/${folder}/etc/opscenter/clusters/prod.conf`, '[cassandra]\n')
    if (version)
      writeFile(
        root,
        `mnt/opscenter-efs/${folder}/${STATE.dir}/${STATE.file}`,
        JSON.stringify({ version, since: '2026-12-01T00:00:00.000Z', history: [] })
      )
  }
  // The fake clock starts at the epoch: the job ran at +60 min.
  const request = 'aws-backup-19700101T010000Z@run-7'

  it('puts the newest folder of the job in place by rename, keeping the state before', async () => {
    await step('6.8.52')
    opscenterWrites('6.8.52', 'lcm now')
    restored('aws-backup-restore_1970-01-01T00-10-00-000Z', '6.8.52', 'lcm of an older restore')
    restored('aws-backup-restore_1970-01-01T01-00-03-250589632Z', '6.8.52', 'lcm of the backup')
    const { note } = await step('6.8.52', { restoreRequest: request }, 61)
    expect(note).toMatch(
      'restored aws-backup-restore_1970-01-01T01-00-03-250589632Z (AWS Backup, command restore); the state before is kept as'
    )
    expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of the backup')
    const [kept] = pointIds()
    expect(readFileSync(join(points(), kept, 'files/var/lib/opscenter/lcm.db'), 'utf8')).toBe(
      'lcm now'
    )
    // The job's folder is used up; an older one (another restore's) is left alone.
    expect(existsSync(efs('aws-backup-restore_1970-01-01T01-00-03-250589632Z'))).toBe(false)
    expect(existsSync(efs('aws-backup-restore_1970-01-01T00-10-00-000Z'))).toBe(true)
    expect(await readRecord(makeAgent(root).agent)).toMatchObject({
      version: '6.8.52',
      request,
      restoredFrom: 'aws-backup-restore_1970-01-01T01-00-03-250589632Z'
    })
    // Applied once: a later boot with the same request keeps what OpsCenter wrote since.
    opscenterWrites('6.8.52', 'lcm after the restore')
    await step('6.8.52', { restoreRequest: request }, 120)
    expect(read('var/lib/opscenter/lcm.db')).toBe('lcm after the restore')
  })

  it('refuses a folder of another version, or no folder from the job, before writing anything', async () => {
    await step('6.8.53')
    opscenterWrites('6.8.53', 'lcm now')
    await expect(step('6.8.53', { restoreRequest: request }, 61)).rejects.toThrow(
      /the AWS Backup restore aws-backup-19700101T010000Z \(command restore\) is not on EFS: no aws-backup-restore_<datetime> folder from 1970-01-01T01:00:00.000Z on/
    )
    restored('aws-backup-restore_1970-01-01T01-00-05-000Z', '6.8.52', 'lcm of 6.8.52')
    await expect(step('6.8.53', { restoreRequest: request }, 62)).rejects.toThrow(
      'aws-backup-restore_1970-01-01T01-00-05-000Z (the AWS Backup restore command restore asked for) holds an OpsCenter 6.8.52 state and this image runs 6.8.53: nothing was changed'
    )
    expect(read('var/lib/opscenter/lcm.db')).toBe('lcm now')
    expect(pointIds()).toEqual([])
  })

  it('brings the state back onto an empty file system (the disaster case)', async () => {
    restored('aws-backup-restore_1970-01-01T01-00-01-000Z', '6.8.52', 'lcm of the backup')
    const { note } = await step('6.8.52', { restoreRequest: request }, 61)
    expect(note).toMatch(
      'restored aws-backup-restore_1970-01-01T01-00-01-000Z (AWS Backup, command restore)'
    )
    expect(note).not.toMatch('new state')
    expect(read('var/lib/opscenter/lcm.db')).toBe('lcm of the backup')
    expect(pointIds()).toEqual([])
    expect(await readRecord(makeAgent(root).agent)).toMatchObject({ version: '6.8.52', request })
  })
})
