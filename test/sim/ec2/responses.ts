// EC2's responses layer: SDK-shaped input in, SDK-shaped output out; the wire layer turns
// them into EC2's query/XML. One method per operation, each a thin call into the model.
import * as sdk from '@aws-sdk/client-ec2'
import type {
  AttachNetworkInterfaceRequest,
  CreateTagsRequest,
  DeleteSnapshotRequest,
  DeleteTagsRequest,
  DeregisterImageRequest,
  DescribeAvailabilityZonesRequest,
  DescribeImagesRequest,
  DescribeInstancesRequest,
  DescribeLaunchTemplatesRequest,
  DescribeLaunchTemplateVersionsRequest,
  DescribeNetworkInterfacesRequest,
  DescribeSecurityGroupsRequest,
  DescribeSnapshotsRequest,
  DescribeSubnetsRequest,
  DescribeTagsRequest,
  DescribeVpcAttributeRequest,
  DescribeVpcsRequest,
  ModifyVpcAttributeRequest,
  DetachNetworkInterfaceRequest,
  Image,
  Instance as SdkInstance,
  NetworkInterface,
  RegisterImageRequest,
  TerminateInstancesRequest,
  CreateNetworkInterfaceRequest,
  DeleteNetworkInterfaceRequest
} from '@aws-sdk/client-ec2'
import { actionHandlers, type ServiceDef } from '../core/server.js'
import { AwsError, MissingParameterError } from '../wire/errors.js'
import type { SimNetworkInterface } from '../types.js'
import { notFound } from './errors.js'
import { applyFilters, tagList, tagRecord } from './filters.js'
import { AMAZON_OWNER, ROOT_DEVICE, type Ec2, type Instance } from './model.js'

const STATE_CODES = { pending: 0, running: 16, 'shutting-down': 32, terminated: 48 } as const

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null || value === '') throw new MissingParameterError(name)
  return value
}

function tagsFromSpecs(
  specs: { ResourceType?: string; Tags?: { Key?: string; Value?: string }[] }[] | undefined,
  type: string
): Record<string, string> {
  return tagRecord(
    (specs ?? []).filter((s) => s.ResourceType === type).flatMap((s) => s.Tags ?? [])
  )
}

export class Ec2Responses {
  constructor(
    private readonly ec2: Ec2,
    private readonly accountId: string
  ) {}

  service(): ServiceDef {
    return {
      name: 'ec2',
      protocol: 'ec2',
      sdk: sdk as unknown as Record<string, unknown>,
      xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
      handlers: actionHandlers(this)
    }
  }

  // ---- rendering helpers ----

  private image(img: ReturnType<Ec2['images']>[number]): Image {
    return {
      ImageId: img.imageId,
      Name: img.name,
      Description: img.description,
      OwnerId: img.ownerId,
      State: img.state,
      Architecture: img.architecture as Image['Architecture'],
      RootDeviceName: img.rootDeviceName,
      RootDeviceType: 'ebs',
      VirtualizationType: 'hvm',
      Hypervisor: 'xen',
      ImageType: 'machine',
      Public: img.ownerId !== this.accountId,
      EnaSupport: true,
      CreationDate: img.creationDate,
      BlockDeviceMappings: img.blockDeviceMappings.map((m) => ({
        DeviceName: m.deviceName,
        Ebs: {
          SnapshotId: m.snapshotId,
          VolumeSize: m.volumeSize,
          VolumeType: 'gp3',
          DeleteOnTermination: true
        }
      })),
      Tags: img.tags && Object.keys(img.tags).length ? tagList(img.tags) : undefined
    }
  }

  private eni(e: SimNetworkInterface): NetworkInterface {
    return {
      NetworkInterfaceId: e.networkInterfaceId,
      SubnetId: e.subnetId,
      VpcId: e.vpcId,
      AvailabilityZone: e.az,
      Description: e.description,
      OwnerId: this.accountId,
      InterfaceType: 'interface',
      MacAddress: e.macAddress,
      PrivateIpAddress: e.privateIp,
      PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: e.privateIp }],
      RequesterManaged: false,
      SourceDestCheck: true,
      Status: e.status,
      Groups: this.ec2.groupsOfEni(e.networkInterfaceId).map((g) => ({
        GroupId: g,
        GroupName: this.ec2.securityGroups.get(g)?.groupName
      })),
      TagSet: tagList(e.tags),
      Attachment: e.attachment && {
        AttachmentId: e.attachment.attachmentId,
        InstanceId: e.attachment.instanceId,
        InstanceOwnerId: this.accountId,
        DeviceIndex: e.attachment.deviceIndex,
        Status: e.attachment.status,
        AttachTime: new Date(e.attachment.attachTime),
        DeleteOnTermination: e.attachment.deleteOnTermination
      }
    }
  }

  private instance(i: Instance): SdkInstance {
    return {
      InstanceId: i.instanceId,
      ImageId: i.imageId,
      InstanceType: i.instanceType as SdkInstance['InstanceType'],
      State: { Code: STATE_CODES[i.state], Name: i.state },
      StateReason: i.stateReason
        ? { Code: i.stateReasonCode ?? 'Client.UserInitiatedShutdown', Message: i.stateReason }
        : undefined,
      StateTransitionReason: i.stateReason ?? '',
      Placement: { AvailabilityZone: i.az, Tenancy: 'default' },
      SubnetId: i.state === 'terminated' ? undefined : i.subnetId,
      VpcId: i.state === 'terminated' ? undefined : this.ec2.vpc.vpcId,
      PrivateIpAddress: i.state === 'terminated' ? undefined : i.privateIp,
      LaunchTime: new Date(i.launchTime),
      Architecture: 'x86_64',
      RootDeviceName: ROOT_DEVICE,
      RootDeviceType: 'ebs',
      IamInstanceProfile: i.iamInstanceProfile ? { Arn: i.iamInstanceProfile } : undefined,
      SecurityGroups: i.securityGroupIds.map((g) => ({
        GroupId: g,
        GroupName: this.ec2.securityGroups.get(g)?.groupName
      })),
      NetworkInterfaces: this.ec2.networkInterfacesOf(i.instanceId).map((e) => ({
        NetworkInterfaceId: e.networkInterfaceId,
        SubnetId: e.subnetId,
        VpcId: e.vpcId,
        MacAddress: e.macAddress,
        PrivateIpAddress: e.privateIp,
        Status: e.status,
        Description: e.description,
        Attachment: e.attachment && {
          AttachmentId: e.attachment.attachmentId,
          DeviceIndex: e.attachment.deviceIndex,
          Status: e.attachment.status,
          AttachTime: new Date(e.attachment.attachTime),
          DeleteOnTermination: e.attachment.deleteOnTermination
        }
      })),
      Tags: Object.keys(i.tags).length ? tagList(i.tags) : undefined
    }
  }

  // ---- images and snapshots ----

  DescribeImages(input: DescribeImagesRequest) {
    let images = this.ec2.images()
    if (input.ImageIds?.length) {
      for (const id of input.ImageIds) if (!this.ec2.getImage(id)) throw notFound.image(id)
      images = images.filter((i) => input.ImageIds?.includes(i.imageId))
    }
    if (input.Owners?.length) {
      // Aliases: self (this account) and amazon (AWS's own images, such as Amazon Linux).
      const alias: Record<string, string> = { self: this.accountId, amazon: AMAZON_OWNER }
      const owners = input.Owners.map((o) => alias[o] ?? o)
      images = images.filter((i) => owners.includes(i.ownerId))
    }
    images = applyFilters(
      images,
      input.Filters,
      {
        name: (i) => i.name,
        state: (i) => i.state,
        'image-id': (i) => i.imageId,
        'owner-id': (i) => i.ownerId,
        architecture: (i) => i.architecture,
        description: (i) => i.description,
        'is-public': (i) => String(i.ownerId !== this.accountId),
        'root-device-type': () => 'ebs',
        'virtualization-type': () => 'hvm',
        'image-type': () => 'machine',
        'block-device-mapping.snapshot-id': (i) => i.blockDeviceMappings.map((m) => m.snapshotId)
      },
      (i) => i.tags
    )
    return { Images: images.map((i) => this.image(i)) }
  }

  RegisterImage(input: RegisterImageRequest) {
    const img = this.ec2.registerImage({
      name: required(input.Name, 'Name'),
      description: input.Description,
      architecture: input.Architecture,
      rootDeviceName: input.RootDeviceName,
      blockDeviceMappings: (input.BlockDeviceMappings ?? []).map((m) => ({
        deviceName: m.DeviceName ?? ROOT_DEVICE,
        snapshotId: m.Ebs?.SnapshotId,
        volumeSize: m.Ebs?.VolumeSize
      })),
      tags: tagsFromSpecs(input.TagSpecifications, 'image'),
      snapshotTags: tagsFromSpecs(input.TagSpecifications, 'snapshot')
    })
    return { ImageId: img.imageId }
  }

  DeregisterImage(input: DeregisterImageRequest) {
    this.ec2.deregisterImage(required(input.ImageId, 'ImageId'))
    return { Return: true }
  }

  DescribeSnapshots(input: DescribeSnapshotsRequest) {
    let snaps = this.ec2.snapshots()
    if (input.SnapshotIds?.length) {
      for (const id of input.SnapshotIds)
        if (!snaps.some((s) => s.snapshotId === id)) throw notFound.snapshot(id)
      snaps = snaps.filter((s) => input.SnapshotIds?.includes(s.snapshotId))
    }
    if (input.OwnerIds?.length) {
      const owners = input.OwnerIds.map((o) => (o === 'self' ? this.accountId : o))
      snaps = snaps.filter((s) => owners.includes(s.ownerId))
    }
    snaps = applyFilters(
      snaps,
      input.Filters,
      {
        'snapshot-id': (s) => s.snapshotId,
        status: (s) => s.state,
        'owner-id': (s) => s.ownerId,
        description: (s) => s.description,
        'volume-size': (s) => s.volumeSize
      },
      (s) => s.tags
    )
    return {
      Snapshots: snaps.map((s) => ({
        SnapshotId: s.snapshotId,
        VolumeSize: s.volumeSize,
        State: s.state,
        OwnerId: s.ownerId,
        Description: s.description,
        StartTime: new Date(s.startTime),
        Progress: '100%',
        Encrypted: false,
        Tags: tagList(s.tags)
      }))
    }
  }

  DeleteSnapshot(input: DeleteSnapshotRequest) {
    this.ec2.deleteSnapshot(required(input.SnapshotId, 'SnapshotId'))
    return {}
  }

  // ---- tags ----

  CreateTags(input: CreateTagsRequest) {
    this.ec2.createTags(required(input.Resources, 'ResourceId'), tagRecord(input.Tags))
    return {}
  }

  DeleteTags(input: DeleteTagsRequest) {
    this.ec2.deleteTags(
      required(input.Resources, 'ResourceId'),
      (input.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value }))
    )
    return {}
  }

  DescribeTags(input: DescribeTagsRequest) {
    const rows: { ResourceId: string; ResourceType: string; Key: string; Value: string }[] = []
    const ids = [
      ...this.ec2.instances().map((x) => x.instanceId),
      ...this.ec2.images().map((x) => x.imageId),
      ...this.ec2.snapshots().map((x) => x.snapshotId),
      ...this.ec2.networkInterfaces().map((x) => x.networkInterfaceId),
      ...this.ec2.securityGroups.keys(),
      ...this.ec2.launchTemplates.keys()
    ]
    for (const id of ids)
      for (const [Key, Value] of Object.entries(this.ec2.tagsOf(id) ?? {}))
        rows.push({ ResourceId: id, ResourceType: this.ec2.resourceType(id), Key, Value })
    const tags = applyFilters(
      rows,
      input.Filters,
      {
        'resource-id': (r) => r.ResourceId,
        'resource-type': (r) => r.ResourceType,
        key: (r) => r.Key,
        value: (r) => r.Value
      },
      () => ({})
    )
    return { Tags: tags }
  }

  // ---- instances ----

  DescribeInstances(input: DescribeInstancesRequest) {
    let instances = this.ec2.instances()
    if (input.InstanceIds?.length) {
      for (const id of input.InstanceIds) if (!this.ec2.getInstance(id)) throw notFound.instance(id)
      instances = instances.filter((i) => input.InstanceIds?.includes(i.instanceId))
    }
    instances = applyFilters(
      instances,
      input.Filters,
      {
        'instance-id': (i) => i.instanceId,
        'instance-state-name': (i) => i.state,
        'instance-state-code': (i) => STATE_CODES[i.state],
        'availability-zone': (i) => i.az,
        'subnet-id': (i) => i.subnetId,
        'vpc-id': () => this.ec2.vpc.vpcId,
        'image-id': (i) => i.imageId,
        'instance-type': (i) => i.instanceType,
        'private-ip-address': (i) => i.privateIp,
        'network-interface.network-interface-id': (i) =>
          this.ec2.networkInterfacesOf(i.instanceId).map((e) => e.networkInterfaceId)
      },
      (i) => i.tags
    )
    return {
      Reservations: instances.map((i) => ({
        ReservationId: `r-${i.instanceId.slice(2)}`,
        OwnerId: this.accountId,
        Instances: [this.instance(i)]
      }))
    }
  }

  TerminateInstances(input: TerminateInstancesRequest) {
    const ids = required(input.InstanceIds, 'InstanceId')
    const out = ids.map((id) => {
      const inst = this.ec2.getInstance(id)
      if (!inst) throw notFound.instance(id)
      return { id, prev: inst.state }
    })
    for (const { id } of out) this.ec2.killInstance(id)
    return {
      TerminatingInstances: out.map(({ id, prev }) => {
        const now = this.ec2.getInstance(id)?.state ?? 'terminated'
        return {
          InstanceId: id,
          PreviousState: { Code: STATE_CODES[prev], Name: prev },
          CurrentState: { Code: STATE_CODES[now], Name: now }
        }
      })
    }
  }

  // ---- network interfaces ----

  DescribeNetworkInterfaces(input: DescribeNetworkInterfacesRequest) {
    let enis = this.ec2.networkInterfaces()
    if (input.NetworkInterfaceIds?.length) {
      for (const id of input.NetworkInterfaceIds)
        if (!this.ec2.getNetworkInterface(id)) throw notFound.eni(id)
      enis = enis.filter((e) => input.NetworkInterfaceIds?.includes(e.networkInterfaceId))
    }
    enis = applyFilters(
      enis,
      input.Filters,
      {
        'network-interface-id': (e) => e.networkInterfaceId,
        'availability-zone': (e) => e.az,
        'subnet-id': (e) => e.subnetId,
        'vpc-id': (e) => e.vpcId,
        status: (e) => e.status,
        description: (e) => e.description,
        'private-ip-address': (e) => e.privateIp,
        'addresses.private-ip-address': (e) => e.privateIp,
        'mac-address': (e) => e.macAddress,
        'group-id': (e) => this.ec2.groupsOfEni(e.networkInterfaceId),
        'owner-id': () => this.accountId,
        'attachment.instance-id': (e) => e.attachment?.instanceId,
        'attachment.attachment-id': (e) => e.attachment?.attachmentId,
        'attachment.status': (e) => e.attachment?.status,
        'attachment.device-index': (e) => e.attachment?.deviceIndex,
        'attachment.delete-on-termination': (e) => e.attachment?.deleteOnTermination
      },
      (e) => e.tags
    )
    return { NetworkInterfaces: enis.map((e) => this.eni(e)) }
  }

  CreateNetworkInterface(input: CreateNetworkInterfaceRequest) {
    const eni = this.ec2.createNetworkInterface({
      subnetId: required(input.SubnetId, 'SubnetId'),
      description: input.Description,
      groupIds: input.Groups,
      privateIp: input.PrivateIpAddress,
      tags: tagsFromSpecs(input.TagSpecifications, 'network-interface')
    })
    return { NetworkInterface: this.eni(eni) }
  }

  DeleteNetworkInterface(input: DeleteNetworkInterfaceRequest) {
    this.ec2.deleteNetworkInterface(required(input.NetworkInterfaceId, 'NetworkInterfaceId'))
    return {}
  }

  AttachNetworkInterface(input: AttachNetworkInterfaceRequest) {
    const id = this.ec2.attachNetworkInterface(
      required(input.NetworkInterfaceId, 'NetworkInterfaceId'),
      required(input.InstanceId, 'InstanceId'),
      required(input.DeviceIndex, 'DeviceIndex')
    )
    return { AttachmentId: id, NetworkCardIndex: 0 }
  }

  DetachNetworkInterface(input: DetachNetworkInterfaceRequest) {
    this.ec2.detachNetworkInterface(
      required(input.AttachmentId, 'AttachmentId'),
      input.Force === true
    )
    return {}
  }

  // ---- network and zones ----

  DescribeAvailabilityZones(input: DescribeAvailabilityZonesRequest) {
    const zones = this.ec2.subnets.map((s, i) => ({
      ZoneName: s.az,
      ZoneId: `use1-az${i + 1}`,
      State: 'available' as const,
      RegionName: s.az.slice(0, -1),
      ZoneType: 'availability-zone',
      OptInStatus: 'opt-in-not-required' as const,
      Messages: []
    }))
    const byName = input.ZoneNames?.length
      ? zones.filter((z) => input.ZoneNames?.includes(z.ZoneName))
      : zones
    return {
      AvailabilityZones: applyFilters(
        byName,
        input.Filters,
        {
          'zone-name': (z) => z.ZoneName,
          'zone-id': (z) => z.ZoneId,
          state: (z) => z.State,
          'region-name': (z) => z.RegionName,
          'zone-type': (z) => z.ZoneType
        },
        () => ({})
      )
    }
  }

  DescribeSubnets(input: DescribeSubnetsRequest) {
    let subnets = this.ec2.subnets
    if (input.SubnetIds?.length) {
      for (const id of input.SubnetIds) this.ec2.subnet(id)
      subnets = subnets.filter((s) => input.SubnetIds?.includes(s.subnetId))
    }
    subnets = applyFilters(
      subnets,
      input.Filters,
      {
        'subnet-id': (s) => s.subnetId,
        'vpc-id': (s) => s.vpcId,
        'availability-zone': (s) => s.az,
        'cidr-block': (s) => s.cidr,
        'default-for-az': () => 'true'
      },
      (s) => s.tags
    )
    return {
      Subnets: subnets.map((s) => ({
        SubnetId: s.subnetId,
        VpcId: s.vpcId,
        AvailabilityZone: s.az,
        CidrBlock: s.cidr,
        State: 'available' as const,
        DefaultForAz: true,
        MapPublicIpOnLaunch: false,
        AvailableIpAddressCount: 4000,
        OwnerId: this.accountId,
        Tags: tagList(s.tags)
      }))
    }
  }

  DescribeVpcs(input: DescribeVpcsRequest) {
    const v = this.ec2.vpc
    if (input.VpcIds?.length)
      for (const id of input.VpcIds) if (id !== v.vpcId) throw notFound.vpc(id)
    const vpcs = applyFilters(
      [v],
      input.Filters,
      {
        'vpc-id': (x) => x.vpcId,
        'is-default': () => 'true',
        'cidr-block': (x) => x.cidr,
        state: () => 'available'
      },
      (x) => x.tags
    )
    return {
      Vpcs: vpcs.map((x) => ({
        VpcId: x.vpcId,
        CidrBlock: x.cidr,
        State: 'available' as const,
        IsDefault: true,
        OwnerId: this.accountId,
        Tags: tagList(x.tags)
      }))
    }
  }

  DescribeVpcAttribute(input: DescribeVpcAttributeRequest) {
    const v = this.vpcById(input.VpcId)
    if (input.Attribute === 'enableDnsSupport')
      return { VpcId: v.vpcId, EnableDnsSupport: { Value: v.enableDnsSupport } }
    if (input.Attribute === 'enableDnsHostnames')
      return { VpcId: v.vpcId, EnableDnsHostnames: { Value: v.enableDnsHostnames } }
    throw new AwsError(
      'InvalidParameterValue',
      `Value (${input.Attribute}) for parameter attribute is invalid. Unsupported in the simulator.`
    )
  }

  ModifyVpcAttribute(input: ModifyVpcAttributeRequest) {
    const v = this.vpcById(input.VpcId)
    if (input.EnableDnsSupport?.Value !== undefined)
      v.enableDnsSupport = input.EnableDnsSupport.Value
    if (input.EnableDnsHostnames?.Value !== undefined)
      v.enableDnsHostnames = input.EnableDnsHostnames.Value
    return {}
  }

  private vpcById(id: string | undefined) {
    if (!id) throw new MissingParameterError('VpcId')
    if (id !== this.ec2.vpc.vpcId) throw notFound.vpc(id)
    return this.ec2.vpc
  }

  DescribeSecurityGroups(input: DescribeSecurityGroupsRequest) {
    let groups = [...this.ec2.securityGroups.values()]
    if (input.GroupIds?.length) {
      for (const id of input.GroupIds) this.ec2.securityGroup(id)
      groups = groups.filter((g) => input.GroupIds?.includes(g.groupId))
    }
    groups = applyFilters(
      groups,
      input.Filters,
      { 'group-id': (g) => g.groupId, 'group-name': (g) => g.groupName, 'vpc-id': (g) => g.vpcId },
      (g) => g.tags
    )
    return {
      SecurityGroups: groups.map((g) => ({
        GroupId: g.groupId,
        GroupName: g.groupName,
        Description: g.description,
        VpcId: g.vpcId,
        OwnerId: this.accountId,
        IpPermissions: g.ingress,
        IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
        Tags: tagList(g.tags)
      }))
    }
  }

  // ---- launch templates ----

  DescribeLaunchTemplates(input: DescribeLaunchTemplatesRequest) {
    let lts = [...this.ec2.launchTemplates.values()]
    if (input.LaunchTemplateIds?.length) {
      for (const id of input.LaunchTemplateIds) this.ec2.launchTemplate({ id })
      lts = lts.filter((l) => input.LaunchTemplateIds?.includes(l.id))
    }
    if (input.LaunchTemplateNames?.length) {
      for (const name of input.LaunchTemplateNames) this.ec2.launchTemplate({ name })
      lts = lts.filter((l) => input.LaunchTemplateNames?.includes(l.name))
    }
    lts = applyFilters(lts, input.Filters, { 'launch-template-name': (l) => l.name }, (l) => l.tags)
    return {
      LaunchTemplates: lts.map((l) => ({
        LaunchTemplateId: l.id,
        LaunchTemplateName: l.name,
        DefaultVersionNumber: l.defaultVersion,
        LatestVersionNumber: l.latestVersion,
        CreateTime: new Date(l.createTime),
        CreatedBy: `arn:aws:iam::${this.accountId}:root`,
        Tags: tagList(l.tags)
      }))
    }
  }

  DescribeLaunchTemplateVersions(input: DescribeLaunchTemplateVersionsRequest) {
    const lt = this.ec2.launchTemplate({
      id: input.LaunchTemplateId,
      name: input.LaunchTemplateName
    })
    const versions = input.Versions?.length
      ? input.Versions.map((v) => this.ec2.resolveLaunchTemplateVersion(lt, v))
      : [...lt.versions.values()]
    return {
      LaunchTemplateVersions: versions.map((v) => ({
        LaunchTemplateId: lt.id,
        LaunchTemplateName: lt.name,
        VersionNumber: v.versionNumber,
        VersionDescription: v.description,
        DefaultVersion: v.versionNumber === lt.defaultVersion,
        CreateTime: new Date(v.createTime),
        CreatedBy: `arn:aws:iam::${this.accountId}:root`,
        LaunchTemplateData: v.data
      }))
    }
  }
}
