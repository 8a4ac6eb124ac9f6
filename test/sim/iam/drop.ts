// Policies with one statement taken out: what the IAM e2e tests and `npm run iam-drill`
// deploy with, to show which statements a deployment needs and that each is evaluated.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { yamlDump, yamlParse } from 'yaml-cfn'
import type { PolicyDocument } from './model.js'

type Statement = { Sid?: string }
type RoleTemplate = {
  Resources: { InstanceRole: { Properties: { Policies: { PolicyDocument: PolicyDocument }[] } } }
}

/** The policy without the statement `sid` (which must be there). */
export function without(doc: PolicyDocument, sid: string): PolicyDocument {
  const statements = doc.Statement as Statement[]
  if (!statements.some((s) => s.Sid === sid)) throw new Error(`no statement ${sid}`)
  return { ...doc, Statement: statements.filter((s) => s.Sid !== sid) }
}

/** The Sids of the instance role's statements in a template. */
export function roleStatements(templatePath: string): string[] {
  const t = yamlParse(readFileSync(templatePath, 'utf8')) as RoleTemplate
  return (
    t.Resources.InstanceRole.Properties.Policies[0].PolicyDocument.Statement as Statement[]
  ).map((s) => s.Sid ?? '?')
}

/** A copy of the template whose instance role lacks the statement `sid`; returns its path. */
export function templateWithoutRoleStatement(templatePath: string, sid: string): string {
  const t = yamlParse(readFileSync(templatePath, 'utf8')) as RoleTemplate
  const policy = t.Resources.InstanceRole.Properties.Policies[0]
  policy.PolicyDocument = without(policy.PolicyDocument, sid)
  const file = join(mkdtempSync(join(tmpdir(), 'opscenter-ha-iam-')), 'opscenter.yaml')
  writeFileSync(file, yamlDump(t))
  return file
}
