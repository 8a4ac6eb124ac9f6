// Phase 1: the desired AMI. The recipe hash says what an AMI is made of; an available AMI
// of this stack carrying the hash is reused (so reverting a PR rolls back without a bake),
// otherwise Packer bakes one and we tag it and its snapshots.
import * as core from '@actions/core'
import {
  CreateTagsCommand,
  DescribeImagesCommand,
  type Filter,
  type Image
} from '@aws-sdk/client-ec2'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { PACKER_VARS, TAGS } from '../../shared/contract.js'
import { hasCode, waitFor, withRetry } from '../../shared/retry.js'
import type { Timeline } from '../context/timeline.js'
import { artifactAmi, displayLine, parseMachineLine } from './packer.js'
import type { Clients, Deps } from '../context/context.js'
import { opscenterVersion } from './var-file.js'
import type { BaseAmi, Options } from '../context/options.js'

/** Files Packer or the shell may leave in the recipe folder that are not the recipe. */
const IGNORED = new Set(['manifest.json', 'packer_cache', 'crash.log', 'node_modules'])

export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || IGNORED.has(e.name)) continue
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

/** sha256 over the packer folder, the var-file, the agent bundle and the base AMI id. */
export function recipeHash(
  opts: Pick<Options, 'packerDir' | 'packerVarFile' | 'agentDir'>,
  baseAmiId: string
): string {
  const h = createHash('sha256')
  const add = (label: string, content: Buffer | string): void => {
    const buf = typeof content === 'string' ? Buffer.from(content) : content
    h.update(`${label}\0${buf.length}\0`)
    h.update(buf)
  }
  for (const f of listFiles(opts.packerDir))
    add(`packer/${f}`, readFileSync(join(opts.packerDir, f)))
  add('var-file', readFileSync(opts.packerVarFile))
  for (const f of listFiles(opts.agentDir)) add(`agent/${f}`, readFileSync(join(opts.agentDir, f)))
  add('base-ami', baseAmiId)
  return h.digest('hex')
}

function newest(images: Image[]): Image | undefined {
  return [...images].sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0]
}

async function describeImages(
  deps: Deps,
  clients: Clients,
  input: { Owners?: string[]; Filters?: Filter[]; ImageIds?: string[] }
): Promise<Image[]> {
  const images: Image[] = []
  let NextToken: string | undefined
  do {
    const page = await withRetry(
      () => clients.ec2.send(new DescribeImagesCommand({ ...input, NextToken })),
      { clock: deps.clock }
    )
    images.push(...(page.Images ?? []))
    NextToken = page.NextToken
  } while (NextToken)
  return images
}

/** One image by id, or undefined when EC2 does not know it. */
export async function describeImage(
  deps: Deps,
  clients: Clients,
  id: string
): Promise<Image | undefined> {
  try {
    return (await describeImages(deps, clients, { ImageIds: [id] }))[0]
  } catch (err) {
    if (hasCode(err, 'InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable', 'InvalidAMIID.Malformed'))
      return undefined
    throw err
  }
}

/** An AMI and the OpsCenter version it was baked with (its tag), for the summary's story. */
export async function imageOf(
  deps: Deps,
  clients: Clients,
  amiId: string | undefined
): Promise<{ amiId: string; version?: string; baseAmiId?: string } | undefined> {
  if (!amiId) return undefined
  const image = await describeImage(deps, clients, amiId).catch(() => undefined)
  const tag = (key: string) => image?.Tags?.find((t) => t.Key === key)?.Value
  return { amiId, version: tag(TAGS.opscenterVersion), baseAmiId: tag(TAGS.baseAmi) }
}

export async function resolveBaseAmi(deps: Deps, clients: Clients, base: BaseAmi): Promise<string> {
  if ('id' in base) return base.id
  const images = await describeImages(deps, clients, {
    Owners: [base.owner],
    Filters: [
      { Name: 'name', Values: [base.namePattern] },
      { Name: 'state', Values: ['available'] }
    ]
  })
  const img = newest(images)
  if (!img?.ImageId)
    throw new Error(
      `base-ami: no available image of owner ${base.owner} matches "${base.namePattern}" in this region`
    )
  return img.ImageId
}

export async function findReusable(
  deps: Deps,
  clients: Clients,
  stackName: string,
  hash: string
): Promise<Image | undefined> {
  const images = await describeImages(deps, clients, {
    Owners: ['self'],
    Filters: [
      { Name: `tag:${TAGS.recipeHash}`, Values: [hash] },
      { Name: `tag:${TAGS.stack}`, Values: [stackName] },
      { Name: 'state', Values: ['available'] }
    ]
  })
  return newest(images)
}

export interface Resolved {
  amiId: string
  recipeHash: string
  version?: string
  /** What happened: reused an AMI, baked one, took the ami-id input, or (plan) would bake. */
  source: 'input' | 'reused' | 'baked' | 'would-bake'
  baseAmiId?: string
}

async function bake(
  opts: Options,
  deps: Deps,
  timeline: Timeline,
  baseAmiId: string,
  hash: string
): Promise<string> {
  const errors: string[] = []
  let ami: string | undefined
  const onLine = (line: string): void => {
    const m = parseMachineLine(line)
    if (m) {
      ami = artifactAmi(m, opts.region) ?? ami
      if (m.type === 'ui' && m.data[0] === 'error') errors.push(m.data.slice(1).join(','))
    }
    core.info(displayLine(line))
  }
  const run = async (args: string[]): Promise<void> => {
    const code = await deps.exec('packer', args, { cwd: opts.packerDir, onLine })
    if (code !== 0) {
      const why = errors.length ? `: ${errors.slice(-3).join(' | ')}` : ''
      throw new Error(
        `packer ${args[0]} failed with exit code ${code}${why} (see the packer log group above)`
      )
    }
  }
  timeline.log(`baking a new AMI from ${baseAmiId} with packer (recipe ${hash.slice(0, 12)})`)
  await core.group('packer init', () => run(['init', '.']))
  await core.group('packer build', () =>
    run([
      'build',
      '-machine-readable',
      `-var-file=${opts.packerVarFile}`,
      '-var',
      `${PACKER_VARS.baseAmi}=${baseAmiId}`,
      '-var',
      `${PACKER_VARS.recipeHash}=${hash}`,
      '-var',
      `${PACKER_VARS.gitSha}=${opts.gitSha}`,
      '-var',
      `${PACKER_VARS.stackName}=${opts.stackName}`,
      '-var',
      `${PACKER_VARS.region}=${opts.region}`,
      '-var',
      `${PACKER_VARS.agentDir}=${opts.agentDir}`,
      '.'
    ])
  )
  if (!ami)
    throw new Error(
      `packer build succeeded but printed no artifact id for ${opts.region}: check the builder's region`
    )
  return ami
}

/** Tags an AMI and its EBS snapshots so it can be found (recipe hash) and retired (stack). */
async function tagImage(
  opts: Options,
  deps: Deps,
  clients: Clients,
  ami: string,
  hash: string,
  version: string | undefined,
  baseAmiId: string
): Promise<void> {
  // Freshly registered images can take a moment to show up: wait, bounded.
  const image = await waitFor(
    `${ami} to be described`,
    async () => (await describeImages(deps, clients, { ImageIds: [ami] }))[0],
    { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
  )
  const snapshots = (image.BlockDeviceMappings ?? [])
    .map((b) => b.Ebs?.SnapshotId)
    .filter((s): s is string => !!s)
  const tags = [
    { Key: TAGS.stack, Value: opts.stackName },
    { Key: TAGS.recipeHash, Value: hash },
    { Key: TAGS.opscenterVersion, Value: version ?? 'unknown' },
    { Key: TAGS.gitSha, Value: opts.gitSha || 'unknown' },
    { Key: TAGS.baseAmi, Value: baseAmiId || 'unknown' },
    {
      Key: 'Name',
      Value: `${opts.stackName}-opscenter-${version ?? 'unknown'}-${hash.slice(0, 12)}`
    }
  ]
  await withRetry(
    () => clients.ec2.send(new CreateTagsCommand({ Resources: [ami, ...snapshots], Tags: tags })),
    { clock: deps.clock }
  )
}

/** The desired AMI without baking: the ami-id input, an AMI with the recipe's hash, or would-bake. */
export async function lookupAmi(
  opts: Options,
  deps: Deps,
  clients: Clients,
  timeline: Timeline
): Promise<Resolved> {
  if (opts.amiId) {
    timeline.log(`using ${opts.amiId} from the ami-id input (no recipe hash, no bake)`)
    return { amiId: opts.amiId, recipeHash: '', source: 'input' }
  }
  const version = opscenterVersion(opts.packerVarFile)
  const baseAmiId = await resolveBaseAmi(deps, clients, opts.baseAmi)
  const hash = recipeHash(opts, baseAmiId)
  timeline.log(
    `recipe hash ${hash} (base ${baseAmiId}, OpsCenter ${version ?? 'version not found in var-file'})`
  )
  const found = await findReusable(deps, clients, opts.stackName, hash)
  if (found?.ImageId) {
    timeline.log(
      `reusing ${found.ImageId} (${found.Name ?? 'no name'}, created ${found.CreationDate ?? '?'}): same recipe hash`
    )
    return { amiId: found.ImageId, recipeHash: hash, version, source: 'reused', baseAmiId }
  }
  timeline.log(`no AMI with this recipe hash: a deploy bakes one from ${baseAmiId}`)
  return { amiId: '', recipeHash: hash, version, source: 'would-bake', baseAmiId }
}

/** Bakes the AMI lookupAmi found missing, and tags it so the next run reuses it. */
export async function bakeAmi(
  opts: Options,
  deps: Deps,
  clients: Clients,
  timeline: Timeline,
  missing: Resolved
): Promise<Resolved> {
  const baseAmiId = missing.baseAmiId ?? ''
  const ami = await bake(opts, deps, timeline, baseAmiId, missing.recipeHash)
  await tagImage(opts, deps, clients, ami, missing.recipeHash, missing.version, baseAmiId)
  timeline.log(`baked and tagged ${ami}`)
  return { ...missing, amiId: ami, source: 'baked' }
}
