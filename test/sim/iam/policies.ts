// The principals of a simulated account: the deploy and plan roles with the policies in
// docs/, filled in exactly as docs/first-deployment.md tells a user to (the sed of
// ACCOUNT_ID, REGION and STACK_NAME), and the access keys the simulator knows them by.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PolicyDocument, Principal } from './model.js'

/** Keys of the deploy and plan roles' sessions (the action and packer use the deploy key). */
export const DEPLOY_ACCESS_KEY = 'AKIDTEST'
export const PLAN_ACCESS_KEY = 'AKIDPLAN'

export interface Placeholders {
  accountId: string
  region: string
  stackName: string
}

/** docs/<file> after `sed -e s/ACCOUNT_ID/…/g -e s/REGION/…/g -e s/STACK_NAME/…/g`. */
export function docPolicy(repoRoot: string, file: string, p: Placeholders): PolicyDocument {
  const text = readFileSync(join(repoRoot, 'docs', file), 'utf8')
    .replace(/ACCOUNT_ID/g, p.accountId)
    .replace(/REGION/g, p.region)
    .replace(/STACK_NAME/g, p.stackName)
  return JSON.parse(text) as PolicyDocument
}

/** A GitHub OIDC session of a role whose only policy is `policy` (read on every call). */
export function roleSession(
  accountId: string,
  roleName: string,
  session: string,
  policy: () => PolicyDocument[]
): Principal {
  return {
    arn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${session}`,
    principalArn: `arn:aws:iam::${accountId}:role/${roleName}`,
    policies: policy
  }
}
