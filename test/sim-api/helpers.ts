// Real SDK clients pointed at a simulator, with fake credentials and no retries unless asked.
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling'
import { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import { EC2Client } from '@aws-sdk/client-ec2'
import { Route53Client } from '@aws-sdk/client-route-53'
import { ADMIN_ACCESS_KEY } from '../sim/iam/index.js'
import type { Sim } from '../sim/types.js'

export interface Clients {
  ec2: EC2Client
  asg: AutoScalingClient
  r53: Route53Client
  cfn: CloudFormationClient
  destroy(): void
}

export function clients(sim: Sim, maxAttempts = 1): Clients {
  const config = {
    region: sim.region,
    endpoint: sim.endpoint,
    maxAttempts,
    // The account's admin: these tests are about the APIs, not about permissions.
    credentials: { accessKeyId: ADMIN_ACCESS_KEY, secretAccessKey: 'test' }
  }
  const c = {
    ec2: new EC2Client(config),
    asg: new AutoScalingClient(config),
    r53: new Route53Client(config),
    cfn: new CloudFormationClient(config)
  }
  return {
    ...c,
    destroy: () => Object.values(c).forEach((x) => x.destroy())
  }
}

/** Polls until probe returns a value, bounded (simulator time is scaled down). */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await probe()
    if (v !== undefined && v !== false) return v
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
