// Everything the controller talks to, in one object, so tests swap any of it: the clock
// (no real waits in tests), the AWS clients, the deploy lock, the command runner (packer)
// and fetch.
import { exec } from '@actions/exec'
import * as github from '@actions/github'
import { systemClock, type Clock } from '../shared/clock.js'
import { buildClients, type Clients } from './clients.js'
import { githubDeployments, type DeploymentTracker } from './deployment.js'
import { takeLock, type HeldLock, type LockIo, type LockSettings } from './lock.js'

export interface RunOptions {
  cwd: string
  /** Called with each line the command prints (stdout and stderr). */
  onLine: (line: string) => void
}
/** Runs a command without a shell; resolves to its exit code. */
export type Runner = (cmd: string, args: string[], opts: RunOptions) => Promise<number>

/** Creates or updates a pull request comment (the `plan` output). */
export type Commenter = (body: string, marker: string) => Promise<string | undefined>

export interface Deps {
  clock: Clock
  /** Built lazily from the validated region, so bad input never reaches AWS. */
  clients: (region: string, clock?: Clock) => Clients
  /** Takes the stack's deploy lock (every command but plan). */
  lock: (io: LockIo, settings: LockSettings) => Promise<HeldLock>
  exec: Runner
  fetch: typeof fetch
  /** Undefined outside a pull_request event or without a token. */
  commenter: (token: string | undefined) => Commenter | undefined
  /** Undefined without a token and a deployment-environment. */
  deployments: (
    token: string | undefined,
    environment: string | undefined
  ) => DeploymentTracker | undefined
  /** Ends the process after SIGINT/SIGTERM has been reported. */
  exit: (code: number) => void
}

export const execRunner: Runner = (cmd, args, opts) =>
  exec(cmd, args, {
    cwd: opts.cwd,
    ignoreReturnCode: true,
    silent: true,
    listeners: { stdline: opts.onLine, errline: opts.onLine }
  })

/** Comments on the pull request of a pull_request event, replacing our earlier comment. */
export function githubCommenter(token: string | undefined): Commenter | undefined {
  const ctx = github.context
  const pr = ctx.payload.pull_request
  if (!token || !pr || !ctx.eventName.startsWith('pull_request')) return undefined
  return async (body, marker) => {
    const octokit = github.getOctokit(token)
    const { owner, repo } = ctx.repo
    const issue_number = pr.number
    const comments = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number,
      per_page: 100
    })
    const mine = comments.data.find((c) => c.body?.includes(marker))
    const text = `${marker}\n${body}`
    if (mine) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text })
      return mine.html_url
    }
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number,
      body: text
    })
    return created.data.html_url
  }
}

export const defaultDeps: Deps = {
  clock: systemClock,
  clients: buildClients,
  lock: takeLock,
  exec: execRunner,
  fetch: (...args) => fetch(...args),
  deployments: githubDeployments,
  commenter: githubCommenter,
  exit: (code) => process.exit(code)
}
