// EC2's state and rules: zones, VPC, subnets, images, snapshots, instances, ENIs and their
// attachments, security groups, launch templates, tags. No wire format here.
import type { SimContext } from '../core/context.js'
import { macAddress, resourceId } from '../core/ids.js'
import { AwsError } from '../wire/errors.js'
import type {
  AttachmentStatus,
  Ec2Model,
  InstanceState,
  SimImage,
  SimInstance,
  SimNetworkInterface,
  SimSnapshot
} from '../types.js'
import {
  DependencyViolation,
  IncorrectInstanceState,
  InsufficientInstanceCapacity,
  InvalidParameterCombination,
  InvalidParameterValue,
  NetworkInterfaceInUse,
  OperationNotPermitted,
  SnapshotInUse,
  notFound
} from './errors.js'

/** The account that owns AWS's Amazon Linux images (owner alias `amazon` in DescribeImages). */
export const AMAZON_OWNER = '137112412989'
export const BASE_IMAGE_NAME = 'al2023-ami-2023.9.20261101.0-kernel-6.1-x86_64'
/** The root device of Amazon Linux images (the launch template maps it). */
export const ROOT_DEVICE = '/dev/xvda'

export interface Subnet {
  subnetId: string
  vpcId: string
  az: string
  cidr: string
  nextHost: number
  tags: Record<string, string>
}

export interface Vpc {
  vpcId: string
  cidr: string
  tags: Record<string, string>
  /**
   * DNS attributes: a default VPC has both on; a VPC created through the API or
   * CloudFormation has enableDnsHostnames off unless set
   * (https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html#vpc-dns-support).
   */
  enableDnsSupport: boolean
  enableDnsHostnames: boolean
}

export interface Instance extends SimInstance {
  /** The instance status check's verdict (DescribeInstanceStatus). */
  status?: 'ok' | 'impaired'
  instanceType: string
  securityGroupIds: string[]
  iamInstanceProfile?: string
  primaryEniId: string
  stateReason?: string
  /** EC2's StateReason code: Client.UserInitiatedShutdown or Server.InternalError. */
  stateReasonCode?: string
}

export interface SecurityGroup {
  groupId: string
  groupName: string
  description: string
  vpcId: string
  ingress: IpPermission[]
  tags: Record<string, string>
}

export interface IpPermission {
  IpProtocol?: string
  FromPort?: number
  ToPort?: number
  IpRanges?: { CidrIp?: string; Description?: string }[]
  UserIdGroupPairs?: { GroupId?: string; Description?: string }[]
}

export interface LaunchTemplateVersion {
  versionNumber: number
  description?: string
  /** RequestLaunchTemplateData as given (ImageId, UserData base64, ...). */
  data: Record<string, unknown>
  createTime: number
}

export interface LaunchTemplate {
  id: string
  name: string
  defaultVersion: number
  latestVersion: number
  versions: Map<number, LaunchTemplateVersion>
  tags: Record<string, string>
  createTime: number
}

export interface LaunchSpec {
  imageId: string
  instanceType?: string
  subnetId: string
  userDataBase64?: string
  tags?: Record<string, string>
  securityGroupIds?: string[]
  iamInstanceProfile?: string
  launchTemplate?: { id: string; name: string; version: string }
  groupName?: string
}

export class Ec2 implements Ec2Model {
  readonly vpc: Vpc
  readonly subnets: Subnet[]
  private readonly instanceMap = new Map<string, Instance>()
  private readonly imageMap = new Map<string, SimImage>()
  private readonly snapshotMap = new Map<string, SimSnapshot>()
  private readonly eniMap = new Map<string, SimNetworkInterface>()
  readonly securityGroups = new Map<string, SecurityGroup>()
  readonly launchTemplates = new Map<string, LaunchTemplate>()
  private readonly timers = new Map<string, { cancel(): void }>()
  readonly baseImageId: string

  constructor(private readonly ctx: SimContext) {
    this.vpc = {
      vpcId: resourceId('vpc'),
      cidr: '10.0.0.0/16',
      tags: { Name: 'default' },
      enableDnsSupport: true,
      enableDnsHostnames: true
    }
    this.subnets = ctx.zones.map((az, i) => ({
      subnetId: resourceId('subnet'),
      vpcId: this.vpc.vpcId,
      az,
      cidr: `10.0.${i * 16}.0/20`,
      nextHost: 4, // AWS reserves the first four addresses of every subnet
      tags: { Name: `default-${az}` }
    }))
    const sg: SecurityGroup = {
      groupId: resourceId('sg'),
      groupName: 'default',
      description: 'default VPC security group',
      vpcId: this.vpc.vpcId,
      ingress: [],
      tags: {}
    }
    this.securityGroups.set(sg.groupId, sg)
    this.baseImageId = this.registerImage({
      name: BASE_IMAGE_NAME,
      description: 'Amazon Linux 2023 AMI 2023.9.20261101.0 x86_64 HVM kernel-6.1',
      ownerId: AMAZON_OWNER,
      blockDeviceMappings: [{ deviceName: ROOT_DEVICE, volumeSize: 8 }]
    }).imageId
  }

  // ---- lookups (public interface) ----

  getInstance(id: string): Instance | undefined {
    return this.instanceMap.get(id)
  }
  instances(): Instance[] {
    return [...this.instanceMap.values()]
  }
  getImage(id: string): SimImage | undefined {
    return this.imageMap.get(id)
  }
  images(): SimImage[] {
    return [...this.imageMap.values()]
  }
  snapshots(): SimSnapshot[] {
    return [...this.snapshotMap.values()]
  }
  getNetworkInterface(id: string): SimNetworkInterface | undefined {
    return this.eniMap.get(id)
  }
  networkInterfaces(): SimNetworkInterface[] {
    return [...this.eniMap.values()]
  }
  networkInterfacesOf(instanceId: string): SimNetworkInterface[] {
    return this.networkInterfaces().filter(
      (e) =>
        e.attachment && e.attachment.instanceId === instanceId && e.attachment.status !== 'detached'
    )
  }

  subnet(id: string): Subnet {
    const s = this.subnets.find((x) => x.subnetId === id)
    if (!s) throw notFound.subnet(id)
    return s
  }

  private allocateIp(subnet: Subnet): string {
    const [a, b, c] = subnet.cidr.split('/')[0].split('.').map(Number)
    const host = subnet.nextHost++
    return `${a}.${b}.${c + Math.floor(host / 256)}.${host % 256}`
  }

  /** The tag set of any taggable resource, by id. */
  tagsOf(id: string): Record<string, string> | undefined {
    return (
      this.instanceMap.get(id)?.tags ??
      this.imageMap.get(id)?.tags ??
      this.snapshotMap.get(id)?.tags ??
      this.eniMap.get(id)?.tags ??
      this.securityGroups.get(id)?.tags ??
      this.launchTemplates.get(id)?.tags ??
      (this.vpc.vpcId === id ? this.vpc.tags : undefined) ??
      this.subnets.find((s) => s.subnetId === id)?.tags
    )
  }

  resourceType(id: string): string {
    const prefix = id.split('-')[0]
    const types: Record<string, string> = {
      i: 'instance',
      ami: 'image',
      snap: 'snapshot',
      eni: 'network-interface',
      sg: 'security-group',
      lt: 'launch-template',
      vpc: 'vpc',
      subnet: 'subnet'
    }
    return types[prefix] ?? prefix
  }

  createTags(resourceIds: string[], tags: Record<string, string>): void {
    const sets = resourceIds.map((id) => {
      const t = this.tagsOf(id)
      if (!t) throw notFoundFor(id)
      return t
    })
    for (const t of sets) Object.assign(t, tags)
  }

  deleteTags(resourceIds: string[], keys: { key: string; value?: string }[]): void {
    for (const id of resourceIds) {
      const t = this.tagsOf(id)
      if (!t) throw notFoundFor(id)
      for (const k of keys) if (k.value === undefined || t[k.key] === k.value) delete t[k.key]
    }
  }

  // ---- images and snapshots ----

  registerImage(opts: {
    name: string
    description?: string
    ownerId?: string
    architecture?: string
    rootDeviceName?: string
    blockDeviceMappings?: { deviceName: string; snapshotId?: string; volumeSize?: number }[]
    tags?: Record<string, string>
    snapshotTags?: Record<string, string>
  }): SimImage {
    const ownerId = opts.ownerId ?? this.ctx.accountId
    if (!/^[a-zA-Z0-9().\-/_ ]{3,128}$/.test(opts.name))
      throw new InvalidParameterValue(
        `AMI name '${opts.name}' is invalid: 3-128 characters of [a-zA-Z0-9().-/_ ]`
      )
    for (const img of this.imageMap.values())
      if (img.ownerId === ownerId && img.name === opts.name && img.state !== 'deregistered')
        throw new AwsError(
          'InvalidAMIName.Duplicate',
          `AMI name ${opts.name} is already in use by AMI ${img.imageId}`
        )
    const mappings = (opts.blockDeviceMappings ?? [{ deviceName: ROOT_DEVICE, volumeSize: 8 }]).map(
      (m) => {
        if (m.snapshotId) {
          const snap = this.snapshotMap.get(m.snapshotId)
          if (!snap) throw notFound.snapshot(m.snapshotId)
          return {
            deviceName: m.deviceName,
            snapshotId: snap.snapshotId,
            volumeSize: m.volumeSize ?? snap.volumeSize
          }
        }
        // RegisterImage from an EBS mapping without a snapshot: model the snapshot packer
        // (CreateImage) would have made, so retention code has snapshots to find and delete.
        const snap: SimSnapshot = {
          snapshotId: resourceId('snap'),
          volumeSize: m.volumeSize ?? 8,
          state: 'completed',
          ownerId,
          description: `Created for ${opts.name}`,
          tags: { ...(opts.snapshotTags ?? {}) },
          startTime: this.ctx.time.now()
        }
        this.snapshotMap.set(snap.snapshotId, snap)
        return {
          deviceName: m.deviceName,
          snapshotId: snap.snapshotId,
          volumeSize: snap.volumeSize
        }
      }
    )
    const image: SimImage = {
      imageId: resourceId('ami'),
      name: opts.name,
      description: opts.description,
      ownerId,
      state: 'available',
      architecture: opts.architecture ?? 'x86_64',
      rootDeviceName: opts.rootDeviceName ?? mappings[0]?.deviceName ?? ROOT_DEVICE,
      blockDeviceMappings: mappings,
      tags: { ...(opts.tags ?? {}) },
      creationDate: new Date(this.ctx.time.now()).toISOString()
    }
    this.imageMap.set(image.imageId, image)
    this.ctx.log(`ec2: registered ${image.imageId} ${image.name}`)
    return image
  }

  deregisterImage(id: string): void {
    const img = this.imageMap.get(id)
    if (!img || img.state === 'deregistered') throw notFound.image(id)
    // Deregistered images vanish from DescribeImages (AWS shows them briefly; we drop them).
    this.imageMap.delete(id)
    this.ctx.log(`ec2: deregistered ${id}`)
  }

  deleteSnapshot(id: string): void {
    const snap = this.snapshotMap.get(id)
    if (!snap) throw notFound.snapshot(id)
    for (const img of this.imageMap.values())
      if (img.blockDeviceMappings.some((m) => m.snapshotId === id))
        throw new SnapshotInUse(id, img.imageId)
    this.snapshotMap.delete(id)
  }

  // ---- security groups ----

  createSecurityGroup(opts: {
    name: string
    description: string
    vpcId?: string
    tags?: Record<string, string>
  }): SecurityGroup {
    const vpcId = opts.vpcId ?? this.vpc.vpcId
    if (vpcId !== this.vpc.vpcId) throw notFound.vpc(vpcId)
    for (const g of this.securityGroups.values())
      if (g.groupName === opts.name && g.vpcId === vpcId)
        throw new AwsError(
          'InvalidGroup.Duplicate',
          `The security group '${opts.name}' already exists for VPC '${vpcId}'`
        )
    const sg: SecurityGroup = {
      groupId: resourceId('sg'),
      groupName: opts.name,
      description: opts.description,
      vpcId,
      ingress: [],
      tags: { ...(opts.tags ?? {}) }
    }
    this.securityGroups.set(sg.groupId, sg)
    return sg
  }

  securityGroup(id: string): SecurityGroup {
    const g = this.securityGroups.get(id)
    if (!g) throw notFound.group(id)
    return g
  }

  deleteSecurityGroup(id: string): void {
    this.securityGroup(id)
    const users = [...this.eniMap.values()].filter((e) =>
      this.eniGroups.get(e.networkInterfaceId)?.includes(id)
    )
    if (users.length > 0) throw new DependencyViolation(`resource ${id} has a dependent object`)
    this.securityGroups.delete(id)
  }

  // ---- network interfaces ----

  private readonly eniGroups = new Map<string, string[]>()

  createNetworkInterface(opts: {
    subnetId: string
    description?: string
    groupIds?: string[]
    tags?: Record<string, string>
    privateIp?: string
  }): SimNetworkInterface {
    const subnet = this.subnet(opts.subnetId)
    for (const g of opts.groupIds ?? []) this.securityGroup(g)
    const eni: SimNetworkInterface = {
      networkInterfaceId: resourceId('eni'),
      subnetId: subnet.subnetId,
      az: subnet.az,
      vpcId: subnet.vpcId,
      privateIp: opts.privateIp ?? this.allocateIp(subnet),
      macAddress: macAddress(),
      description: opts.description ?? '',
      status: 'available',
      tags: { ...(opts.tags ?? {}) }
    }
    this.eniMap.set(eni.networkInterfaceId, eni)
    this.eniGroups.set(eni.networkInterfaceId, opts.groupIds ?? [])
    return eni
  }

  groupsOfEni(id: string): string[] {
    return this.eniGroups.get(id) ?? []
  }

  deleteNetworkInterface(id: string): void {
    const eni = this.eniMap.get(id)
    if (!eni) throw notFound.eni(id)
    if (eni.attachment)
      throw new AwsError(
        'InvalidNetworkInterface.InUse',
        `The network interface '${id}' is currently in use.`
      )
    this.eniMap.delete(id)
    this.eniGroups.delete(id)
  }

  /** Drops an attachment to a shutting-down or terminated instance at once. */
  releaseFromDeadInstance(eniId: string): void {
    const eni = this.eniMap.get(eniId)
    const att = eni?.attachment
    if (!eni || !att) return
    const state = this.instanceMap.get(att.instanceId)?.state
    if (state === 'running' || state === 'pending') return
    this.timers.get(eniId)?.cancel()
    this.finishDetach(eni, att.attachmentId)
  }

  attachNetworkInterface(eniId: string, instanceId: string, deviceIndex: number): string {
    const eni = this.eniMap.get(eniId)
    if (!eni) throw notFound.eni(eniId)
    const inst = this.instanceMap.get(instanceId)
    if (!inst || inst.state === 'terminated') throw notFound.instance(instanceId)
    if (inst.state !== 'running') throw new IncorrectInstanceState(instanceId, inst.state)
    if (eni.attachment) throw new NetworkInterfaceInUse(eniId)
    if (eni.az !== inst.az)
      throw new InvalidParameterCombination(
        'You may not attach a network interface to an instance if they are not in the same availability zone'
      )
    if (this.networkInterfacesOf(instanceId).some((e) => e.attachment?.deviceIndex === deviceIndex))
      throw new InvalidParameterValue(
        `Instance '${instanceId}' already has an interface attached at device index '${deviceIndex}'.`
      )
    const attachmentId = resourceId('eni-attach')
    eni.attachment = {
      attachmentId,
      instanceId,
      deviceIndex,
      status: 'attaching',
      attachTime: this.ctx.time.now(),
      deleteOnTermination: false
    }
    eni.status = 'in-use'
    this.emitEni(eni, 'attaching')
    this.schedule(eni.networkInterfaceId, this.ctx.time.ms('eniAttach'), () => {
      if (eni.attachment?.attachmentId !== attachmentId || eni.attachment.status !== 'attaching')
        return
      eni.attachment.status = 'attached'
      this.emitEni(eni, 'attached')
    })
    this.ctx.log(`ec2: attaching ${eniId} to ${instanceId} at device ${deviceIndex}`)
    return attachmentId
  }

  detachNetworkInterface(attachmentId: string, force: boolean): void {
    const eni = [...this.eniMap.values()].find((e) => e.attachment?.attachmentId === attachmentId)
    if (!eni || !eni.attachment) throw notFound.attachment(attachmentId)
    if (eni.attachment.deviceIndex === 0)
      throw new OperationNotPermitted('The network interface at device index 0 cannot be detached.')
    this.startDetach(eni, force, 'ec2.detach')
  }

  /** detaching → (modelled delay) → available; a stuck fault holds it unless forced. */
  private startDetach(eni: SimNetworkInterface, force: boolean, why: string): void {
    const att = eni.attachment
    if (!att) return
    const alreadyDetaching = att.status === 'detaching'
    if (!alreadyDetaching) {
      att.status = 'detaching'
      eni.status = 'detaching'
      this.emitEni(eni, 'detaching')
    }
    this.ctx.log(
      `ec2: detaching ${eni.networkInterfaceId} from ${att.instanceId}${force ? ' (force)' : ''} [${why}]`
    )
    if (!force && this.ctx.faults.detachStuck(eni.networkInterfaceId)) {
      this.ctx.log(`ec2: fault: detach of ${eni.networkInterfaceId} is stuck`)
      return
    }
    if (alreadyDetaching && !force && this.timers.has(eni.networkInterfaceId)) return
    const delay = force
      ? Math.ceil(this.ctx.time.ms('eniDetach') / 2)
      : this.ctx.time.ms('eniDetach')
    this.schedule(eni.networkInterfaceId, delay, () => this.finishDetach(eni, att.attachmentId))
  }

  private finishDetach(eni: SimNetworkInterface, attachmentId: string): void {
    const att = eni.attachment
    if (!att || att.attachmentId !== attachmentId) return
    eni.attachment = undefined
    eni.status = 'available'
    this.emitEni(eni, 'detached', att)
    this.ctx.log(`ec2: ${eni.networkInterfaceId} detached from ${att.instanceId}`)
    if (att.deleteOnTermination && this.instanceMap.get(att.instanceId)?.state !== 'running') {
      this.eniMap.delete(eni.networkInterfaceId)
    }
  }

  private emitEni(eni: SimNetworkInterface, status: AttachmentStatus, att = eni.attachment): void {
    if (!att) return
    this.ctx.events.emit('eni', {
      eni,
      instanceId: att.instanceId,
      deviceIndex: att.deviceIndex,
      status
    })
  }

  private schedule(key: string, ms: number, fn: () => void): void {
    this.timers.get(key)?.cancel()
    const t = this.ctx.time.after(ms, () => {
      this.timers.delete(key)
      fn()
    })
    this.timers.set(key, t)
  }

  // ---- launch templates ----

  createLaunchTemplate(
    name: string,
    data: Record<string, unknown>,
    tags: Record<string, string> = {},
    description?: string
  ): LaunchTemplate {
    if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name))
      throw new InvalidParameterValue(`Launch template name '${name}' is invalid`)
    for (const lt of this.launchTemplates.values())
      if (lt.name === name)
        throw new AwsError(
          'InvalidLaunchTemplateName.AlreadyExistsException',
          `Launch template name already in use.`
        )
    const lt: LaunchTemplate = {
      id: resourceId('lt'),
      name,
      defaultVersion: 1,
      latestVersion: 1,
      versions: new Map(),
      tags: { ...tags },
      createTime: this.ctx.time.now()
    }
    lt.versions.set(1, {
      versionNumber: 1,
      data: structuredClone(data),
      description,
      createTime: this.ctx.time.now()
    })
    this.launchTemplates.set(lt.id, lt)
    return lt
  }

  launchTemplate(idOrName: { id?: string; name?: string }): LaunchTemplate {
    if (idOrName.id) {
      const lt = this.launchTemplates.get(idOrName.id)
      if (!lt) throw notFound.launchTemplate(idOrName.id)
      return lt
    }
    const lt = [...this.launchTemplates.values()].find((x) => x.name === idOrName.name)
    if (!lt) throw notFound.launchTemplateName(idOrName.name ?? '')
    return lt
  }

  createLaunchTemplateVersion(
    id: string,
    data: Record<string, unknown>,
    description?: string
  ): number {
    const lt = this.launchTemplate({ id })
    const n = lt.latestVersion + 1
    lt.versions.set(n, {
      versionNumber: n,
      data: structuredClone(data),
      description,
      createTime: this.ctx.time.now()
    })
    lt.latestVersion = n
    return n
  }

  setDefaultLaunchTemplateVersion(id: string, version: number): void {
    const lt = this.launchTemplate({ id })
    if (!lt.versions.has(version)) throw notFound.launchTemplateVersion(id, String(version))
    lt.defaultVersion = version
  }

  deleteLaunchTemplate(id: string): void {
    this.launchTemplate({ id })
    this.launchTemplates.delete(id)
  }

  /** A version as written: a number, $Latest or $Default (exactly as AWS resolves it). */
  resolveLaunchTemplateVersion(
    lt: LaunchTemplate,
    spec: string | undefined
  ): LaunchTemplateVersion {
    const s = spec ?? '$Default'
    const n = s === '$Latest' ? lt.latestVersion : s === '$Default' ? lt.defaultVersion : Number(s)
    const v = Number.isInteger(n) ? lt.versions.get(n) : undefined
    if (!v) throw notFound.launchTemplateVersion(lt.id, s)
    return v
  }

  // ---- instances ----

  launchInstance(spec: LaunchSpec): Instance {
    const subnet = this.subnet(spec.subnetId)
    if (this.ctx.faults.zoneDown(subnet.az)) throw new InsufficientInstanceCapacity(subnet.az)
    const image = this.imageMap.get(spec.imageId)
    if (!image || image.state !== 'available') throw notFound.image(spec.imageId)
    for (const g of spec.securityGroupIds ?? []) this.securityGroup(g)
    const instanceId = resourceId('i')
    const primary = this.createNetworkInterface({
      subnetId: subnet.subnetId,
      description: 'Primary network interface',
      groupIds: spec.securityGroupIds
    })
    primary.status = 'in-use'
    primary.attachment = {
      attachmentId: resourceId('eni-attach'),
      instanceId,
      deviceIndex: 0,
      status: 'attached',
      attachTime: this.ctx.time.now(),
      deleteOnTermination: true
    }
    const inst: Instance = {
      instanceId,
      imageId: image.imageId,
      az: subnet.az,
      subnetId: subnet.subnetId,
      privateIp: primary.privateIp,
      macAddress: primary.macAddress,
      userData: spec.userDataBase64
        ? Buffer.from(spec.userDataBase64, 'base64').toString('utf8')
        : '',
      tags: { ...(spec.tags ?? {}) },
      state: 'pending',
      groupName: spec.groupName,
      // Auto Scaling's first state, set before the runtime hears of the instance.
      lifecycleState: spec.groupName ? 'Pending' : undefined,
      launchTemplate: spec.launchTemplate,
      launchTime: this.ctx.time.now(),
      instanceType: spec.instanceType ?? 't3.medium',
      securityGroupIds: spec.securityGroupIds ?? [],
      iamInstanceProfile: spec.iamInstanceProfile,
      primaryEniId: primary.networkInterfaceId
    }
    this.instanceMap.set(instanceId, inst)
    this.ctx.log(`ec2: launched ${instanceId} (${image.imageId}) in ${subnet.az}`)
    this.setState(inst, 'pending', undefined)
    try {
      this.ctx.runtime?.launched(inst)
    } catch (err) {
      this.ctx.log(`ec2: runtime.launched(${instanceId}) failed: ${String(err)}`)
    }
    this.schedule(instanceId, this.ctx.time.ms('instancePending'), () => {
      if (inst.state === 'pending') this.setState(inst, 'running', 'pending')
    })
    return inst
  }

  private setState(inst: Instance, to: InstanceState, from: InstanceState | undefined): void {
    inst.state = to
    this.ctx.events.emit('instance-state', { instance: inst, from, to })
  }

  /**
   * shutting-down → terminated. 'shutdown': a clean termination (the runtime may run
   * ExecStop); 'killed': an unplanned death. Secondary ENIs the agent left attached are
   * detached by EC2 latency.eniReclaim after the instance is terminated (unless a
   * stuck-detach fault holds them).
   */
  terminateInstance(id: string, how: 'shutdown' | 'killed', reason = 'User initiated'): void {
    const inst = this.instanceMap.get(id)
    if (!inst) throw notFound.instance(id)
    if (inst.state === 'shutting-down' || inst.state === 'terminated') return
    const from = inst.state
    inst.stateReason = reason
    inst.stateReasonCode =
      how === 'killed' ? 'Server.InternalError' : 'Client.UserInitiatedShutdown'
    this.timers.get(id)?.cancel()
    this.setState(inst, 'shutting-down', from)
    this.ctx.log(`ec2: ${id} shutting-down (${how}: ${reason})`)
    const shutdownMs = this.ctx.time.ms('instanceShutdown')
    // Called synchronously, so processes of a killed instance stop at once.
    let stopping: void | Promise<void> = undefined
    try {
      stopping = this.ctx.runtime?.terminated(inst, how)
    } catch (err) {
      this.ctx.log(`ec2: runtime.terminated(${id}) failed: ${String(err)}`)
    }
    const done = Promise.resolve(stopping).catch((err: unknown) =>
      this.ctx.log(`ec2: runtime.terminated(${id}) failed: ${String(err)}`)
    )
    let finished = false
    const finish = (): void => {
      if (finished) return
      finished = true
      this.setState(inst, 'terminated', 'shutting-down')
      // Only a terminated instance loses its ENIs: while shutting-down its OS still runs
      // (ExecStop, a slow opscenterd stop), so the lock must stay where it is until now.
      this.ctx.time.after(this.ctx.time.ms('eniReclaim'), () => {
        for (const eni of this.networkInterfacesOf(id))
          if (
            eni.attachment &&
            eni.attachment.deviceIndex > 0 &&
            eni.attachment.status !== 'detaching'
          )
            this.startDetach(eni, false, `reclaim from terminated ${id}`)
      })
      const primary = this.eniMap.get(inst.primaryEniId)
      if (primary) {
        const att = primary.attachment
        primary.attachment = undefined
        this.eniMap.delete(primary.networkInterfaceId)
        if (att) this.emitEni(primary, 'detached', att)
      }
    }
    // Terminated once both the runtime has stopped and the shutdown time has passed,
    // but never later than twice the shutdown time (a hung ExecStop does not stall EC2).
    let timeUp = false
    let runtimeDone = false
    this.ctx.time.after(shutdownMs, () => {
      timeUp = true
      if (runtimeDone) finish()
    })
    this.ctx.time.after(shutdownMs * 2 + 1, finish)
    void done.then(() => {
      runtimeDone = true
      if (timeUp) finish()
    })
  }

  killInstance(id: string): void {
    const inst = this.instanceMap.get(id)
    if (!inst) throw notFound.instance(id)
    this.terminateInstance(
      id,
      'killed',
      'Server.InternalError: Internal error on launch or instance failure'
    )
    this.onKilled(inst)
  }

  /** Set by the simulator: lets Auto Scaling notice an instance that died under it. */
  onKilled: (inst: Instance) => void = () => undefined
  /** Set by the simulator: lets Auto Scaling notice an instance that failed its status check. */
  onImpaired: (inst: Instance) => void = () => undefined

  /**
   * The instance's OS freezes (a kernel hang, a host fault): it still runs as far as EC2's
   * state goes, but nothing on it answers. Its next status check (they run every minute)
   * fails and its status turns impaired.
   */
  impairInstance(id: string): void {
    const inst = this.instanceMap.get(id)
    if (!inst) throw notFound.instance(id)
    this.ctx.runtime?.frozen?.(inst)
    this.ctx.time.after(this.ctx.time.ms('statusCheckInterval'), () => {
      if (inst.state !== 'running') return
      inst.status = 'impaired'
      this.ctx.log(`ec2: ${id} failed its status check: impaired`)
      this.onImpaired(inst)
    })
  }

  killZone(az: string): void {
    for (const inst of this.instanceMap.values())
      if (inst.az === az && (inst.state === 'pending' || inst.state === 'running'))
        this.killInstance(inst.instanceId)
  }
}

function notFoundFor(id: string): Error {
  const prefix = id.split('-')[0]
  if (prefix === 'i') return notFound.instance(id)
  if (prefix === 'ami') return notFound.image(id)
  if (prefix === 'snap') return notFound.snapshot(id)
  if (prefix === 'eni') return notFound.eni(id)
  if (prefix === 'sg') return notFound.group(id)
  if (prefix === 'lt') return notFound.launchTemplate(id)
  return new InvalidParameterValue(`Invalid id: "${id}"`)
}
