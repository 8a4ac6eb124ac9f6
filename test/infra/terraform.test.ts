// The Terraform module, checked without a Terraform binary (none can be installed here):
// parsed by HashiCorp's HCL parser (@cdktf/hcl2json). It must deploy the repository's
// template, document every variable, leave the action's AMI parameters alone, and expose the
// outputs the template has.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from '@cdktf/hcl2json'
import { OUTPUTS, PARAMS } from '../../src/shared/contract.js'
import { loadTemplate, repoRoot, type Json } from './template.js'

const dir = join(repoRoot, 'terraform')
const hcl = async (f: string) => (await parse(f, readFileSync(join(dir, f), 'utf8'))) as Json

it('deploys the repository template, whose path resolves from the module', async () => {
  const main = await hcl('main.tf')
  const stack = main.resource.aws_cloudformation_stack.opscenter[0]
  const m = /^\$\{file\("\$\{path\.module\}\/(.+)"\)\}$/.exec(stack.template_body)
  expect(m).not.toBeNull()
  expect(resolve(dir, m![1])).toBe(join(repoRoot, 'cloudformation/opscenter.yaml'))
  expect(existsSync(resolve(dir, m![1]))).toBe(true)
  expect(stack.capabilities).toEqual(['CAPABILITY_IAM'])
})

it('leaves AmiId and PreviousAmiId to the deploy action after the first apply', async () => {
  const main = await hcl('main.tf')
  const stack = main.resource.aws_cloudformation_stack.opscenter[0]
  expect(stack.lifecycle[0].ignore_changes).toEqual([
    `\${parameters["${PARAMS.amiId}"]}`,
    `\${parameters["${PARAMS.previousAmiId}"]}`
  ])
})

it('documents every variable, and takes every template parameter without a default', async () => {
  const vars = (await hcl('variables.tf')).variable as Record<string, Json[]>
  for (const [name, [v]] of Object.entries(vars))
    expect([name, v.description]).toEqual([name, expect.any(String)])
  const readme = readFileSync(join(dir, 'README.md'), 'utf8')
  for (const name of Object.keys(vars)) expect(readme).toContain(`\`${name}\``)
  const t = loadTemplate()
  const example = readFileSync(join(dir, 'README.md'), 'utf8')
  for (const [name, p] of Object.entries(t.Parameters as Record<string, Json>))
    if (p.Default === undefined && name !== PARAMS.amiId) expect(example).toContain(name)
})

it('outputs what the template outputs', async () => {
  const outs = (await hcl('outputs.tf')).output as Record<string, Json[]>
  const t = loadTemplate()
  for (const key of [OUTPUTS.recordName, OUTPUTS.opscenterUrl, OUTPUTS.alertTopicArn]) {
    expect(Object.keys(t.Outputs)).toContain(key)
    expect(JSON.stringify(outs)).toContain(`outputs[\\"${key}\\"]`)
  }
})
