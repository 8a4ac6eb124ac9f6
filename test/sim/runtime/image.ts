// What a baked AMI holds on disk, as far as the boot agent and OpsCenter care: the
// package's folders (/etc/opscenter, /var/lib/opscenter) and the pristine copies of them
// under AMI_DEFAULTS_DIR that the agent seeds EFS from. The content depends on the
// image's OpsCenter version, so an upgrade can bring a default file that EFS lacks.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AMI_DEFAULTS_DIR, IMAGE_VERSION_PATH } from '../../../src/shared/contract.js'

/** Files the OpsCenter package of `version` installs, relative to /. */
export function packageFiles(
  version: string,
  port: number,
  tlsPort?: number
): Record<string, string> {
  return {
    'etc/opscenter/opscenterd.conf': [
      `# opscenterd.conf as shipped with OpsCenter ${version}`,
      '[webserver]',
      `port = ${port}`,
      'interface = 127.0.0.1',
      // The package ships the three SSL keys commented out (ssl_port 8443). The simulation
      // cannot bind 8443 for every test worker, so its images name the port it routes; the
      // agent keeps an ssl_port it finds and sets only the key and certificate.
      '#ssl_keyfile = /var/lib/opscenter/ssl/opscenter.key',
      '#ssl_certfile = /var/lib/opscenter/ssl/opscenter.pem',
      tlsPort ? `ssl_port = ${tlsPort}` : '#ssl_port = 8443',
      '',
      '[authentication]',
      'enabled = False',
      ''
    ].join('\n'),
    'etc/opscenter/logback.xml': `<configuration><!-- OpsCenter ${version} --></configuration>\n`,
    'etc/opscenter/event-plugins/email.conf': '[email]\nenabled = 0\n',
    // Each release ships one file the previous ones did not: the agent must add it to EFS
    // on upgrade without touching the files users edited.
    [newDefaultFile(version)]: `# default introduced by OpsCenter ${version}\n`,
    'var/lib/opscenter/ssl/README': 'agent keystores are created here on first start\n'
  }
}

/** The file only images of `version` bring (relative to /). */
export function newDefaultFile(version: string): string {
  return `etc/opscenter/new-in-${version}.conf`
}

/** Files of amazon-ec2-net-utils (2.x) and amazon-efs-utils that the agent detects. */
export const AL2023_TOOLS: Record<string, string> = {
  'usr/lib/systemd/system/policy-routes@.service': '[Unit]\nDescription=amazon-ec2-net-utils\n',
  'sbin/mount.efs': '#!/bin/sh\n# amazon-efs-utils (the simulator mounts through its shim)\n'
}

/** Lays out an instance root as the AMI of `version` has it. */
export async function writeImage(
  root: string,
  version: string,
  port: number,
  tlsPort?: number
): Promise<void> {
  const files = packageFiles(version, port, tlsPort)
  const defaults = AMI_DEFAULTS_DIR.replace(/^\//, '')
  for (const [rel, content] of Object.entries(files)) {
    for (const base of ['', defaults]) {
      const path = join(root, base, rel)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, content)
    }
  }
  for (const dir of ['mnt', 'tmp', 'run', 'proc', 'sys/class/net', 'var/log']) {
    await mkdir(join(root, dir), { recursive: true })
  }
  // Amazon Linux 2023 with the recipe's packages: what the agent looks for to know that
  // amazon-ec2-net-utils configures ENIs and that amazon-efs-utils mounts EFS.
  for (const [rel, content] of Object.entries(AL2023_TOOLS)) {
    await mkdir(dirname(join(root, rel)), { recursive: true })
    await writeFile(join(root, rel), content)
  }
  await writeFile(join(root, 'proc/mounts'), '')
  // What install-opscenter.sh leaves: the version the agent compares with the state's.
  await mkdir(dirname(join(root, IMAGE_VERSION_PATH)), { recursive: true })
  await writeFile(join(root, IMAGE_VERSION_PATH), version + '\n')
}
