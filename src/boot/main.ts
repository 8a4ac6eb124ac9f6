// The boot agent's commands, behind one run(): `boot` (systemd oneshot at boot), `watch`
// (the termination watcher) and `stop` (ExecStop at shutdown). Bad usage or a bad config
// file ends it at once with one line, before any AWS call.
import type { Clock } from '../shared/clock.js'
import { systemClock } from '../shared/clock.js'
import {
  awsClients,
  Deadline,
  BOOT_BUDGET_WAITS,
  STOP_BUDGET_WAITS,
  type Agent
} from './context/agent.js'
import { boot } from './boot.js'
import { configPath, loadConfig, rootFolder } from './context/config.js'
import { ImdsClient, type Metadata } from './os/imds.js'
import { errorText, stdoutLog, type Log } from './os/log.js'
import { execRunner, type CommandRunner } from './os/runner.js'
import { terminate } from './steps/terminate.js'
import { watch } from './watch.js'

export const COMMANDS = ['boot', 'watch', 'stop'] as const
export type Command = (typeof COMMANDS)[number]

/** What tests replace; anything left out is the real thing. */
export interface Deps {
  env?: NodeJS.ProcessEnv
  clock?: Clock
  log?: Log
  /** Where the one-line usage and config errors go (default stderr). */
  fail?: Log
  runner?: CommandRunner
  imds?: Metadata
}

export const USAGE = 'usage: node index.js boot|watch|stop'

export async function run(args: string[], deps: Deps = {}): Promise<number> {
  const fail = deps.fail ?? ((line: string) => process.stderr.write(`${line}\n`))
  const command = args[0] as Command
  if (args.length !== 1 || !COMMANDS.includes(command)) {
    fail(`opscenter-ha-boot: unknown command "${args.join(' ')}": ${USAGE}`)
    return 2
  }
  const env = deps.env ?? process.env
  let agent: Agent
  try {
    const root = rootFolder(env)
    const config = loadConfig(configPath(env, root))
    const clock = deps.clock ?? systemClock
    const waits = command === 'boot' ? BOOT_BUDGET_WAITS : STOP_BUDGET_WAITS
    agent = {
      config,
      root,
      clock,
      log: deps.log ?? stdoutLog,
      runner: deps.runner ?? execRunner,
      imds: deps.imds ?? new ImdsClient({ clock }),
      ...awsClients(config.region, clock),
      deadline: new Deadline(clock, waits * config.timeoutSeconds * 1000)
    }
  } catch (err) {
    fail(`opscenter-ha-boot ${command}: ${errorText(err)}`)
    return 2
  }
  try {
    switch (command) {
      case 'boot':
        return await boot(agent)
      case 'watch':
        return await watch(agent)
      case 'stop':
        return await terminate(agent, 'stop')
    }
  } catch (err) {
    agent.log(`${command}: unexpected error: ${errorText(err)}`)
    return 1
  } finally {
    agent.ec2.destroy()
    agent.autoScaling.destroy()
    agent.route53.destroy()
    agent.cloudwatch.destroy()
  }
}
