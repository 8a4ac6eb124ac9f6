// AWS::EC2::SecurityGroup, SecurityGroupIngress, NetworkInterface, LaunchTemplate.
import { resourceId } from '../../core/ids.js'
import type { IpPermission } from '../../ec2/model.js'
import {
  ResourceFailure,
  cfnTags,
  generatedName,
  list,
  stackTags,
  str,
  type Props,
  type Provisioned,
  type ResourceHandler
} from './types.js'

function rule(r: Record<string, unknown>): IpPermission {
  const perm: IpPermission = {
    IpProtocol: String(r.IpProtocol ?? '-1'),
    FromPort: r.FromPort === undefined ? undefined : Number(r.FromPort),
    ToPort: r.ToPort === undefined ? undefined : Number(r.ToPort)
  }
  if (r.CidrIp)
    perm.IpRanges = [{ CidrIp: String(r.CidrIp), Description: r.Description as string | undefined }]
  if (r.SourceSecurityGroupId)
    perm.UserIdGroupPairs = [
      { GroupId: String(r.SourceSecurityGroupId), Description: r.Description as string | undefined }
    ]
  return perm
}

function replaceTags(
  target: Record<string, string>,
  old: Record<string, string>,
  next: Record<string, string>
): void {
  for (const k of Object.keys(old)) delete target[k]
  Object.assign(target, next)
}

export const securityGroup: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: ['GroupDescription', 'GroupName', 'VpcId'],
  create(props, ctx) {
    const sg = ctx.ec2.createSecurityGroup({
      name: str(props, 'GroupName') ?? generatedName(ctx, 255),
      description: str(props, 'GroupDescription', true) as string,
      vpcId: str(props, 'VpcId'),
      tags: { ...cfnTags(props.Tags), ...stackTags(ctx) }
    })
    for (const r of list(props, 'SecurityGroupIngress')) {
      const p = rule(r as Record<string, unknown>)
      if (p.UserIdGroupPairs)
        for (const g of p.UserIdGroupPairs) ctx.ec2.securityGroup(g.GroupId ?? '')
      sg.ingress.push(p)
    }
    return { physicalId: sg.groupId, attributes: { GroupId: sg.groupId, VpcId: sg.vpcId } }
  },
  update(current, props, old, ctx) {
    const sg = ctx.ec2.securityGroup(current.physicalId)
    sg.ingress = list(props, 'SecurityGroupIngress').map((r) => rule(r as Record<string, unknown>))
    replaceTags(sg.tags, cfnTags(old.Tags), cfnTags(props.Tags))
    return current
  },
  delete(current, _props, ctx) {
    if (ctx.ec2.securityGroups.has(current.physicalId))
      ctx.ec2.deleteSecurityGroup(current.physicalId)
  }
}

export const securityGroupIngress: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: ['GroupId', 'IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'SourceSecurityGroupId'],
  create(props, ctx) {
    const sg = ctx.ec2.securityGroup(str(props, 'GroupId', true) as string)
    sg.ingress.push(rule(props))
    return { physicalId: resourceId('sgr'), attributes: { Id: '' } }
  },
  update(current) {
    return current
  },
  delete(_current, props, ctx) {
    const sg = ctx.ec2.securityGroups.get(String(props.GroupId))
    if (!sg) return
    const r = JSON.stringify(rule(props))
    const i = sg.ingress.findIndex((x) => JSON.stringify(x) === r)
    if (i >= 0) sg.ingress.splice(i, 1)
  }
}

export const networkInterface: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: [
    'SubnetId',
    'PrivateIpAddress',
    'PrivateIpAddresses',
    'InterfaceType',
    'Ipv6Addresses'
  ],
  create(props, ctx) {
    const eni = ctx.ec2.createNetworkInterface({
      subnetId: str(props, 'SubnetId', true) as string,
      description: str(props, 'Description'),
      groupIds: list(props, 'GroupSet').map(String),
      privateIp: str(props, 'PrivateIpAddress'),
      tags: { ...cfnTags(props.Tags), ...stackTags(ctx) }
    })
    return {
      physicalId: eni.networkInterfaceId,
      attributes: {
        Id: eni.networkInterfaceId,
        PrimaryPrivateIpAddress: eni.privateIp,
        SecondaryPrivateIpAddresses: []
      }
    }
  },
  update(current, props, old, ctx) {
    const eni = ctx.ec2.getNetworkInterface(current.physicalId)
    if (!eni) throw new ResourceFailure(`Network interface ${current.physicalId} does not exist`)
    eni.description = str(props, 'Description') ?? ''
    replaceTags(eni.tags, cfnTags(old.Tags), cfnTags(props.Tags))
    return current
  },
  delete(current, _props, ctx) {
    if (!ctx.ec2.getNetworkInterface(current.physicalId)) return
    // CloudFormation waits out an attachment to an instance that is already gone.
    ctx.ec2.releaseFromDeadInstance(current.physicalId)
    ctx.ec2.deleteNetworkInterface(current.physicalId)
  }
}

function launchTemplateData(props: Props): Record<string, unknown> {
  const data = props.LaunchTemplateData
  if (!data || typeof data !== 'object')
    throw new ResourceFailure('Property LaunchTemplateData cannot be empty.')
  const imageId = (data as Record<string, unknown>).ImageId
  if (imageId !== undefined && !/^ami-[0-9a-f]{8,17}$/.test(String(imageId)))
    throw new ResourceFailure(
      `Invalid id: "${String(imageId)}" (expecting "ami-...") (Service: Ec2, Status Code: 400, Error Code: InvalidAMIID.Malformed)`
    )
  return data as Record<string, unknown>
}

function ltAttributes(lt: {
  id: string
  latestVersion: number
  defaultVersion: number
}): Provisioned {
  return {
    physicalId: lt.id,
    attributes: {
      LaunchTemplateId: lt.id,
      LatestVersionNumber: String(lt.latestVersion),
      DefaultVersionNumber: String(lt.defaultVersion)
    }
  }
}

export const launchTemplate: ResourceHandler = {
  latency: 'cfnLaunchTemplate',
  replaceOn: ['LaunchTemplateName'],
  create(props, ctx) {
    const tags: Record<string, string> = { ...stackTags(ctx) }
    for (const spec of list(props, 'TagSpecifications') as {
      ResourceType?: string
      Tags?: unknown
    }[])
      if (spec.ResourceType === 'launch-template') Object.assign(tags, cfnTags(spec.Tags))
    const name =
      str(props, 'LaunchTemplateName') ??
      generatedName(ctx, 128, '_').replace(/^[^_]*_/, `${ctx.logicalId}_`)
    const lt = ctx.ec2.createLaunchTemplate(
      name,
      launchTemplateData(props),
      tags,
      str(props, 'VersionDescription')
    )
    return ltAttributes(lt)
  },
  // A new version for every change, made the default (as CloudFormation does).
  update(current, props, _old, ctx) {
    const n = ctx.ec2.createLaunchTemplateVersion(
      current.physicalId,
      launchTemplateData(props),
      str(props, 'VersionDescription')
    )
    ctx.ec2.setDefaultLaunchTemplateVersion(current.physicalId, n)
    return ltAttributes(ctx.ec2.launchTemplate({ id: current.physicalId }))
  },
  delete(current, _props, ctx) {
    if (ctx.ec2.launchTemplates.has(current.physicalId))
      ctx.ec2.deleteLaunchTemplate(current.physicalId)
  }
}
