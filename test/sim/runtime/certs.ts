// Self-signed certificates for tests, made as the boot agent makes its own: with openssl.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCert {
  cert: string
  key: string
}

/** A certificate for `name`, valid from now for `days`. */
export function selfSigned(name: string, days = 30): TestCert {
  const dir = mkdtempSync(join(tmpdir(), 'opscenter-ha-cert-'))
  try {
    const key = join(dir, 'key.pem')
    const cert = join(dir, 'cert.pem')
    const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']
    args.push('-nodes', '-keyout', key, '-out', cert, '-subj', `/CN=${name}`)
    args.push('-addext', `subjectAltName=DNS:${name}`)
    args.push('-days', String(days))
    execFileSync('openssl', args, { stdio: 'ignore' })
    return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
