// AWS::IAM::Role and AWS::IAM::InstanceProfile: names, ids, ARNs and the role's policies
// (evaluated by test/sim/iam for the calls an instance of the profile makes).
import { upperId } from '../../core/ids.js'
import {
  ResourceFailure,
  generatedName,
  list,
  str,
  type Props,
  type ResourceHandler
} from './types.js'

export const role: ResourceHandler = {
  latency: 'cfnIamRole',
  replaceOn: ['RoleName', 'Path'],
  create(props, ctx) {
    if (!props.AssumeRolePolicyDocument)
      throw new ResourceFailure('Property AssumeRolePolicyDocument cannot be empty.')
    const name = str(props, 'RoleName') ?? generatedName(ctx, 64)
    if (ctx.stores.roles.has(name))
      throw new ResourceFailure(
        `Role with name ${name} already exists. (Service: Iam, Status Code: 409, Error Code: EntityAlreadyExists)`
      )
    const arn = `arn:aws:iam::${ctx.accountId}:role${str(props, 'Path') ?? '/'}${name}`
    ctx.stores.roles.set(name, {
      name,
      roleId: upperId('AROA', 17),
      arn,
      document: props.AssumeRolePolicyDocument,
      ...rolePolicies(props)
    })
    return {
      physicalId: name,
      attributes: { Arn: arn, RoleId: ctx.stores.roles.get(name)?.roleId }
    }
  },
  update(current, props, _old, ctx) {
    const r = ctx.stores.roles.get(current.physicalId)
    if (r) Object.assign(r, { document: props.AssumeRolePolicyDocument, ...rolePolicies(props) })
    return current
  },
  delete(current, _props, ctx) {
    for (const p of ctx.stores.instanceProfiles.values())
      if (p.roles.includes(current.physicalId))
        throw new ResourceFailure(
          `Cannot delete entity, must remove roles from instance profile first. (Service: Iam, Status Code: 409, Error Code: DeleteConflict)`
        )
    ctx.stores.roles.delete(current.physicalId)
  }
}

function rolePolicies(props: Props): {
  policies: { name: string; document: unknown }[]
  managedPolicyArns: string[]
} {
  const policies = list(props, 'Policies').map((p) => {
    const { PolicyName, PolicyDocument } = p as { PolicyName?: unknown; PolicyDocument?: unknown }
    if (!PolicyName || !PolicyDocument)
      throw new ResourceFailure('Policies must each have a PolicyName and a PolicyDocument.')
    return { name: String(PolicyName), document: PolicyDocument }
  })
  return { policies, managedPolicyArns: list(props, 'ManagedPolicyArns').map(String) }
}

export const instanceProfile: ResourceHandler = {
  latency: 'cfnIamInstanceProfile',
  replaceOn: ['InstanceProfileName', 'Path'],
  create(props, ctx) {
    const roles = list(props, 'Roles').map(String)
    if (roles.length !== 1)
      throw new ResourceFailure('Property Roles must contain exactly one role.')
    for (const r of roles)
      if (!ctx.stores.roles.has(r))
        throw new ResourceFailure(
          `The role with name ${r} cannot be found. (Service: Iam, Status Code: 404, Error Code: NoSuchEntity)`
        )
    const name = str(props, 'InstanceProfileName') ?? generatedName(ctx, 128)
    const arn = `arn:aws:iam::${ctx.accountId}:instance-profile${str(props, 'Path') ?? '/'}${name}`
    ctx.stores.instanceProfiles.set(name, { name, arn, roles })
    return { physicalId: name, attributes: { Arn: arn } }
  },
  update(current, props, _old, ctx) {
    const p = ctx.stores.instanceProfiles.get(current.physicalId)
    if (p) p.roles = list(props, 'Roles').map(String)
    return current
  },
  delete(current, _props, ctx) {
    ctx.stores.instanceProfiles.delete(current.physicalId)
  }
}
