// The deploy controller: validated inputs, then one command run as a reconciler, then the
// report. Nothing runs on import; everything ends in one catch that fails the step.
import * as core from '@actions/core'
import { POLICY_HOME, withPermissionHint } from './shared/aws.js'
import { systemClock } from './shared/clock.js'
import { DeployError, messageOf } from './controller/context/errors.js'
import { getOptions } from './controller/edges/inputs.js'
import { interruptMessage } from './controller/edges/interrupt.js'
import { Timeline } from './controller/context/timeline.js'
import { setOutputs, writeSummary } from './controller/edges/report.js'
import type { DeploymentTracker, Ctx, Deps } from './controller/context/context.js'
import { closeDowntime, type Outcome } from './controller/context/outcome.js'

/** A GitHub deployment status that cannot be written is a warning, never the run's failure. */
async function report(call: Promise<void> | undefined): Promise<void> {
  try {
    await call
  } catch (err) {
    core.warning(
      `GitHub deployment status not written: ${messageOf(err)} (the token needs deployments: write)`
    )
  }
}

/** How long a cancelled run tries to release its lock before it exits anyway. */
const RELEASE_ON_SIGNAL_MS = 3000

export async function run(overrides: Partial<Deps> = {}): Promise<void> {
  const clock = overrides.clock ?? systemClock
  const timeline = new Timeline(clock)
  let out: Outcome | undefined
  let ctx: Ctx | undefined
  let deployment: DeploymentTracker | undefined
  let exit: (code: number) => void = (code) => process.exit(code)
  const onSignal = (signal: NodeJS.Signals): void => {
    const message = interruptMessage(signal, timeline.lastStarted, out)
    if (out) {
      out.result = 'failed'
      out.cause = message
      closeDowntime(out, clock.now())
      setOutputs(out)
    }
    core.setFailed(message)
    // Free the lock for the next run at once, rather than after its lease; bounded, as the
    // runner sends SIGKILL a few seconds after the cancel.
    const release = ctx?.lock?.release() ?? Promise.resolve()
    void Promise.race([release, new Promise((r) => setTimeout(r, RELEASE_ON_SIGNAL_MS))]).then(() =>
      exit(1)
    )
  }
  try {
    const opts = getOptions()
    out = { command: opts.command, stackName: opts.stackName, changes: [] }
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    // The AWS SDK is loaded only once the inputs are valid: bad input fails fast.
    const { defaultDeps } = await import('./controller/edges/deps.js')
    const { runCommand } = await import('./controller/reconcile/commands.js')
    const deps: Deps = { ...defaultDeps, ...overrides }
    exit = deps.exit
    core.info(`opscenter-ha ${opts.command} of stack ${opts.stackName} in ${opts.region}`)
    ctx = { opts, deps, clients: deps.clients(opts.region, deps.clock), timeline }
    if (opts.command !== 'plan')
      deployment = deps.deployments(opts.githubToken, opts.deploymentEnvironment)
    await report(deployment?.start(opts.command, opts.stackName))
    await runCommand(ctx, out)
    setOutputs(out)
    await writeSummary(out, timeline)
    await report(deployment?.finish(out))
    core.info(`result: ${out.result}`)
  } catch (err) {
    const home = out?.command === 'plan' ? POLICY_HOME.plan : POLICY_HOME.deploy
    const message = withPermissionHint(messageOf(err), home)
    if (out) {
      out.result = err instanceof DeployError ? err.result : 'failed'
      out.cause ??= message
      closeDowntime(out, clock.now())
      setOutputs(out)
      await writeSummary({ ...out, cause: message }, timeline)
      await report(deployment?.finish(out))
    }
    core.setFailed(message)
  } finally {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }
}
