// AWS::EFS::FileSystem and AWS::EFS::MountTarget.
import { resourceId } from '../../core/ids.js'
import { ResourceFailure, cfnTags, list, stackTags, str, type ResourceHandler } from './types.js'

export const fileSystem: ResourceHandler = {
  latency: 'cfnEfsFileSystem',
  replaceOn: ['Encrypted', 'KmsKeyId', 'PerformanceMode', 'AvailabilityZoneName'],
  create(props, ctx) {
    const id = ctx.stores.newFileSystemId()
    ctx.stores.fileSystems.set(id, {
      fileSystemId: id,
      arn: `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:file-system/${id}`,
      encrypted: props.Encrypted === true || props.Encrypted === 'true',
      policy: props.FileSystemPolicy,
      tags: { ...cfnTags(props.FileSystemTags), ...stackTags(ctx) },
      mountTargets: new Map()
    })
    return {
      physicalId: id,
      attributes: {
        FileSystemId: id,
        Arn: `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:file-system/${id}`
      }
    }
  },
  update(current, props, _old, ctx) {
    const fs = ctx.stores.fileSystems.get(current.physicalId)
    if (fs) {
      fs.tags = { ...cfnTags(props.FileSystemTags), ...stackTags(ctx) }
      fs.policy = props.FileSystemPolicy
    }
    return current
  },
  delete(current, _props, ctx) {
    const fs = ctx.stores.fileSystems.get(current.physicalId)
    if (fs && fs.mountTargets.size > 0)
      throw new ResourceFailure(
        `File system '${fs.fileSystemId}' has mount targets created in it. (Service: Efs, Status Code: 409, Error Code: FileSystemInUse)`
      )
    ctx.stores.fileSystems.delete(current.physicalId)
  }
}

export const mountTarget: ResourceHandler = {
  latency: 'cfnEfsMountTarget',
  replaceOn: ['FileSystemId', 'SubnetId', 'IpAddress'],
  create(props, ctx) {
    const fsId = str(props, 'FileSystemId', true) as string
    const fs = ctx.stores.fileSystems.get(fsId)
    if (!fs)
      throw new ResourceFailure(
        `File system '${fsId}' does not exist. (Service: Efs, Status Code: 404, Error Code: FileSystemNotFound)`
      )
    const subnet = ctx.ec2.subnet(str(props, 'SubnetId', true) as string)
    for (const mt of fs.mountTargets.values())
      if (mt.az === subnet.az)
        throw new ResourceFailure(
          `mount target already exists in this AZ (Service: Efs, Status Code: 409, Error Code: MountTargetConflict)`
        )
    const groups = list(props, 'SecurityGroups').map(String)
    for (const g of groups) ctx.ec2.securityGroup(g)
    const id = resourceId('fsmt')
    const eni = ctx.ec2.createNetworkInterface({
      subnetId: subnet.subnetId,
      description: `EFS mount target for ${fsId} (${id})`,
      groupIds: groups
    })
    fs.mountTargets.set(id, {
      mountTargetId: id,
      subnetId: subnet.subnetId,
      az: subnet.az,
      ipAddress: eni.privateIp,
      securityGroups: groups,
      eniId: eni.networkInterfaceId
    })
    return { physicalId: id, attributes: { Id: id, IpAddress: eni.privateIp } }
  },
  update(current, props, _old, ctx) {
    for (const fs of ctx.stores.fileSystems.values()) {
      const mt = fs.mountTargets.get(current.physicalId)
      if (mt) mt.securityGroups = list(props, 'SecurityGroups').map(String)
    }
    return current
  },
  delete(current, _props, ctx) {
    for (const fs of ctx.stores.fileSystems.values()) {
      const mt = fs.mountTargets.get(current.physicalId)
      if (!mt) continue
      if (ctx.ec2.getNetworkInterface(mt.eniId)) ctx.ec2.deleteNetworkInterface(mt.eniId)
      fs.mountTargets.delete(current.physicalId)
    }
  }
}
