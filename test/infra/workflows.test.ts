// The GitHub workflows' safety properties: pinned actions, no event data in shells, OIDC
// with minimal permissions, deploys that never overlap, and the triggers GitOps relies on.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot, type Json } from './template.js'

const dir = join(repoRoot, '.github', 'workflows')
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
const text = (f: string) => readFileSync(join(dir, f), 'utf8')
const workflow = (f: string): Json => parse(text(f))
const steps = (w: Json): Json[] => Object.values(w.jobs).flatMap((j: Json) => j.steps ?? [])

describe('every workflow', () => {
  it('exists as expected', () => {
    expect(files.sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'deploy.yml',
      'patch.yml',
      'plan.yml',
      'release.yml'
    ])
  })

  it.each(files)('%s pins every action to a full commit sha with a version comment', (f) => {
    const uses = text(f)
      .split('\n')
      .filter((l) => /^\s*(-\s+)?uses:/.test(l))
    expect(uses.length).toBeGreaterThan(0)
    for (const line of uses) {
      if (/uses:\s+\.\//.test(line)) continue
      expect(line).toMatch(/uses:\s+[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/)
    }
  })

  it.each(files)('%s puts no expression into a shell (injection)', (f) => {
    for (const step of steps(workflow(f))) {
      if (step.run) expect(step.run).not.toContain('${{')
    }
  })

  it.each(files)('%s declares its permissions and checks out without keeping the token', (f) => {
    const w = workflow(f)
    expect(w.permissions).toEqual(expect.objectContaining({ contents: 'read' }))
    for (const step of steps(w).filter((s) => /actions\/checkout@/.test(s.uses ?? ''))) {
      expect(step.with?.['persist-credentials']).toBe(false)
    }
  })
})

describe('deploy.yml', () => {
  const w = workflow('deploy.yml')

  it('runs on pushes to main that touch the recipe or the stack, and on demand', () => {
    expect(w.on.push.branches).toEqual(['main'])
    expect(w.on.push.paths).toEqual(expect.arrayContaining(['packer/**', 'cloudformation/**']))
    const command = w.on.workflow_dispatch.inputs.command
    expect(command.type).toBe('choice')
    expect(command.options).toEqual(['deploy', 'plan', 'replace', 'rollback', 'restore'])
  })

  it('never runs two deploys of a stack at once, nor cancels one', () => {
    expect(w.concurrency.group).toMatch(/^opscenter-ha-deploy-/)
    expect(w.concurrency['cancel-in-progress']).toBe(false)
  })

  it('gets AWS credentials through OIDC only', () => {
    expect(w.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    const creds = steps(w).find((s) => /configure-aws-credentials@/.test(s.uses ?? ''))
    expect(creds.with['role-to-assume']).toMatch(/^\$\{\{ vars\.\w+ \}\}$/)
    expect(JSON.stringify(w)).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\./)
  })

  it('runs the repository action with the dispatched command', () => {
    const action = steps(w).find((s) => s.uses === './')
    expect(action.with.command).toBe("${{ inputs.command || 'deploy' }}")
    expect(action.with.template).toBe('cloudformation/opscenter.yaml')
    expect(action.with['packer-var-file']).toBe('packer/opscenter.pkrvars.hcl')
  })
})

describe('the repository action steps', () => {
  const action: Json = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'))

  it.each(['deploy.yml', 'plan.yml'])('%s passes only inputs that action.yml declares', (f) => {
    const step = steps(workflow(f)).find((s) => s.uses === './')
    expect(Object.keys(step.with).filter((k) => !(k in action.inputs))).toEqual([])
  })
})

describe('plan.yml', () => {
  const w = workflow('plan.yml')

  it('plans pull requests that touch the recipe or the stack, and may comment', () => {
    expect(w.on.pull_request.paths).toEqual(
      expect.arrayContaining(['packer/**', 'cloudformation/**'])
    )
    expect(w.permissions['pull-requests']).toBe('write')
    expect(steps(w).find((s) => s.uses === './').with.command).toBe('plan')
  })

  it('uses a role of its own, not the deploy role (pull request code runs here)', () => {
    const creds = steps(w).find((s) => /configure-aws-credentials@/.test(s.uses ?? ''))
    expect(creds.with['role-to-assume']).not.toContain('DEPLOY')
  })
})

describe('ci.yml', () => {
  it('runs what .ci/run runs, including the infra checks', () => {
    const runs = steps(workflow('ci.yml')).map((s) => s.run ?? '')
    for (const cmd of ['npm ci', 'npm run lint', 'npm test', 'scripts/lint-infra.sh']) {
      expect(runs.some((r) => r.includes(cmd))).toBe(true)
    }
    expect(runs.join('\n')).toMatch(/apt-get install .*packer shellcheck bats/)
  })
})

describe('release.yml', () => {
  const w = workflow('release.yml')
  const run = steps(w)
    .map((s) => s.run ?? '')
    .join('\n')

  it('runs on semver tags only, with write access in its job alone', () => {
    expect(w.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    expect(w.permissions).toEqual({ contents: 'read' })
    expect(w.jobs.release.permissions).toEqual({ contents: 'write' })
  })

  it('refuses a tag whose dist/ is not what src/ builds to, then moves the major tag', () => {
    expect(run).toMatch(/rm -rf dist\s+npm run bundle/)
    expect(run).toContain('git status --porcelain -- dist')
    expect(run).toContain('major=${TAG%%.*}')
    expect(run).toMatch(/git\/refs\/tags\/\$major" -f sha="\$SHA" -F force=true/)
  })

  it('takes the release notes from the CHANGELOG section of the version', () => {
    expect(run).toContain('awk -v v="$version" \'$0 == "## " v')
    expect(readFileSync(join(dir, '../../CHANGELOG.md'), 'utf8')).toMatch(/^## 0\.1\.0$/m)
  })
})

describe('patch.yml', () => {
  const w = workflow('patch.yml')
  const deploy = workflow('deploy.yml')

  it("runs weekly and on demand, in the deploy workflow's concurrency group and environment", () => {
    expect(w.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* 1$/) }])
    expect(w.on).toHaveProperty('workflow_dispatch')
    expect(w.concurrency).toEqual(deploy.concurrency)
    expect(w.jobs.patch.environment).toEqual(deploy.jobs.deploy.environment)
  })

  it('deploys git as it is: an unchanged base image is an unchanged run, a new one bakes', () => {
    const action = steps(w).find((s) => s.uses === './')
    expect(action.with.command).toBe('deploy')
    expect(action.with['ami-id']).toBeUndefined()
    expect(action.with['packer-var-file']).toBe('packer/opscenter.pkrvars.hcl')
  })
})
