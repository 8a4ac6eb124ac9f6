// Who may mount EFS, as EFS decides it at mount time: with no file system policy, every NFS
// client in the network may; with one, EFS evaluates it together with the client's identity
// policies. A mount without efs-utils' `iam` option is an anonymous client; without `tls`,
// aws:SecureTransport is false. elasticfilesystem:ClientMount (read), ClientWrite and
// ClientRootAccess (root keeps its uid; the agent seeds EFS as root) are what OpsCenter
// needs. Sources: https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html,
// https://docs.aws.amazon.com/efs/latest/ug/mounting-IAM-option.html (efs-utils README).
// A refusal reads as mount.nfs4 prints it: "access denied by server while mounting".
import { AccessDenied } from '../iam/model.js'
import type { Sim } from '../types.js'

export const ANONYMOUS_NFS_KEY = 'ANONYMOUS-NFS-CLIENT'
const ACTIONS = [
  'elasticfilesystem:ClientMount',
  'elasticfilesystem:ClientWrite',
  'elasticfilesystem:ClientRootAccess'
]

/** undefined when the mount may go on, else the stderr of the refused mount. */
export async function authorizeMount(
  sim: Sim,
  instanceId: string,
  device: string,
  type: string,
  options: string[]
): Promise<string | undefined> {
  const fsId = /^(fs-[0-9a-f]+)/.exec(device)?.[1]
  const fs = fsId ? sim.cloudformation.stores.fileSystems.get(fsId) : undefined
  if (!fs?.policy) return undefined
  const efsUtils = type === 'efs'
  const tls = efsUtils && options.includes('tls')
  const iam = efsUtils && options.includes('iam')
  const key = iam ? sim.iam.instanceCredentials(instanceId)?.accessKeyId : anonymous(sim)
  // efs-utils mounts through its local TLS tunnel: NFS sees the server as 127.0.0.1.
  const shown = tls ? '127.0.0.1:/' : device
  const refused = `mount.nfs4: access denied by server while mounting ${shown}\n`
  if (!key) return refused
  try {
    await sim.iam.iam.authorize(
      key,
      ACTIONS.map((action) => ({
        action,
        resource: fs.arn,
        resourcePolicy: fs.policy,
        context: {
          'aws:SecureTransport': String(tls),
          'elasticfilesystem:AccessedViaMountTarget': 'true'
        }
      }))
    )
    return undefined
  } catch (err) {
    if (err instanceof AccessDenied) return refused
    throw err
  }
}

/** An NFS client without IAM: no identity, no identity policies. */
function anonymous(sim: Sim): string {
  if (!sim.iam.iam.principal(ANONYMOUS_NFS_KEY))
    sim.iam.iam.register(ANONYMOUS_NFS_KEY, {
      arn: `arn:aws:sts::${sim.accountId}:assumed-role/anonymous-nfs-client/nfs`,
      principalArn: `arn:aws:iam::${sim.accountId}:role/anonymous-nfs-client`,
      policies: () => []
    })
  return ANONYMOUS_NFS_KEY
}
