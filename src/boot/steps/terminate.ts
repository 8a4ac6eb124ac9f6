// Letting go, on the terminate lifecycle hook (`watch.ts`) or at shutdown (`stop`): stop
// opscenterd and wait for it, sync, unmount, detach the ENI, then complete the hook. Each
// step is idempotent and the exit code says whether one failed. The ENI is the single-brain
// lock (a replacement in any zone waits for it), so it is let go only once opscenterd is
// stopped and EFS unmounted; otherwise it stays held until EC2 has shut this instance down.
import {
  DescribeNetworkInterfacesCommand,
  DetachNetworkInterfaceCommand
} from '@aws-sdk/client-ec2'
import {
  EFS_MOUNT_POINT,
  HOOKS,
  LOCAL_DIRS,
  ROLES,
  SHARED_DIRS,
  TAGS
} from '../../shared/contract.js'
import { hasCode } from '../../shared/retry.js'
import {
  aws,
  Deadline,
  path,
  STOP_BUDGET_WAITS,
  timeoutMs,
  wait,
  type Agent
} from '../context/agent.js'
import { efsHung } from './health.js'
import { errorText, seconds } from '../os/log.js'
import { completeHook, describeOutcome, stampServiceStop, tagPhase } from './report.js'
import { isMountPoint, must } from '../os/runner.js'
import { SERVICE } from './service.js'

export const TARGET_LIFECYCLE_STATE = 'autoscaling/target-lifecycle-state'

/** The termination sequence. `stop` at shutdown tolerates having no hook to complete. */
export async function terminate(agent: Agent, mode: 'watch' | 'stop'): Promise<number> {
  const t0 = agent.clock.now()
  // `watch` may have polled for days: the sequence gets its own bound from now.
  agent.deadline = new Deadline(agent.clock, STOP_BUDGET_WAITS * timeoutMs(agent))
  const seq = new Sequence(agent)
  agent.log(`${mode}: releasing this instance (stop ${SERVICE}, unmount, detach the ENI)`)
  await seq.step('identity', async () => {
    seq.instanceId = await agent.imds.get('instance-id')
    if (!seq.instanceId) throw new Error('IMDS has no meta-data/instance-id')
    return seq.instanceId
  })
  await seq.step('tag', async () => {
    await tagPhase(agent, seq.id(), 'stopping', null)
    return 'phase stopping'
  })
  // A hung EFS (the NFS server stopped answering) blocks opscenterd, sync and umount in
  // the kernel: none of them can finish, so none is tried. The ENI stays with this instance
  // and the hook is completed at once: EC2's shutdown ends opscenterd, and a replacement
  // takes the ENI the moment this instance no longer runs.
  const hung = await efsHung(agent)
  if (hung) {
    seq.failed++
    agent.log(
      `release: EFS does not answer (a hung NFS mount): not stopping ${SERVICE} or unmounting (both would block), the ENI stays until EC2 has shut this instance down`
    )
  } else {
    const stopped = await seq.step('stop-service', () => stopService(agent, seq.instanceId))
    await seq.step('sync', async () => {
      await must(agent.runner, 'sync', [])
      return 'flushed'
    })
    const unmounted = await seq.step('unmount', () => unmountAll(agent))
    await letGoOfEni(agent, seq, stopped, unmounted)
  }
  await seq.step('hook', async () => {
    const outcome = await completeHook(agent, seq.id(), HOOKS.terminate, 'CONTINUE')
    if (outcome !== 'completed' && mode === 'watch')
      throw new Error(describeOutcome(HOOKS.terminate, 'CONTINUE', outcome))
    return describeOutcome(HOOKS.terminate, 'CONTINUE', outcome)
  })
  const total = seconds(agent.clock.now() - t0)
  agent.log(
    seq.failed
      ? `${mode}: released with ${seq.failed} failed step(s) in ${total}: see above`
      : `${mode}: released in ${total}`
  )
  return seq.failed ? 1 : 0
}

/** The release's steps: each logged with its duration; a failure is counted, never fatal. */
class Sequence {
  failed = 0
  instanceId: string | undefined

  constructor(private readonly agent: Agent) {}

  async step(name: string, fn: () => Promise<string>): Promise<boolean> {
    const start = this.agent.clock.now()
    const took = (): string => seconds(this.agent.clock.now() - start)
    try {
      const note = await fn()
      this.agent.log(`${name}: ${note} (${took()})`)
      return true
    } catch (err) {
      this.failed++
      this.agent.log(`${name}: FAILED after ${took()}: ${errorText(err)}`)
      return false
    }
  }

  id(): string {
    if (!this.instanceId) throw new Error('instance id unknown (IMDS failed): skipped')
    return this.instanceId
  }
}

/**
 * The ENI goes only once opscenterd is stopped and EFS unmounted: otherwise a second brain
 * could start elsewhere while this one still writes. Kept, it is freed when EC2 shuts down.
 */
async function letGoOfEni(
  agent: Agent,
  seq: Sequence,
  stopped: boolean,
  unmounted: boolean
): Promise<void> {
  if (!stopped || !unmounted) {
    seq.failed++
    agent.log(
      `detach: SKIPPED: ${stopped ? 'EFS is still mounted' : `${SERVICE} may still run`}, so the ENI stays attached: the next instance waits until EC2 has shut this one down`
    )
    return
  }
  // `released` only when it is true: a detach that failed leaves the ENI held.
  if (!(await seq.step('detach', () => detachOwnEni(agent, seq.id())))) return
  await seq.step('tag', async () => {
    await tagPhase(agent, seq.id(), 'released', null)
    return 'phase released'
  })
}

/**
 * `systemctl stop`, then wait until `systemctl is-active` no longer says active. A serving
 * opscenterd's stop is stamped on the instance (service-stop-at): the downtime starts there.
 */
async function stopService(agent: Agent, instanceId: string | undefined): Promise<string> {
  const was = (await agent.runner.run('systemctl', ['is-active', SERVICE])).stdout.trim()
  const askedAt = agent.clock.now()
  try {
    return await stopAndWait(agent)
  } finally {
    if (was === 'active' && instanceId) await stampServiceStop(agent, instanceId, askedAt)
  }
}

async function stopAndWait(agent: Agent): Promise<string> {
  await must(agent.runner, 'systemctl', ['stop', SERVICE], {
    timeoutMs: agent.deadline.bound(timeoutMs(agent))
  })
  const state = await wait(agent, `${SERVICE} to stop`, async () => {
    const res = await agent.runner.run('systemctl', ['is-active', SERVICE])
    const word = res.stdout.trim()
    // inactive, failed, unknown: not running. active, deactivating, activating: wait.
    return ['inactive', 'failed', 'unknown'].includes(word) ? word : undefined
  })
  return `${SERVICE} ${state}`
}

/** The binds, innermost first, then EFS itself; each only if mounted. */
async function unmountAll(agent: Agent): Promise<string> {
  const targets = [...LOCAL_DIRS, ...[...SHARED_DIRS].reverse(), EFS_MOUNT_POINT].map((p) =>
    path(agent, p)
  )
  const done: string[] = []
  const errors: string[] = []
  for (const target of targets) {
    try {
      if (!(await isMountPoint(agent.runner, target))) continue
      await must(agent.runner, 'umount', [target])
      done.push(target)
    } catch (err) {
      errors.push(errorText(err))
    }
  }
  if (errors.length) throw new Error(errors.join('; '))
  return done.length ? `unmounted ${done.join(', ')}` : 'nothing mounted'
}

/** Detaches this stack's ENI from this instance and waits until it is available. */
async function detachOwnEni(agent: Agent, instanceId: string): Promise<string> {
  const out = await aws(agent, () =>
    agent.ec2.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [
          { Name: `tag:${TAGS.stack}`, Values: [agent.config.stackName] },
          { Name: `tag:${TAGS.role}`, Values: [ROLES.eni] },
          { Name: 'attachment.instance-id', Values: [instanceId] }
        ]
      })
    )
  )
  const enis = out.NetworkInterfaces ?? []
  if (enis.length === 0) return 'no ENI of this stack attached'
  const ids: string[] = []
  for (const eni of enis) {
    const id = eni.NetworkInterfaceId!
    ids.push(id)
    if (eni.Attachment?.Status !== 'detaching') {
      try {
        await aws(agent, () =>
          agent.ec2.send(
            new DetachNetworkInterfaceCommand({ AttachmentId: eni.Attachment?.AttachmentId })
          )
        )
      } catch (err) {
        if (!hasCode(err, 'InvalidAttachmentID.NotFound')) throw err
      }
    }
    await wait(agent, `${id} to be available`, async () => {
      const now = await agent.ec2.send(
        new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [id] })
      )
      const att = now.NetworkInterfaces?.[0]?.Attachment
      const free = !att || att.Status === 'detached' || att.InstanceId !== instanceId
      return free ? true : undefined
    })
  }
  return `detached ${ids.join(', ')}`
}
