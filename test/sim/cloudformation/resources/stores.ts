// The bits of EFS and IAM the template needs: existence, ids and ARNs. Nothing else in
// the simulator reads them (the runtime models EFS as a shared folder per file system id).
import { resourceId } from '../../ids.js'

export interface FileSystem {
  fileSystemId: string
  encrypted: boolean
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
}

export class Stores {
  readonly fileSystems = new Map<string, FileSystem>()
  readonly roles = new Map<string, Role>()
  readonly instanceProfiles = new Map<string, { name: string; arn: string; roles: string[] }>()

  newFileSystemId(): string {
    return resourceId('fs')
  }
}
