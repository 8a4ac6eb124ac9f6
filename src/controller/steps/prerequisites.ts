// The network a stack is deployed into, checked before anything is baked or changed: the
// VPC exists and resolves private names (the hosted zone and the EFS file system's name
// resolve only through the Amazon-provided resolver, with both DNS attributes on:
// https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zone-private-considerations.html),
// and the three subnets exist, lie in that VPC and in three different zones (EFS allows one
// mount target per zone: https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html).
import {
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  type Subnet
} from '@aws-sdk/client-ec2'
import { NETWORK_PARAMS } from '../../shared/contract.js'
import { hasCode, withRetry } from '../../shared/retry.js'
import type { Ctx } from '../context/context.js'

/** A prerequisite AWS does not meet: names the parameter (or resource) and the fix. */
export class PrerequisiteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PrerequisiteError'
  }
}

const SUBNETS = [NETWORK_PARAMS.subnetA, NETWORK_PARAMS.subnetB, NETWORK_PARAMS.subnetC]

/**
 * `values`: the parameters the stack will have (the stack's, overridden by the input's).
 * A template without these parameters (not this repository's) is not checked.
 */
export async function checkNetwork(ctx: Ctx, values: Record<string, string>): Promise<string> {
  const declared = ctx.opts.templateParams
  if (![NETWORK_PARAMS.vpcId, ...SUBNETS].every((p) => declared.includes(p)))
    return `not checked: the template does not take ${NETWORK_PARAMS.vpcId} and ${SUBNETS.join(', ')}`
  const vpcId = required(values, NETWORK_PARAMS.vpcId)
  const subnetIds = SUBNETS.map((p) => required(values, p))
  await checkVpcDns(ctx, vpcId)
  const subnets = await describeSubnets(ctx, subnetIds)
  const zones = new Map<string, string>()
  SUBNETS.forEach((param, i) => {
    const s = subnets.get(subnetIds[i])!
    if (s.VpcId !== vpcId)
      throw new PrerequisiteError(
        `parameter ${param}: ${s.SubnetId} is in ${s.VpcId}, not in ${NETWORK_PARAMS.vpcId} ${vpcId}: pick a subnet of ${vpcId}`
      )
    const other = zones.get(s.AvailabilityZone!)
    if (other)
      throw new PrerequisiteError(
        `parameter ${param}: ${s.SubnetId} is in ${s.AvailabilityZone} like ${other}: EFS allows one mount target per zone, so the three subnets must be in three different zones`
      )
    zones.set(s.AvailabilityZone!, param)
  })
  return `${vpcId} resolves private DNS; subnets in ${[...zones.keys()].join(', ')}`
}

function required(values: Record<string, string>, param: string): string {
  const v = values[param]
  if (!v)
    throw new PrerequisiteError(
      `parameter ${param} is not set: add it to the parameters input (cloudformation/parameters.json)`
    )
  return v
}

async function checkVpcDns(ctx: Ctx, vpcId: string): Promise<void> {
  for (const attribute of ['enableDnsSupport', 'enableDnsHostnames'] as const) {
    let on: boolean | undefined
    try {
      const out = await withRetry(
        () =>
          ctx.clients.ec2.send(
            new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: attribute })
          ),
        { clock: ctx.deps.clock }
      )
      on = (attribute === 'enableDnsSupport' ? out.EnableDnsSupport : out.EnableDnsHostnames)?.Value
    } catch (err) {
      if (hasCode(err, 'InvalidVpcID.NotFound'))
        throw new PrerequisiteError(
          `parameter ${NETWORK_PARAMS.vpcId}: ${vpcId} does not exist in ${ctx.opts.region}: give the id of the VPC of your Cassandra clusters`
        )
      throw err
    }
    if (!on)
      throw new PrerequisiteError(
        `parameter ${NETWORK_PARAMS.vpcId}: ${vpcId} has ${attribute} off, so the private record and the EFS name would not resolve inside it: ` +
          `turn it on (aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --${attribute === 'enableDnsSupport' ? 'enable-dns-support' : 'enable-dns-hostnames'} '{"Value":true}')`
      )
  }
}

async function describeSubnets(ctx: Ctx, ids: string[]): Promise<Map<string, Subnet>> {
  const found = new Map<string, Subnet>()
  // One at a time: a batch with one unknown id fails whole and hides which one it was.
  for (const [i, id] of ids.entries()) {
    try {
      const out = await withRetry(
        () => ctx.clients.ec2.send(new DescribeSubnetsCommand({ SubnetIds: [id] })),
        { clock: ctx.deps.clock }
      )
      const s = out.Subnets?.[0]
      if (s) found.set(id, s)
    } catch (err) {
      if (!hasCode(err, 'InvalidSubnetID.NotFound')) throw err
    }
    if (!found.has(id))
      throw new PrerequisiteError(
        `parameter ${SUBNETS[i]}: ${id} does not exist in ${ctx.opts.region}: give a private subnet of ${NETWORK_PARAMS.vpcId}`
      )
  }
  return found
}
