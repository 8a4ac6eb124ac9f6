// The real things the controller talks to (the Deps of context/context.ts): the system clock,
// the SDK clients, the DynamoDB lock, packer through @actions/exec, fetch, and GitHub's PR
// comments and deployments. Tests swap any of them.
import { exec } from '@actions/exec'
import * as github from '@actions/github'
import { systemClock } from '../../shared/clock.js'
import { buildClients } from '../aws/clients.js'
import { githubDeployments } from './deployment.js'
import { takeLock } from './lock.js'
import type { Runner, Commenter, Deps } from '../context/context.js'

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
