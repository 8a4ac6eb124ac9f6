// What the boot leaves for the watchdog once OpsCenter serves: the claimed ENI and the URL
// opscenterd answers on. Local disk under /run: a reboot wipes it, so a watchdog never
// probes before this boot has reported healthy again.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { SERVING_STATE_PATH } from '../../shared/contract.js'
import { path, type Agent } from '../context/agent.js'
import type { Claim } from './eni.js'

export interface Serving extends Claim {
  instanceId: string
  /** Where opscenterd answers (the boot's own probe URL). */
  url: string
  /** The certificate it serves there (https): the only one the watchdog trusts. */
  fingerprint?: string
}

export async function writeServing(agent: Agent, serving: Serving): Promise<void> {
  const file = path(agent, SERVING_STATE_PATH)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, JSON.stringify(serving))
  await rename(`${file}.tmp`, file)
}

/** The serving state, or undefined while the boot has not reported healthy. */
export async function readServing(agent: Agent): Promise<Serving | undefined> {
  try {
    return JSON.parse(await readFile(path(agent, SERVING_STATE_PATH), 'utf8')) as Serving
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

export async function clearServing(agent: Agent): Promise<void> {
  await rm(path(agent, SERVING_STATE_PATH), { force: true })
}
