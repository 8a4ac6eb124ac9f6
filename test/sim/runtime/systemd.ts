// What the AMI's opscenterd drop-ins tell systemd, read from the agent bundle the recipe
// installs them from (packer/scripts/install-agent.sh): Restart=on-failure, RestartSec=,
// StartLimitBurst=, StartLimitIntervalSec= (systemd.service(5), systemd.unit(5); systemd's
// defaults: 100 ms, 5 starts in 10 s).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { RestartPolicy } from './opscenter.js'

function seconds(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const m = /^(\d+(?:\.\d+)?)(ms|s|min)?$/.exec(value.trim())
  if (!m) return fallback
  const n = Number(m[1])
  return m[2] === 'ms' ? n / 1000 : m[2] === 'min' ? n * 60 : n
}

/** The restart policy of opscenterd on images with this bundle, scaled; none without one. */
export function restartPolicy(bundle: string, scale: number): RestartPolicy | undefined {
  const dir = dirname(bundle)
  const keys = new Map<string, string>()
  for (const name of readdirSync(dir).filter((n) => /^opscenterd.*\.conf$/.test(n)))
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const kv = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line)
      if (kv) keys.set(kv[1], kv[2])
    }
  if (keys.get('Restart') !== 'on-failure' && keys.get('Restart') !== 'always') return undefined
  return {
    delayMs: seconds(keys.get('RestartSec'), 0.1) * 1000 * scale,
    burst: Number(keys.get('StartLimitBurst') ?? 5),
    intervalMs: seconds(keys.get('StartLimitIntervalSec'), 10) * 1000 * scale
  }
}
