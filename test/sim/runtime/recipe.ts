// The parts of the Packer recipe (packer/*.pkr.hcl) the fake packer acts on, read with
// HashiCorp's own HCL parser (@cdktf/hcl2json, hcl2json compiled to WebAssembly): the
// amazon-ebs source's instance profile, its validation switch, its metadata options and
// the Name the build instance is tagged with, how its communicator reaches the build instance
// (ssh_interface, associate_public_ip_address), and how often its AWS calls are retried.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@cdktf/hcl2json'

export interface Recipe {
  instanceProfile?: string
  skipProfileValidation: boolean
  httpTokens?: string
  hopLimit?: string
  runTagName?: string
  /** The source's max_retries: retries of a throttled or failed AWS call (0 or unset: the SDK's). */
  maxRetries?: number
  /** ssh_interface: session_manager tunnels SSH through Systems Manager. */
  sshInterface?: string
  /** associate_public_ip_address; undefined: the subnet's MapPublicIpOnLaunch decides. */
  associatePublicIp?: boolean
}

interface EbsSource {
  max_retries?: number
  iam_instance_profile?: string
  skip_profile_validation?: boolean
  metadata_options?: { http_tokens?: string; http_put_response_hop_limit?: number }[]
  run_tags?: { Name?: string }
  ssh_interface?: string
  associate_public_ip_address?: boolean
}

/** The first amazon-ebs source of the recipe in `dir`, its `${var.x}` references filled in. */
export async function readRecipe(dir: string, vars: Record<string, string>): Promise<Recipe> {
  let source: EbsSource | undefined
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.pkr.hcl'))
    .sort()) {
    const doc = (await parse(f, readFileSync(join(dir, f), 'utf8'))) as {
      source?: { 'amazon-ebs'?: Record<string, EbsSource[]> }
    }
    source ??= Object.values(doc.source?.['amazon-ebs'] ?? {})[0]?.[0]
  }
  const fill = (v: unknown) =>
    v === undefined
      ? undefined
      : String(v).replace(/\$\{var\.([A-Za-z_][\w-]*)\}/g, (_m, name: string) => vars[name] ?? '')
  const metadata = source?.metadata_options?.[0]
  return {
    instanceProfile: fill(source?.iam_instance_profile) || undefined,
    skipProfileValidation: source?.skip_profile_validation === true,
    httpTokens: fill(metadata?.http_tokens),
    hopLimit: fill(metadata?.http_put_response_hop_limit),
    runTagName: fill(source?.run_tags?.Name)?.replace(/\$\{[^}]*\}/g, ''),
    maxRetries: source?.max_retries,
    sshInterface: fill(source?.ssh_interface),
    associatePublicIp: source?.associate_public_ip_address
  }
}
