// `npm run iam-drill`: for every statement of the deploy policy (docs/iam-deploy-policy.json)
// and of the instance role (cloudformation/opscenter.yaml), a first deployment on the
// simulator with that one statement taken out. Prints whether the deployment still works
// and, if not, the first call IAM refused and the job's error. A statement a first
// deployment does not need is used by other commands (rollback, retention, a failed boot):
// the table says so, it is not an error. Takes a few minutes.
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { roleStatements, templateWithoutRoleStatement, without } from '../iam/drop.js'
import type { PolicyDocument } from '../iam/index.js'
import { REPO_ROOT, World, type WorldOptions } from '../scenarios.js'

const TEMPLATE = join(REPO_ROOT, 'cloudformation/opscenter.yaml')
const out = (s = '') => process.stdout.write(s + '\n')

async function attempt(o: WorldOptions): Promise<string> {
  const world = await World.start({
    timeScale: 0.02,
    bakeMs: 60_000,
    version: '6.8.51',
    inputs: { 'auto-revert': 'false' },
    ...o
  })
  try {
    const run = await world.runAction()
    if (run.code === 0) return 'deploys: not needed by a first deployment'
    const denied = world.sim.iam.iam.denials[0]?.request.action ?? 'nothing refused'
    const error = (run.errors[0] ?? '').replace(/\s+/g, ' ')
    return `FAILS: ${denied} refused; job: ${error.slice(0, 160)}${error.length > 160 ? '…' : ''}`
  } finally {
    await world.stop()
  }
}

async function main(): Promise<void> {
  const deploy = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/iam-deploy-policy.json'), 'utf8'))
  const rows: [string, string][] = []
  for (const { Sid } of deploy.Statement as { Sid: string }[]) {
    const result = await attempt({
      iam: { policies: (w, p: PolicyDocument) => (w === 'deploy' ? without(p, Sid) : p) }
    })
    rows.push([`deploy policy ${Sid}`, result])
    out(`${`deploy policy ${Sid}`.padEnd(46)} ${result}`)
  }
  for (const sid of roleStatements(TEMPLATE)) {
    const result = await attempt({ template: templateWithoutRoleStatement(TEMPLATE, sid) })
    rows.push([`instance role ${sid}`, result])
    out(`${`instance role ${sid}`.padEnd(46)} ${result}`)
  }
  const needed = rows.filter(([, r]) => r.startsWith('FAILS')).length
  out(`\n${needed} of ${rows.length} statements are needed by a first deployment`)
}

await main()
