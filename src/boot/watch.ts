// `watch`, the process that runs beside OpsCenter for the instance's whole life: it polls
// IMDS for the target lifecycle state and runs the release on Terminated; and once the boot
// has reported healthy it is the watchdog: it probes OpsCenter every healthIntervalSeconds,
// sends the heartbeat metric while every probe passes, and after unhealthyAfterSeconds of
// failure has Auto Scaling replace the instance (the terminate hook then releases EFS and
// the ENI as for any termination). It never marks an instance unhealthy while the boot
// runs (nothing is serving yet) or once the instance is terminating.
import { SetInstanceHealthCommand } from '@aws-sdk/client-auto-scaling'
import { HEALTH, METRICS, PHASE } from '../shared/contract.js'
import { aws, pollMs, type Agent } from './context/agent.js'
import { probeAll } from './steps/health.js'
import { errorText, seconds } from './os/log.js'
import { putMetric } from './steps/metrics.js'
import { tagPhase } from './steps/report.js'
import { readServing, type Serving } from './steps/serving.js'
import { TARGET_LIFECYCLE_STATE, terminate } from './steps/terminate.js'
import { Watchdog, type Verdict } from './watchdog.js'

export async function watch(agent: Agent): Promise<number> {
  let last: string | undefined = ''
  const health = new HealthLoop(agent)
  agent.log(`watch: polling IMDS ${TARGET_LIFECYCLE_STATE} every ${seconds(pollMs(agent))}`)
  for (;;) {
    let state: string | undefined
    let seen: string
    try {
      state = await agent.imds.get(TARGET_LIFECYCLE_STATE)
      seen = state ?? '(none: not in an Auto Scaling group yet)'
    } catch (err) {
      seen = `(IMDS error: ${errorText(err)})`
    }
    if (seen !== last) agent.log(`watch: target lifecycle state ${seen}`)
    last = seen
    if (state === 'Terminated') return terminate(agent, 'watch')
    // A watchdog hiccup (IMDS or an API call throwing) is logged; the watcher goes on.
    if (state === 'InService')
      await health
        .tick()
        .catch((err: unknown) => agent.log(`health: round failed: ${errorText(err)}`))
    await agent.clock.sleep(pollMs(agent))
  }
}

const ms = (s: number) => s * 1000

/** The watchdog's schedule and memory, across the watcher's polls. */
class HealthLoop {
  private watchdog: Watchdog | undefined
  private serving: Serving | undefined
  private nextProbe = 0
  private nextBeat = 0
  private lastProblems = ''
  private marked = false

  constructor(private readonly agent: Agent) {}

  private get interval(): number {
    return ms(this.agent.config.healthIntervalSeconds ?? HEALTH.intervalSeconds)
  }

  async tick(): Promise<void> {
    const now = this.agent.clock.now()
    if (this.marked || now < this.nextProbe) return
    this.nextProbe = now + this.interval
    if (!(await this.ready(now))) return
    const problems = await probeAll(this.agent, this.serving!)
    const verdict = this.watchdog!.observe(now, problems)
    this.report(verdict)
    if (verdict.kind === 'ok') await this.heartbeat()
    if (verdict.kind === 'unhealthy') await this.markUnhealthy(verdict)
  }

  /** Serving starts when the boot leaves its state; until then there is nothing to probe. */
  private async ready(now: number): Promise<boolean> {
    if (this.watchdog) return true
    try {
      this.serving = await readServing(this.agent)
    } catch (err) {
      this.agent.log(`health: cannot read the boot's serving state: ${errorText(err)}`)
    }
    if (!this.serving) return false
    const c = this.agent.config
    const after = ms(c.unhealthyAfterSeconds ?? HEALTH.unhealthyAfterSeconds)
    this.watchdog = new Watchdog(after, now)
    this.agent.log(
      `health: watching ${this.serving.url}, EFS, ${this.serving.eniId} and its route every ${seconds(this.interval)}; unhealthy after ${seconds(after)} of failures`
    )
    return true
  }

  /** One line when the problems change, so a long failure is not a line every interval. */
  private report(v: Verdict): void {
    const text = v.kind === 'ok' ? '' : v.problems.join('; ')
    if (text === this.lastProblems) return
    if (v.kind === 'ok') this.agent.log(`health: passing again (was: ${this.lastProblems})`)
    else this.agent.log(`health: failing for ${seconds(v.forMs)}: ${text}`)
    this.lastProblems = text
  }

  private async heartbeat(): Promise<void> {
    const now = this.agent.clock.now()
    if (now < this.nextBeat) return
    this.nextBeat = now + ms(this.agent.config.heartbeatSeconds ?? HEALTH.heartbeatSeconds)
    try {
      await putMetric(this.agent, METRICS.healthy)
    } catch (err) {
      this.agent.log(`health: heartbeat not sent: ${errorText(err)}`)
    }
  }

  /**
   * Tag why, count it, and have the group replace us at once (no grace period: the boot
   * already proved this instance served). A failed call is tried again next round.
   */
  private async markUnhealthy(v: Verdict & { kind: 'unhealthy' }): Promise<void> {
    const id = this.serving!.instanceId
    const reason = `watchdog: unhealthy for ${seconds(v.forMs)}: ${v.problems.join('; ')}`
    if ((await this.agent.imds.get(TARGET_LIFECYCLE_STATE)) !== 'InService') return
    this.agent.log(`health: ${reason}: asking Auto Scaling to replace ${id}`)
    await tagPhase(this.agent, id, PHASE.failed, reason).catch((err: unknown) =>
      this.agent.log(`health: could not tag the reason: ${errorText(err)}`)
    )
    await putMetric(this.agent, METRICS.markedUnhealthy).catch((err: unknown) =>
      this.agent.log(`health: could not count the replacement: ${errorText(err)}`)
    )
    try {
      await aws(this.agent, () =>
        this.agent.autoScaling.send(
          new SetInstanceHealthCommand({
            InstanceId: id,
            HealthStatus: 'Unhealthy',
            ShouldRespectGracePeriod: false
          })
        )
      )
      this.marked = true
      this.agent.log(`health: ${id} marked Unhealthy: Auto Scaling replaces it`)
    } catch (err) {
      this.agent.log(`health: SetInstanceHealth failed, trying again next round: ${errorText(err)}`)
    }
  }
}
