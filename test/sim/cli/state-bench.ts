// The restore-point half of `npm run bench`: what a restore point adds to the prepared
// downtime, and what a restore adds to an automatic revert, for a small and a large state.
// The agent's own code (src/boot/steps/restore-points.ts) copies and hashes a generated
// state on local disk (its CPU and local I/O, measured); what EFS adds is modelled from
// EFS_PERFORMANCE (its latencies and throughput, with their source), and the sum printed.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Agent } from '../../../src/boot/context/agent.js'
import {
  restorePoint,
  takeRestorePoint,
  type Manifest
} from '../../../src/boot/steps/restore-points.js'
import { systemClock } from '../../../src/shared/clock.js'
import { EFS_MOUNT_POINT } from '../../../src/shared/contract.js'
import { EFS_PERFORMANCE as EFS } from '../core/time.js'

const MiB = 1024 * 1024

/**
 * A state like OpsCenter 6.8 keeps (DataStax, "Back up critical configuration data"):
 * opscenterd.conf and logback.xml, a conf per cluster, event plugins, lcm.db and lcm.key,
 * passwd.db, the agents' SSL keystores, the repair service's persist files; `lcmBytes` of
 * lcm.db, the one file that grows (LCM's job history).
 */
function writeState(efs: string, lcmBytes: number): void {
  const put = (rel: string, bytes: number) => {
    const file = join(efs, rel)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, Buffer.alloc(bytes, 0x61))
  }
  put('etc/opscenter/opscenterd.conf', 4096)
  put('etc/opscenter/logback.xml', 6000)
  for (let c = 1; c <= 3; c++) put(`etc/opscenter/clusters/cluster${c}.conf`, 2048)
  for (const p of ['email', 'http', 'snmp', 'syslog', 'posturl', 'logger'])
    put(`etc/opscenter/event-plugins/${p}.conf`, 1024)
  put('etc/opscenter/lcm.key', 64)
  put('var/lib/opscenter/lcm.db', lcmBytes)
  put('var/lib/opscenter/passwd.db', 16 * 1024)
  for (const k of ['agentKeyStore', 'opscenter.key', 'opscenter.pem', 'agentKeyStore.pem'])
    put(`var/lib/opscenter/ssl/${k}`, 4096)
  for (let c = 1; c <= 3; c++) put(`var/lib/opscenter/repair_service/cluster${c}.json`, 8192)
  mkdirSync(join(efs, 'var/lib/opscenter/failover'), { recursive: true })
}

/** EFS's share of one copy of the state: per file an open for read and a create and close
 * (write latency), per folder a mkdir, then the bytes through one stream. */
export function efsCopyMs(m: Pick<Manifest, 'files' | 'dirs' | 'links' | 'bytes'>): number {
  const ops = m.files.length * (EFS.readOpMs + 2 * EFS.writeOpMs)
  const dirs = (m.dirs.length + m.links.length) * EFS.writeOpMs
  const stream = Math.min(EFS.perClientMiBps, EFS.wsizeMiB / (EFS.writeOpMs / 1000))
  return ops + dirs + (m.bytes / MiB / stream) * 1000
}

export const FORMULA =
  `copy on EFS = files x (read ${EFS.readOpMs} ms + 2 x write ${EFS.writeOpMs} ms) + (folders + links) x ${EFS.writeOpMs} ms` +
  ` + bytes / min(${EFS.perClientMiBps} MiBps per client, ${EFS.wsizeMiB} MiB per ${EFS.writeOpMs} ms write), plus the agent's own hashing and local copy (measured)`

export interface StateCost {
  label: string
  files: number
  bytes: number
  /** Restore point before a different version starts: measured local ms, modelled EFS ms. */
  take: { localMs: number; efsMs: number }
  /** A restore: the failed state's point, then the staged copy back and the swap. */
  restore: { localMs: number; efsMs: number }
}

/** Runs the agent's copy code on a generated state of about `mb` MB. */
export async function measureState(label: string, lcmBytes: number): Promise<StateCost> {
  const root = mkdtempSync(join(tmpdir(), 'opscenter-ha-state-bench-'))
  try {
    const efs = join(root, EFS_MOUNT_POINT)
    writeState(efs, lcmBytes)
    const agent = { root, clock: systemClock, log: () => undefined } as unknown as Agent
    const who = { instanceId: 'i-bench', amiId: 'ami-bench' }
    const taken = await takeRestorePoint(agent, who, '6.8.51', '6.8.52')
    const again = await takeRestorePoint(agent, who, '6.8.52', '6.8.51')
    const t0 = Date.now()
    await restorePoint(agent, taken.manifest)
    const restoreLocal = Date.now() - t0
    const m = taken.manifest
    return {
      label,
      files: m.files.length,
      bytes: m.bytes,
      take: { localMs: taken.ms, efsMs: efsCopyMs(m) },
      restore: { localMs: again.ms + restoreLocal, efsMs: 2 * efsCopyMs(m) }
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The two states the issue names: 5 MB, and 200 MB with a large lcm.db. */
export const STATES: [string, number][] = [
  ['5 MB', 5 * 1000 * 1000 - 100_000],
  ['200 MB', 200 * 1000 * 1000 - 100_000]
]
