// A GitHub deployment for the run, when given a token and deployment-environment: created
// `in_progress` when the run starts, then `success` (deployed or unchanged; the OpsCenter URL
// as the environment URL, and the deployment it replaces marked inactive by GitHub:
// auto_inactive) or `failure` (reverted or failed, with the cause). A job that itself runs in
// a GitHub environment already gets a deployment from GitHub: name another one here, or none.
// API: https://docs.github.com/en/rest/deployments/deployments,
// https://docs.github.com/en/rest/deployments/statuses (permission deployments: write).
import * as core from '@actions/core'
import * as github from '@actions/github'
import { OUTPUTS } from '../../shared/contract.js'
import type { DeploymentTracker } from '../context/context.js'

/** GitHub caps a status description at 140 characters. */
const MAX_DESCRIPTION = 140

const cut = (s: string) => (s.length <= MAX_DESCRIPTION ? s : `${s.slice(0, MAX_DESCRIPTION - 1)}…`)

export function githubDeployments(
  token: string | undefined,
  environment: string | undefined
): DeploymentTracker | undefined {
  if (!token || !environment) return undefined
  const octokit = github.getOctokit(token)
  const { owner, repo } = github.context.repo
  const logUrl = `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`
  let id: number | undefined
  const status = async (
    state: 'in_progress' | 'success' | 'failure',
    description: string,
    url?: string
  ) => {
    if (id === undefined) return
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state,
      description: cut(description),
      log_url: logUrl,
      ...(url ? { environment_url: url } : {}),
      auto_inactive: state === 'success'
    })
  }
  return {
    async start(command, stackName) {
      const created = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: github.context.sha,
        environment,
        description: cut(`opscenter-ha ${command} of ${stackName}`),
        auto_merge: false,
        required_contexts: [],
        production_environment: environment === 'production',
        payload: { stack: stackName, command }
      })
      id = 'id' in created.data ? created.data.id : undefined
      if (id === undefined)
        core.warning(`no GitHub deployment created: ${JSON.stringify(created.data)}`)
      await status('in_progress', `${command} of ${stackName} started`)
    },
    async finish(out) {
      const url = out.stackOutputs?.[OUTPUTS.opscenterUrl]
      const ami = out.amiId ?? '?'
      if (out.result === 'deployed') return status('success', `deployed ${ami}`, url)
      if (out.result === 'unchanged')
        return status('success', `unchanged: ${ami} already runs`, url)
      const why = out.result === 'reverted' ? `reverted to ${ami}: ` : 'failed: '
      return status('failure', `${why}${out.cause ?? 'see the job'}`, url)
    }
  }
}
