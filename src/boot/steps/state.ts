// The state step: OpsCenter's state on EFS knows which version last started on it. Before a
// different version first starts, the state goes into a restore point; an image older than
// the state (a downgrade) starts on the restore point that version left (restore), on the
// newer state (keep), or not at all (refuse), as the launch template says. Then the image's
// new default files are added and EFS's folders bound (efs.ts). Only this step writes the
// state record, and only on the instance that holds the ENI: one brain.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CreateTagsCommand, DescribeImagesCommand } from '@aws-sdk/client-ec2'
import {
  DEFAULTS,
  IMAGE_VERSION_PATH,
  STATE,
  TAGS,
  compareVersions
} from '../../shared/contract.js'
import { backupRestoreAt, requestedPoint } from '../../shared/restore-point-id.js'
import { applyBackupRestore, findBackupRestore } from './backup-restore.js'
import { aws, path, type Agent } from '../context/agent.js'
import { errorText, seconds } from '../os/log.js'
import { seedAndBind } from './efs.js'
import { importKey, importState } from './import.js'
import type { Identity } from './identity.js'
import {
  dropPoint,
  finishRestore,
  hasState,
  listRestorePoints,
  restorePoint,
  stateDir,
  takeRestorePoint,
  type Manifest
} from './restore-points.js'

/** What STATE.file holds: the version that last started on the state, and who started it. */
export interface StateRecord {
  version: string
  /** ISO time this version first started on the state. */
  since: string
  instanceId: string
  amiId: string
  /** The restore point this state was restored from, when it was. */
  restoredFrom?: string
  /** The last restore request (command restore) applied: each is applied once. */
  request?: string
  /** The import this state came from (`<bucket>/<key>@<sha256>`), applied once. */
  imported?: string
  /** Earlier versions, newest first (for retention: which versions ran recently). */
  history: { version: string; since: string }[]
}

/** Version of the state when none was recorded (an OpsCenter brought in before the agent kept one). */
export const UNKNOWN = 'unknown'

/**
 * `retained`: the versions the stack's AMIs run, when the boot asked for them already (in
 * prepare, before the handover: the call is then off the downtime path).
 */
export async function prepareState(
  agent: Agent,
  me: Identity,
  retained = retainedVersions(agent)
): Promise<string> {
  const finished = await finishRestore(agent)
  if (finished) agent.log(`state: ${finished} (an earlier boot was interrupted mid-swap)`)
  const image = await imageVersion(agent)
  const record = await readRecord(agent)
  const notes: string[] = []
  const writer = record && `OpsCenter ${record.version} since ${record.since}`
  const imported = await importState(agent, record?.imported, writer)
  if (imported) {
    agent.log(`state: ${imported}`)
    notes.push(imported)
  }
  let restored: { id: string } | undefined
  if (record?.version === image) {
    notes.push(`state is OpsCenter ${image}'s since ${record.since}`)
    restored = await requested(agent, me, record, notes)
  } else if (!record && !(await hasState(agent))) {
    // An empty file system: a restore from AWS Backup (a disaster) may bring the state back.
    restored = await requestedBackup(agent, me, image, notes)
    if (!restored) notes.push(`new state for OpsCenter ${image}`)
  } else {
    restored = await changeVersion(agent, me, record, image, notes)
  }
  const stale = !restored && record?.version !== image && pending(agent, record)
  if (stale)
    agent.log(
      `state: restore request ${stale} ignored: it was for the image the state had, ${record?.version ?? 'none'}; this one runs ${image}`
    )
  const next = {
    ...nextRecord(agent, me, record, image, restored),
    ...requestOf(agent, record),
    ...(imported ? { imported: importKey(agent) } : {})
  }
  await writeRecord(agent, next)
  const kept = await prune(agent, next, await retained)
  notes.push(await seedAndBind(agent))
  await tagState(agent, me.instanceId, next, kept)
  return notes.join('; ')
}

/** A different version starts: restore point first, then (a downgrade) what onDowngrade says. */
async function changeVersion(
  agent: Agent,
  me: Identity,
  record: StateRecord | undefined,
  image: string,
  notes: string[]
): Promise<Manifest | undefined> {
  const from = record?.version ?? UNKNOWN
  const older = !!record && compareVersions(image, record.version) < 0
  const mode = agent.config.onDowngrade ?? DEFAULTS.onDowngrade
  const age = record ? ` (since ${record.since})` : ''
  if (older && mode === 'refuse')
    throw new Error(
      `OpsCenter ${image} is older than the state's ${from}${age} and onDowngrade is refuse: nothing was changed. Deploy ${from} or later, or set on-downgrade: restore or keep`
    )
  const target = older && mode === 'restore' ? await pointFor(agent, image, from) : undefined
  const taken = await takeRestorePoint(
    agent,
    { instanceId: me.instanceId, amiId: me.amiId },
    from,
    image
  )
  const m = taken.manifest
  agent.log(
    `state: restore point ${m.id} of the ${from} state: ${m.files.length} file(s), ${m.bytes} bytes in ${seconds(taken.ms)}`
  )
  notes.push(`restore point ${m.id} of the ${from} state`)
  if (!older) return undefined
  if (!target) {
    notes.push(`OpsCenter ${image} starts on the ${from} state (onDowngrade keep)`)
    return undefined
  }
  const start = agent.clock.now()
  await restorePoint(agent, target)
  agent.log(
    `state: restored ${target.id} (OpsCenter ${image}'s state of ${target.takenAt}) in ${seconds(agent.clock.now() - start)}; what ${from} changed since is kept in ${m.id}`
  )
  notes.push(`restored ${target.id}; the ${from} state is kept as ${m.id}`)
  return target
}

/** The restore request of the config, unless it was applied already ('' is none). */
const pending = (agent: Agent, record: StateRecord | undefined): string | undefined => {
  const r = agent.config.restoreRequest
  return r && r !== record?.request ? r : undefined
}

/** What the next record keeps of requests: the one applied now, else the last one. */
function requestOf(agent: Agent, record: StateRecord | undefined): { request?: string } {
  const r = pending(agent, record) ?? record?.request
  return r ? { request: r } : {}
}

/**
 * Command restore asked for a restore point of this version's state: the current state
 * goes into a restore point, then the chosen one is put back (checked against its manifest).
 */
async function requested(
  agent: Agent,
  me: Identity,
  record: StateRecord,
  notes: string[]
): Promise<{ id: string } | undefined> {
  const request = pending(agent, record)
  if (!request) return undefined
  const id = requestedPoint(request)!
  if (backupRestoreAt(id) !== undefined) return requestedBackup(agent, me, record.version, notes)
  const target = (await listRestorePoints(agent)).find((p) => p.id === id)
  if (!target)
    throw new Error(
      `restore point ${id} (asked for by command restore) is not on EFS: nothing was changed. Pick one of the opscenter-ha:restore-points tag, or look in ${STATE.dir}/${STATE.restorePoints} on EFS`
    )
  if (target.version !== record.version)
    throw new Error(
      `restore point ${id} holds an OpsCenter ${target.version} state and this image runs ${record.version}: nothing was changed. Deploy ${target.version} with on-downgrade: restore instead`
    )
  const who = { instanceId: me.instanceId, amiId: me.amiId }
  const taken = await takeRestorePoint(agent, who, record.version, record.version)
  await restorePoint(agent, target)
  agent.log(
    `state: restored ${id} as command restore asked; the state before is kept as ${taken.manifest.id}`
  )
  notes.push(`restored ${id} (command restore); the state before is kept as ${taken.manifest.id}`)
  return target
}

/**
 * Command restore of an AWS Backup recovery point: the folder its restore job made must hold
 * this image's version's state; the live state (if any) goes into a restore point first.
 */
async function requestedBackup(
  agent: Agent,
  me: Identity,
  image: string,
  notes: string[]
): Promise<{ id: string } | undefined> {
  const request = agent.config.restoreRequest
  const id = request && requestedPoint(request)
  if (!id || backupRestoreAt(id) === undefined) return undefined
  const found = await findBackupRestore(agent, id)
  if (found.version !== image)
    throw new Error(
      `${found.folder} (the AWS Backup restore command restore asked for) holds an OpsCenter ${found.version} state and this image runs ${image}: nothing was changed. ` +
        `Deploy ${found.version}, then run command restore with the recovery point again; delete ${found.folder} from EFS once done with it`
    )
  let kept = ''
  if (await hasState(agent)) {
    const who = { instanceId: me.instanceId, amiId: me.amiId }
    const taken = await takeRestorePoint(agent, who, image, image)
    kept = `; the state before is kept as ${taken.manifest.id}`
  }
  const start = agent.clock.now()
  await applyBackupRestore(agent, found)
  agent.log(
    `state: restored ${found.folder} from AWS Backup as command restore asked, in ${seconds(agent.clock.now() - start)}${kept}`
  )
  notes.push(`restored ${found.folder} (AWS Backup, command restore)${kept}`)
  return { id: found.folder }
}

/** The newest restore point of `version`'s state: what a downgrade to it restores. */
async function pointFor(agent: Agent, version: string, from: string): Promise<Manifest> {
  const all = await listRestorePoints(agent)
  const found = all.filter((p) => p.version === version).pop()
  if (!found)
    throw new Error(
      `OpsCenter ${version} is older than the state's ${from} and there is no restore point of a ${version} state to restore: nothing was changed. Set on-downgrade: keep to start ${version} on the ${from} state, or deploy ${from}`
    )
  return found
}

function nextRecord(
  agent: Agent,
  me: Identity,
  was: StateRecord | undefined,
  image: string,
  restored: { id: string } | undefined
): StateRecord {
  const now = new Date(agent.clock.now()).toISOString()
  if (was?.version === image)
    return {
      ...was,
      instanceId: me.instanceId,
      amiId: me.amiId,
      ...(restored ? { restoredFrom: restored.id } : {})
    }
  const history = was ? [{ version: was.version, since: was.since }, ...was.history] : []
  return {
    version: image,
    since: now,
    instanceId: me.instanceId,
    amiId: me.amiId,
    ...(restored ? { restoredFrom: restored.id } : {}),
    history: history.slice(0, 50)
  }
}

/**
 * Keeps every restore point younger than DEFAULTS.keepRestorePointDays, the newest of each
 * version an AMI of the stack still runs (what the controller's retention kept: any of them
 * can be deployed again and restore), the newest of each of the last keepRestorePoints
 * versions that ran on the state, and the keepRestorePoints newest besides; removes the
 * rest. When EC2 cannot list the AMIs, nothing is removed. Returns what is kept, newest first.
 */
async function prune(
  agent: Agent,
  record: StateRecord,
  retained: Set<string> | undefined
): Promise<Manifest[]> {
  const keep = agent.config.keepRestorePoints ?? DEFAULTS.keepRestorePoints
  const all = await listRestorePoints(agent)
  if (!retained) return [...all].reverse()
  const young = agent.clock.now() - DEFAULTS.keepRestorePointDays * 86_400_000
  const versions = [record.version, ...record.history.map((h) => h.version)]
  const recent = [...new Set(versions)].slice(0, keep + 1)
  const wanted = new Set(all.slice(-keep).map((p) => p.id))
  for (const p of all) if (Date.parse(p.takenAt) > young) wanted.add(p.id)
  for (const v of [...recent, ...retained]) {
    const newest = all.filter((p) => p.version === v).pop()
    if (newest) wanted.add(newest.id)
  }
  for (const p of all.filter((x) => !wanted.has(x.id))) {
    await dropPoint(agent, p.id)
    agent.log(`state: removed restore point ${p.id} (older than what retention keeps)`)
  }
  return all.filter((p) => wanted.has(p.id)).reverse()
}

/** The OpsCenter versions of the stack's AMIs that exist; undefined when EC2 cannot say (never rejects). */
export async function retainedVersions(agent: Agent): Promise<Set<string> | undefined> {
  try {
    const out = await aws(agent, () =>
      agent.ec2.send(
        new DescribeImagesCommand({
          Owners: ['self'],
          Filters: [{ Name: `tag:${TAGS.stack}`, Values: [agent.config.stackName] }]
        })
      )
    )
    const versions = (out.Images ?? []).map(
      (i) => i.Tags?.find((t) => t.Key === TAGS.opscenterVersion)?.Value
    )
    return new Set(versions.filter((v): v is string => !!v))
  } catch (err) {
    agent.log(
      `state: the stack's AMIs could not be listed (${errorText(err)}): no restore point is removed this boot`
    )
    return undefined
  }
}

/** The version the image was baked with (IMAGE_VERSION_PATH, written by the recipe). */
export async function imageVersion(agent: Agent): Promise<string> {
  const file = path(agent, IMAGE_VERSION_PATH)
  try {
    const v = (await readFile(file, 'utf8')).trim()
    if (v) return v
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  throw new Error(
    `${file} is missing or empty: the recipe's install-opscenter.sh writes the OpsCenter version there; bake the image with packer/`
  )
}

const recordPath = (agent: Agent): string => join(stateDir(agent), STATE.file)

export async function readRecord(agent: Agent): Promise<StateRecord | undefined> {
  let text: string
  try {
    text = await readFile(recordPath(agent), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  try {
    const r = JSON.parse(text) as StateRecord
    if (typeof r.version !== 'string' || !r.version) throw new Error('no version')
    return { ...r, history: Array.isArray(r.history) ? r.history : [] }
  } catch (err) {
    throw new Error(
      `${recordPath(agent)} cannot be read (${errorText(err)}): it records which OpsCenter version last started on the state. Put the version in it ({"version": "6.8.x", ...}) or remove it to have the state treated as of an unknown version`,
      { cause: err }
    )
  }
}

/** Written through a temporary name: a crash leaves the old record or the new one. */
async function writeRecord(agent: Agent, r: StateRecord): Promise<void> {
  const file = recordPath(agent)
  await mkdir(stateDir(agent), { recursive: true })
  await writeFile(`${file}.tmp`, JSON.stringify(r, null, 1) + '\n')
  await rename(`${file}.tmp`, file)
}

/** Tag values hold 256 characters. */
const MAX_TAG = 255

/** What plan shows of a downgrade: the state's version and age, and the restore points. */
async function tagState(
  agent: Agent,
  instanceId: string,
  r: StateRecord,
  kept: Manifest[]
): Promise<void> {
  const newestOf = new Map<string, string>()
  for (const p of kept) if (!newestOf.has(p.version)) newestOf.set(p.version, p.id)
  let list = ''
  for (const id of newestOf.values()) {
    const next = list ? `${list} ${id}` : id
    if (next.length > MAX_TAG) break
    list = next
  }
  await aws(agent, () =>
    agent.ec2.send(
      new CreateTagsCommand({
        Resources: [instanceId],
        Tags: [
          { Key: TAGS.stateVersion, Value: r.version },
          { Key: TAGS.stateSince, Value: r.since },
          { Key: TAGS.restorePoints, Value: list }
        ]
      })
    )
  )
}
