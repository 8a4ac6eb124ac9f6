// What a cancelled run leaves behind and what the next run does about it, by phase.
import type { Outcome } from '../context/outcome.js'

const NEXT: Record<string, string> = {
  start: 'Nothing in AWS was changed. The next run starts from the beginning',
  lock: 'Nothing in AWS was changed. The next run starts from the beginning',
  observe: 'Nothing in AWS was changed. The next run starts from the beginning',
  resolve: 'Nothing in AWS was changed. The next run starts from the beginning',
  settle:
    'This run changed nothing: it was waiting for the group to settle. The next run waits for it again',
  plan:
    'Nothing in the stack was changed (a change set may be left unexecuted; CloudFormation keeps it until the stack next changes). ' +
    'The next run decides again',
  bake:
    'Nothing in the stack was changed. Packer stops its own build and cleans up its builder instance. ' +
    'The next run reuses the AMI if it was registered and tagged, else bakes again',
  stack:
    'CloudFormation carries on with the change set by itself. The next run refuses while the stack is still changing, ' +
    'then finds it at the new AMI and replaces the instance',
  replace:
    'The replacement carries on in AWS (the old instance terminates, Auto Scaling boots the new one). ' +
    'The next run follows it to the end (or replaces the instance if it runs another AMI), verifies, and reverts on failure',
  verify:
    'Nothing is in flight. The next run verifies again and replaces the instance if it is not on the desired AMI',
  revert:
    'The revert was interrupted: the stack may be at either AMI and an instance may be booting. ' +
    'Once the group has settled, run command: rollback (or deploy) and read the job summary',
  retention: 'The deploy itself succeeded. The next deploy finishes retiring old AMIs'
}

/** A prepared handover stopped: what carries on depends on whether the old one was told to go. */
const HANDOVER = {
  window:
    'The old instance still serves, and the successor keeps booting beside it to ready; the group stays at two. ' +
    'The next run finishes the handover window (it keeps the instance that holds the ENI, the old one, terminates the successor ' +
    'and puts the group back to one), then hands over again',
  stopped:
    'The old instance was told to go: it stops opscenterd and lets its ENI go, and the successor claims them without this run. ' +
    'The next run finishes the handover window (it keeps the successor and puts the group back to one), follows it to healthy, ' +
    'verifies, and reverts on failure'
}

/** Which text a stopped replace needs: cold, or a prepared handover before or after the terminate. */
export function replaceStage(out: Outcome | undefined): 'cold' | keyof typeof HANDOVER {
  const step = out?.plan?.steps.find((s) => s.kind === 'replace' && s.instanceId)
  if (step?.strategy !== 'prepared') return 'cold'
  return out?.downtimeStart === undefined ? 'window' : 'stopped'
}

export function interruptMessage(signal: string, phase: string, out?: Outcome): string {
  const stage = phase === 'replace' ? replaceStage(out) : 'cold'
  const next = stage === 'cold' ? (NEXT[phase] ?? NEXT.start) : HANDOVER[stage]
  return `cancelled by ${signal} during phase ${phase}. ${next}.`
}
