// What a run does, decided in one place: a pure function of the snapshot and of what git
// wants (no I/O, no clock), so `plan` shows the steps `deploy` executes, and every case is
// a row of a table test. Each step carries its reason in words.
import { DEFAULTS, type OnDowngrade } from '../../shared/contract.js'
import { downgradeBlock, downgradeOf, stateOf } from './downgrade.js'
import { windowOf } from './window.js'
import type { ReplaceStrategy, Command } from '../context/options.js'
import {
  backupTarget,
  isLeaving,
  type GroupView,
  type Member,
  type Snapshot
} from '../context/snapshot.js'
import type { Step, Desired, Plan, Revert } from '../context/plan.js'

export interface DecideOptions {
  command: Command
  /** What a downgrade does to the state; default restore. */
  onDowngrade?: OnDowngrade
  /** command restore: the restore point the new instance puts back before OpsCenter starts. */
  restorePoint?: string
  /** The BackupVaultName this run deploys (parameters input); default the stack's. */
  backupVault?: string
  /** replace only: go ahead although the group is busy. */
  force: boolean
  /** How a replacement hands over; default prepared. */
  strategy?: ReplaceStrategy
}

const STRATEGY_WHY: Record<ReplaceStrategy, string> = {
  prepared:
    'prepared handover: a successor boots beside it in its zone and takes over once ready (an AMI that fails to boot costs no downtime)',
  cold: 'cold: terminated first, then a new instance launches'
}

function replaceStep(id: string, why: string, o: DecideOptions): Step {
  const strategy = o.strategy ?? 'prepared'
  return {
    kind: 'replace',
    instanceId: id,
    strategy,
    why: `${id}: ${why}; ${STRATEGY_WHY[strategy]}`
  }
}

const short = (hash = ''): string => `${hash.slice(0, 12)}…`

export function decide(s: Snapshot, d: Desired, o: DecideOptions): Plan {
  return withBackup(withDowngrade(decideSteps(s, d, o), s, d, o), s, d, o)
}

/**
 * A plan that starts another OpsCenter version on the state first takes a recovery point of
 * the file system in AWS Backup (the disaster copy; the agent's restore point on EFS is the
 * quick one). It is started with the run and waited for, if still running, before the stack
 * changes. Off when the stack's BackupVaultName is ''.
 */
function withBackup(plan: Plan, s: Snapshot, d: Desired, o: DecideOptions): Plan {
  if (plan.blocked || o.command === 'replace' || o.command === 'restore') return plan
  if (!plan.steps.some((x) => x.kind === 'replace')) return plan
  const target = backupTarget(s.stack, o.backupVault)
  const from = stateOf(s)?.stateVersion ?? 'unknown'
  if (!target || (d.version && from === d.version)) return plan
  const to = d.version ?? 'the new version'
  const backup = { vault: target.vault, fileSystemId: target.fileSystemId, from, to }
  const step: Step = {
    kind: 'backup',
    why: `an AWS Backup recovery point of ${target.fileSystemId} (OpsCenter ${from}'s state) in vault ${target.vault} before ${to} starts on it: started with the run, waited for here if still running`
  }
  const at = plan.steps.findIndex((x) => x.kind === 'update-stack' || x.kind === 'replace')
  const steps = [...plan.steps.slice(0, at), step, ...plan.steps.slice(at)]
  return { ...plan, steps, backup }
}

/**
 * A plan that replaces the instance with an OpsCenter older than the state's says what
 * happens to the state, and is blocked when on-downgrade refuses or cannot restore. (A
 * followed replacement is under way already: its launch template decided.)
 */
function withDowngrade(plan: Plan, s: Snapshot, d: Desired, o: DecideOptions): Plan {
  if (plan.blocked || o.command === 'replace' || o.command === 'restore') return plan
  if (!plan.steps.some((x) => x.kind === 'replace')) return plan
  const downgrade = downgradeOf(s, d, o.onDowngrade ?? DEFAULTS.onDowngrade)
  if (!downgrade) return plan
  return { ...plan, downgrade, blocked: downgradeBlock(downgrade) }
}

function decideSteps(s: Snapshot, d: Desired, o: DecideOptions): Plan {
  const finish = s.type === 'UPDATE' ? windowOf(s) : undefined
  // A stopped handover past its point of no return (the old instance already leaving, the
  // successor on the wanted AMI) is followed like any replacement in flight, then closed.
  if (finish && o.command !== 'replace' && resumable(s, d)) return closing(decideUpdate(s, d, o))
  if (finish)
    return {
      command: o.command,
      amiId: d.amiId || s.ami.amiId,
      previousAmiId: s.ami.previousAmiId,
      steps: [],
      revert: noRevert(),
      blocked: `${finish}. Re-run without concurrency: a deploy finishes it first (keeping the instance that holds the ENI)`,
      finish
    }
  if (o.command === 'replace') return decideReplace(s, o)
  return s.type === 'CREATE' ? decideCreate(s, d, o) : decideUpdate(s, d, o)
}

function amiStep(d: Desired): Step {
  switch (d.source) {
    case 'would-bake':
      return {
        kind: 'bake',
        why: `no AMI has recipe ${short(d.recipeHash)}: bake one from ${d.baseAmiId}`
      }
    case 'baked':
      return {
        kind: 'bake',
        why: `baked ${d.amiId} from ${d.baseAmiId} (recipe ${short(d.recipeHash)})`
      }
    case 'reused':
      return { kind: 'reuse', why: `${d.amiId} has the same recipe hash ${short(d.recipeHash)}` }
    case 'previous':
      return { kind: 'reuse', why: `${d.amiId}: the stack's PreviousAmiId` }
    case 'stack':
      return { kind: 'reuse', why: `${d.amiId}: the stack's AmiId` }
    default:
      return { kind: 'reuse', why: `${d.amiId} from the ami-id input` }
  }
}

const wanted = (d: Desired): string => d.amiId || 'the baked AMI'

function decideCreate(s: Snapshot, d: Desired, o: DecideOptions): Plan {
  const resources = d.change ? ` (${d.change.resources.length} resources)` : ''
  return {
    command: o.command,
    amiId: d.amiId,
    previousAmiId: '',
    steps: [
      amiStep(d),
      { kind: 'create-stack', why: `stack ${s.stackName} does not exist: create it${resources}` },
      {
        kind: 'follow',
        leaving: [],
        why: `the new group launches the first instance on ${wanted(d)}`
      },
      { kind: 'verify', why: 'the first instance must be healthy and hold the ENI and the record' },
      { kind: 'retain', why: 'retire AMIs older than keep-amis' }
    ],
    revert: {
      sameAmi: false,
      why: 'a new stack has no previous AMI: a failure leaves it as created'
    }
  }
}

function stackStep(s: Snapshot, d: Desired): Step | undefined {
  if (d.change?.nothing) return undefined
  const why = !d.change
    ? `AmiId ${s.ami.amiId || '(none)'} → ${wanted(d)}`
    : d.change.resources.join(', ') || 'outputs or metadata only'
  return { kind: 'update-stack', why }
}

function decideUpdate(s: Snapshot, d: Desired, o: DecideOptions): Plan {
  const was = s.ami
  const group = s.group as GroupView
  const stack = stackStep(s, d)
  const base = {
    command: o.command,
    amiId: d.amiId,
    previousAmiId: was.amiId && was.amiId !== d.amiId ? was.amiId : was.previousAmiId
  }
  const resume = d.amiId && was.amiId === d.amiId ? inFlightOf(group, d.amiId) : undefined
  if (resume) {
    const leaving = resume.length ? ` (leaving: ${resume.join(', ')})` : ''
    const follow: Step = {
      kind: 'follow',
      leaving: resume,
      why: `resuming the replacement an earlier run started${leaving}: following it to ${d.amiId}`
    }
    return {
      ...base,
      steps: withStack(d, stack, [follow, verifyStep(), retainStep()]),
      revert: revertOf(was.previousAmiId, d.amiId, !!stack, 'resumed')
    }
  }
  const pick = pickMember(group, false)
  if ('blocked' in pick)
    return {
      ...base,
      steps: withStack(d, stack, []),
      revert: noRevert(),
      blocked: pick.blocked,
      settle: pick.settle
    }
  return { ...base, ...decideMember(s, d, stack, pick.member, o) }
}

function resumable(s: Snapshot, d: Desired): boolean {
  const resume = d.amiId && s.ami.amiId === d.amiId ? inFlightOf(s.group!, d.amiId) : undefined
  return !!resume?.length
}

function closing(plan: Plan): Plan {
  const steps = plan.steps.map((x) =>
    x.kind === 'follow'
      ? { ...x, closeWindow: true, why: `${x.why}; then the group back to one over every subnet` }
      : x
  )
  return { ...plan, steps }
}

/** The group's one instance: replace it, or (already what is wanted) verify it. */
function decideMember(
  s: Snapshot,
  d: Desired,
  stack: Step | undefined,
  m: Member,
  o: DecideOptions
): Pick<Plan, 'steps' | 'revert'> {
  const was = s.ami
  const running = m.instance?.imageId
  // What a failure goes back to: the AMI the stack had, else the one the instance still
  // runs (an earlier run changed only the stack), else the same AMI with the template and
  // parameters from before this run.
  const revert =
    was.amiId && was.amiId !== d.amiId
      ? revertOf(was.amiId, d.amiId, !!stack, 'stack')
      : revertOf(running && running !== d.amiId ? running : d.amiId, d.amiId, !!stack, 'running')
  const why = o.restorePoint
    ? `a fresh instance on ${d.amiId} restores ${o.restorePoint} before OpsCenter starts (the state before is kept as a restore point)`
    : replaceReason(s.group as GroupView, m, d)
  if (why) {
    const replace = replaceStep(m.id, why, o)
    return { steps: withStack(d, stack, [replace, verifyStep(), retainStep()]), revert }
  }
  const nothing: Step = {
    kind: 'nothing',
    instanceId: m.id,
    why: `${m.id} already runs ${d.amiId}${stack ? '' : ' and the stack is at it'}`
  }
  const rest = [nothing, verifyStep(m.id), ...(stack ? [retainStep()] : [])]
  return { steps: withStack(d, stack, rest), revert }
}

function decideReplace(s: Snapshot, o: DecideOptions): Plan {
  const amiId = s.ami.amiId
  const base = { command: o.command, amiId, previousAmiId: s.ami.previousAmiId }
  const revert: Revert = {
    sameAmi: true,
    why: 'the AMI does not change, so there is nothing to revert to'
  }
  if (!s.group) throw new Error(`stack ${s.stackName} does not exist: run command: deploy first`)
  const pick = pickMember(s.group, o.force)
  if ('blocked' in pick)
    return { ...base, steps: [], revert, blocked: pick.blocked, settle: pick.settle }
  const busy = pick.busy.length
    ? ` (force: although the group is busy: ${pick.busy.join('; ')})`
    : ''
  return {
    ...base,
    steps: [
      replaceStep(pick.member.id, `a fresh instance on ${amiId} was asked for${busy}`, o),
      verifyStep()
    ],
    revert
  }
}

function withStack(d: Desired, stack: Step | undefined, rest: Step[]): Step[] {
  return [amiStep(d), ...(stack ? [stack] : []), ...rest]
}

function verifyStep(instanceId?: string): Step {
  return {
    kind: 'verify',
    instanceId,
    why: 'InService on the AMI, ENI attached, record in sync, agent healthy'
  }
}

const retainStep = (): Step => ({ kind: 'retain', why: 'retire AMIs older than keep-amis' })

const noRevert = (): Revert => ({ sameAmi: false, why: 'nothing is changed' })

const REVERT_WHY = {
  stack: 'the AMI the stack ran before this run',
  running: 'the AMI the instance still runs (an earlier run changed only the stack)',
  resumed:
    "the AMI the stack remembers as previous (this run finishes an earlier run's replacement)"
}

function revertOf(
  target: string | undefined,
  desired: string,
  stackChanged: boolean,
  source: keyof typeof REVERT_WHY
): Revert {
  if (!target)
    return {
      sameAmi: false,
      why: 'the stack remembers no previous AMI, so there is nothing to revert to'
    }
  if (target !== desired)
    return { amiId: target, sameAmi: false, why: `${target}, ${REVERT_WHY[source]}` }
  // Same AMI: only a template or parameter change can be undone, and only this run's.
  return stackChanged
    ? {
        amiId: target,
        sameAmi: true,
        why: `the template and parameters from before this run, on ${target}`
      }
    : {
        sameAmi: true,
        why: `${target} is what runs already and the stack is unchanged: nothing to revert to`
      }
}

/** Why the member must be replaced, or undefined when it already is what is wanted. */
function replaceReason(group: GroupView, m: Member, d: Desired): string | undefined {
  const running = m.instance?.imageId
  if (running !== d.amiId) return `it runs ${running ?? 'an unknown AMI'}, want ${wanted(d)}`
  if (d.change?.launchTemplate) return 'the launch template changes'
  if (templateDrift(group, m))
    return `it was launched from launch template version ${m.templateVersion}, the group's is ${group.templateVersion}`
  return undefined
}

/** Launched from an older launch template version than the group's (when AWS says). */
function templateDrift(group: GroupView, m: Member): boolean {
  if (m.sameTemplate) return false
  const g = group.templateVersion
  const i = m.templateVersion
  return !!g && !!i && /^\d+$/.test(g) && /^\d+$/.test(i) && g !== i
}

/** What keeps the group busy, a line each: running activities, members not InService. */
export function busyWith(g: Pick<GroupView, 'activities' | 'members'>): string[] {
  return [
    ...g.activities,
    ...g.members
      .filter((m) => m.lifecycle !== 'InService')
      .map((m) => `instance ${m.id} is ${m.lifecycle}, not InService`)
  ]
}

const isBusy = (g: GroupView): boolean =>
  g.activities.length > 0 || g.members.some((m) => m.lifecycle !== 'InService')

/**
 * A replacement towards `amiId` that an earlier, cancelled run started and that is still
 * under way: the group is busy, but every instance that is not leaving already runs
 * `amiId`. Returns the leaving instances (to follow past), or undefined when the group is
 * settled or busy with something else.
 */
function inFlightOf(group: GroupView, amiId: string): string[] | undefined {
  if (!isBusy(group)) return undefined
  const live = group.members.filter((m) => !isLeaving(m.lifecycle))
  if (live.length > 1 || !live.every((m) => m.instance?.imageId === amiId)) return undefined
  const leaving = group.members.filter((m) => isLeaving(m.lifecycle)).map((m) => m.id)
  return live.length === 0 && leaving.length === 0 ? undefined : leaving
}

/**
 * The group's one instance, or why this is not the moment to replace it. `force`
 * (replace only) skips the busy check and the one-live-instance check, never the need for an instance.
 */
function pickMember(
  group: GroupView,
  force: boolean
): { member: Member; busy: string[] } | { blocked: string; settle?: string[] } {
  const busy = busyWith(group)
  if (!force && busy.length)
    return {
      settle: busy,
      blocked:
        `group ${group.name} is busy (${busy.join('; ')}): another deploy or a replacement is running. ` +
        `Wait for it to finish and re-run (or run command: replace with force: true to override)`
    }
  const live = group.members.filter((m) => !isLeaving(m.lifecycle))
  if (!force && live.length > 1)
    return {
      blocked:
        `group ${group.name} has ${live.length} live instances (${live.map((m) => `${m.id} ${m.lifecycle}`).join(', ')}): ` +
        `this design runs exactly one. Set the group's desired capacity back to 1 (the stack's template says 1) and re-run`
    }
  const member =
    group.members.find((m) => m.lifecycle === 'InService') ??
    group.members.find((m) => !isLeaving(m.lifecycle))
  if (!member) {
    const seen = group.members.map((m) => `${m.id} ${m.lifecycle}`).join(', ')
    return {
      blocked:
        `group ${group.name} has no instance to replace${seen ? ` (${seen})` : ''}: ` +
        `wait for Auto Scaling to launch one and re-run`
    }
  }
  return { member, busy }
}
