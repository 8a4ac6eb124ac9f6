// placeholder, replaced by the engine
import type { SimContext } from '../context.js'
import type { Ec2 } from '../ec2/model.js'
import type { AutoScaling } from '../autoscaling/model.js'
import type { Route53 } from '../route53/model.js'
import type { CloudFormationModel, SimStack } from '../types.js'

export class CloudFormation implements CloudFormationModel {
  constructor(
    readonly ctx: SimContext,
    readonly deps: { ec2: Ec2; autoscaling: AutoScaling; route53: Route53 }
  ) {}
  getStack(_nameOrId: string): SimStack | undefined {
    return undefined
  }
  stacks(): SimStack[] {
    return []
  }
  stop(): void {}
}
