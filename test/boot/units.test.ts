// The systemd units as the image's systemd reads them: the watcher starts beside the boot
// (a launch abandoned mid-boot must get its terminate hook answered at once), and both wait
// for the cloud-init stage that writes the agent's config, under its old and new names.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const unit = (name: string) =>
  readFileSync(join(process.cwd(), 'src/boot/systemd', name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
const after = (lines: string[]) =>
  lines.filter((l) => l.startsWith('After=')).flatMap((l) => l.slice(6).trim().split(/\s+/))

test('the termination watcher is not ordered after the boot, nor does it pull it in', () => {
  const watch = unit('opscenter-ha-watch.service')
  expect(after(watch)).not.toContain('opscenter-ha-boot.service')
  expect(watch.some((l) => /^(Requires|BindsTo|Wants)=.*opscenter-ha-boot/.test(l))).toBe(false)
})

test.each(['opscenter-ha-boot.service', 'opscenter-ha-watch.service'])(
  '%s runs after cloud-init wrote the config (cloud-init-network.service since 24.3, cloud-init.service before)',
  (name) => {
    expect(after(unit(name))).toEqual(
      expect.arrayContaining(['cloud-init-network.service', 'cloud-init.service'])
    )
  }
)
