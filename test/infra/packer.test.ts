// The Packer recipe against the contract: the variables the controller passes exist, the
// AMI carries the tags the controller looks AMIs up by, and the paths the boot agent reads
// are the ones the scripts write.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AMI_DEFAULTS_DIR, PACKER_VARS, TAGS } from '../../src/shared/contract.js'
import { parse } from '@cdktf/hcl2json'
import { repoRoot, type Json } from './template.js'

const dir = join(repoRoot, 'packer')
const read = (f: string) => readFileSync(join(dir, f), 'utf8')
const hclFiles = readdirSync(dir).filter((f) => f.endsWith('.pkr.hcl'))
const declared = [...read('variables.pkr.hcl').matchAll(/^variable "(\w+)"/gm)].map((m) => m[1])

describe('packer recipe', () => {
  it('declares every variable the controller passes', () => {
    expect(declared).toEqual(expect.arrayContaining(Object.values(PACKER_VARS)))
  })

  it('keeps the packer {} block alone in plugins.pkr.hcl (Packer 1.6.6 rejects it)', () => {
    const withBlock = hclFiles.filter((f) => /^packer\s*\{/m.test(read(f)))
    expect(withBlock).toEqual(['plugins.pkr.hcl'])
    expect(read('plugins.pkr.hcl')).toMatch(/source\s*=\s*"github.com\/hashicorp\/amazon"/)
    expect(read('plugins.pkr.hcl').replace(/#.*$/gm, '').trim()).toMatch(/^packer\s*\{[\s\S]*\}$/)
  })

  it('sets the OpsCenter version and package in the var-file, with obvious placeholders', () => {
    const vars = read('opscenter.pkrvars.hcl')
    expect(vars).toMatch(
      new RegExp(`^${PACKER_VARS.opscenterVersion}\\s*=\\s*"6\\.8\\.\\d+"$`, 'm')
    )
    expect(vars).toMatch(/^opscenter_package_url\s*=\s*"(s3|https):\/\/.*REPLACE-ME/m)
    expect(vars).toMatch(/^opscenter_package_sha256\s*=\s*"0{64}"$/m)
    for (const name of vars.matchAll(/^(\w+)\s*=/gm)) expect(declared).toContain(name[1])
  })

  it('tags the AMI and its snapshots with the keys the controller looks up', () => {
    const recipe = read('opscenter.pkr.hcl')
    for (const key of [TAGS.stack, TAGS.recipeHash, TAGS.opscenterVersion, TAGS.gitSha]) {
      expect(recipe).toContain(`"${key}"`)
    }
    expect(recipe).toMatch(/^\s*tags\s*=\s*local\.tags$/m)
    expect(recipe).toMatch(/^\s*snapshot_tags\s*=\s*local\.tags$/m)
    expect(recipe).toMatch(/post-processor "manifest"/)
    expect(recipe).toMatch(/owners\s*=\s*\["amazon"\]/)
    expect(recipe).toContain('al2023-ami-2023.*-x86_64')
    expect(recipe).toMatch(/ssh_username\s*=\s*"ec2-user"/)
    expect(recipe).toMatch(/device_name\s*=\s*"\/dev\/xvda"/)
  })

  it('bakes without SSH over the network: Session Manager, no public IP, no key pair, no open port', async () => {
    const doc = (await parse('opscenter.pkr.hcl', read('opscenter.pkr.hcl'))) as Json
    const source = doc.source['amazon-ebs'].opscenter[0]
    expect(source.ssh_interface).toBe('session_manager')
    expect(source.associate_public_ip_address).toBe(false)
    // Session Manager needs the profile; Packer then makes its security group without ingress.
    expect(source.iam_instance_profile).toBe('${var.build_instance_profile}')
    for (const key of [
      'ssh_keypair_name',
      'temporary_security_group_source_cidrs',
      'temporary_security_group_source_public_ip',
      'security_group_id',
      'security_group_ids'
    ])
      expect([key, source[key]]).toEqual([key, undefined])
    const profile = (await parse('variables.pkr.hcl', read('variables.pkr.hcl'))) as Json
    expect(profile.variable.build_instance_profile[0].default).toBe('opscenter-ha-packer-build')
  })

  // Debian's Packer 1.6.6 (CI) predates metadata_options, so lint-infra validates a copy
  // without the block; this checks the block itself, parsed by HashiCorp's HCL parser
  // (@cdktf/hcl2json), against the fields and values the amazon plugin documents.
  it('requires IMDSv2 on the build instance (accounts often deny RunInstances without it)', async () => {
    const doc = (await parse('opscenter.pkr.hcl', read('opscenter.pkr.hcl'))) as Json
    const source = doc.source['amazon-ebs'].opscenter[0]
    expect(source.metadata_options).toEqual([
      { http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 }
    ])
  })

  it('keeps the pristine package folders where the boot agent seeds EFS from', () => {
    expect(read('scripts/snapshot-defaults.sh')).toContain(`defaults="$root${AMI_DEFAULTS_DIR}"`)
  })

  it('runs the provisioning scripts in dependency order', () => {
    const order = [...read('opscenter.pkr.hcl').matchAll(/"\.\/([\w-]+\.sh)"/g)].map((m) => m[1])
    expect(order).toEqual([
      'install-prereqs.sh',
      'create-user.sh',
      'install-node.sh',
      'install-agent.sh',
      'install-opscenter.sh',
      'cleanup.sh'
    ])
    const scripts = readdirSync(join(dir, 'scripts'))
    for (const s of order) expect(scripts).toContain(s)
  })
})
