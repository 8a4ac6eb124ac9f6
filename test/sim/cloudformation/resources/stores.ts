// The bits of EFS and IAM the template needs: existence, ids and ARNs, and a role's
// policies (the simulator's IAM evaluates an instance's calls against them). The runtime
// models EFS as a shared folder per file system id.
import { resourceId } from '../../core/ids.js'

export interface FileSystem {
  fileSystemId: string
  arn: string
  encrypted: boolean
  /** FileSystemPolicy: evaluated on every NFS mount (the runtime's mount). */
  policy?: unknown
  tags: Record<string, string>
  mountTargets: Map<string, MountTarget>
}

export interface MountTarget {
  mountTargetId: string
  subnetId: string
  az: string
  ipAddress: string
  securityGroups: string[]
  /** The requester-managed interface EFS puts in the subnet. */
  eniId: string
}

export interface Role {
  name: string
  roleId: string
  arn: string
  document: unknown
  /** The inline policies (Policies[].PolicyDocument), as CloudFormation resolved them. */
  policies: { name: string; document: unknown }[]
  managedPolicyArns: string[]
}

export class Stores {
  readonly fileSystems = new Map<string, FileSystem>()
  readonly roles = new Map<string, Role>()
  readonly instanceProfiles = new Map<string, { name: string; arn: string; roles: string[] }>()

  newFileSystemId(): string {
    return resourceId('fs')
  }
}
