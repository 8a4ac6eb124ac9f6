// `npm run demo`: the whole system on a simulated AWS account on 127.0.0.1. Deploys
// OpsCenter, upgrades it, then tries a broken version that reverts itself, and prints what a
// user would see in GitHub: each job's log (groups folded unless --verbose) and its job
// summary. Needs nothing but Node: no AWS account, no network. Exits 0 when everything
// went as expected and the invariant checker saw no violation.
import { World, renderLog, type ActionRun } from '../scenarios.js'

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v')
const tty = process.stdout.isTTY === true
const paint = (code: string) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s)
const bold = paint('1')
const dim = paint('2')
const red = paint('31')
const green = paint('32')
const yellow = paint('33')
const cyan = paint('36')

const out = (s = '') => process.stdout.write(s + '\n')

const TIME_SCALE = 0.01
const FIRST = '6.8.51'
const NEXT = '6.8.52'
const BROKEN = '6.8.99'

function box(title: string, body: string): void {
  const width = Math.min(process.stdout.columns ?? 100, 100)
  out(cyan(`┌─ ${title} ${'─'.repeat(Math.max(0, width - title.length - 4))}`))
  for (const line of body.trimEnd().split('\n')) out(`${cyan('│')} ${line}`)
  out(cyan(`└${'─'.repeat(width - 1)}`))
}

function showRun(title: string, run: ActionRun): void {
  out()
  out(bold(`━━ GitHub Actions › deploy › ${title}`))
  out(
    dim(
      `   (job ${run.code === 0 ? green('succeeded') : red('failed')} in ${(run.durationMs / 1000).toFixed(1)} s)`
    )
  )
  for (const l of renderLog(run.lines, verbose, { bold, dim, red, yellow, cyan })) out(l)
  out()
  box('Job summary', run.summary || dim('(no summary written)'))
  const dt = run.outputs['downtime-seconds']
  if (dt) {
    out(
      `   downtime of this replacement: ${bold(`${Number(dt).toFixed(1)} s`)} ` +
        dim(`(AWS's latencies run ${1 / TIME_SCALE}x faster here; the agents' own work does not)`)
    )
  }
}

async function main(): Promise<number> {
  out(bold('opscenter-ha demo'))
  out(
    dim(
      'A simulated AWS account on 127.0.0.1 (EC2, Auto Scaling, CloudFormation, Route53, IMDSv2),\n' +
        'the real action (dist/index.js), the real boot agent (dist/boot/index.js) on every instance,\n' +
        `the real CloudFormation template. AWS latencies run ${1 / TIME_SCALE}x faster than real.` +
        (verbose ? '' : ' Run with --verbose to unfold the log groups.')
    )
  )
  const world = await World.start({ timeScale: TIME_SCALE, version: FIRST })
  const problems: string[] = []
  const expect = (what: string, ok: boolean) => {
    if (!ok) problems.push(what)
  }
  try {
    out()
    out(
      bold(
        `1. First deployment (OpsCenter ${FIRST}): bake the AMI, create the stack, boot the instance`
      )
    )
    const first = await world.runAction()
    showRun(`deploy OpsCenter ${FIRST}`, first)
    expect(
      `first deployment: result ${first.outputs.result}`,
      first.code === 0 && first.outputs.result === 'deployed'
    )

    out()
    out(bold(`2. Merge a version-bump PR: ${FIRST} → ${NEXT}`))
    world.checker.checkpoint('before upgrade')
    world.setVersion(NEXT)
    const upgrade = await world.runAction()
    showRun(`upgrade to ${NEXT}`, upgrade)
    expect(
      `upgrade: result ${upgrade.outputs.result}`,
      upgrade.code === 0 && upgrade.outputs.result === 'deployed'
    )

    out()
    out(
      bold(
        `3. Merge a broken version (${BROKEN}: OpsCenter never answers): the action reverts by itself`
      )
    )
    world.checker.checkpoint('before the broken upgrade')
    world.rt.brokenVersions.add(BROKEN)
    world.setVersion(BROKEN)
    const broken = await world.runAction()
    showRun(`upgrade to ${BROKEN}`, broken)
    expect(
      `broken upgrade: result ${broken.outputs.result}`,
      broken.code !== 0 && broken.outputs.result === 'reverted'
    )

    const h = await world.health()
    expect(`final state healthy on ${NEXT}: ${h.problems.join('; ')}`, h.ok && h.version === NEXT)
    out()
    out(bold('Where it ended'))
    out(
      `   OpsCenter ${h.version} on ${h.instanceId} (${h.az}), ENI ${h.eniId} ${h.ip}, record → ${h.ip}`
    )
    out(
      `   AMIs baked: ${world.rt.packer!.bakes.map((b) => `${b.imageId} (${b.version})`).join(', ')}`
    )
    out(`   lines OpsCenter wrote to EFS, all kept: ${world.efsWrites().length}`)
  } finally {
    const report = await world.stop()
    if (report) problems.push(`invariant violations:\n${report}`)
  }
  out()
  if (problems.length === 0) {
    out(
      green(
        '✔ everything went as expected: deployed, upgraded, broken version reverted; one brain at every moment, no write lost.'
      )
    )
    return 0
  }
  out(red(`✘ the demo did not go as expected:\n${problems.map((p) => `  - ${p}`).join('\n')}`))
  return 1
}

process.exitCode = await main().catch((err: Error) => {
  out(red(`demo crashed: ${err.stack ?? err.message}`))
  return 1
})
