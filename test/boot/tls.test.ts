// The web certificate: a provided one from its secret, checked before opscenterd starts; a
// certificate that does not match its key, has expired, or cannot be read fails the boot
// naming the secret and the reason.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { X509Certificate } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { checkPair, configureTls } from '../../src/boot/steps/tls.js'
import { OPSCENTER_TLS } from '../../src/shared/contract.js'
import { selfSigned } from '../sim/runtime/certs.js'
import { FakeClock } from '../fixtures/clock.js'
import { awsError, makeAgent, makeRoot, writeFile } from './helpers.js'

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:opscenter-web-AbCdEf'
const sm = mockClient(SecretsManagerClient)
let root: string
beforeEach(() => {
  sm.reset()
  root = makeRoot()
  writeFile(root, 'etc/opscenter/opscenterd.conf', '[webserver]\nport = 8888\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const agentWith = (clock?: FakeClock) =>
  makeAgent(root, { config: { tlsSecretArn: ARN }, clock }).agent

it('puts a provided certificate, with its chain, where opscenterd.conf names it', async () => {
  const leaf = selfSigned('opscenter.example.com')
  const chain = selfSigned('Example CA').cert
  sm.on(GetSecretValueCommand, { SecretId: ARN }).resolves({
    SecretString: JSON.stringify({ certificate: leaf.cert, privateKey: leaf.key, chain })
  })
  const tls = await configureTls(agentWith())
  expect(tls.fingerprint).toBe(new X509Certificate(leaf.cert).fingerprint256)
  expect(tls.source).toBe(`secret ${ARN}`)
  const served = readFileSync(join(root, OPSCENTER_TLS.certFile), 'utf8')
  expect(served.startsWith(leaf.cert.trim())).toBe(true)
  expect(served).toContain(chain.trim())
  expect(readFileSync(join(root, OPSCENTER_TLS.keyFile), 'utf8').trim()).toBe(leaf.key.trim())
})

it("refuses a key that is not the certificate's, naming the secret, and writes nothing", async () => {
  const a = selfSigned('a.example')
  const b = selfSigned('b.example')
  sm.on(GetSecretValueCommand).resolves({
    SecretString: JSON.stringify({ certificate: a.cert, privateKey: b.key })
  })
  await expect(configureTls(agentWith())).rejects.toThrow(
    `the private key of secret ${ARN} does not match its certificate (CN=a.example)`
  )
  expect(() => readFileSync(join(root, OPSCENTER_TLS.certFile))).toThrow()
})

it('refuses an expired certificate with the date it expired', async () => {
  const c = selfSigned('old.example', 1)
  sm.on(GetSecretValueCommand).resolves({
    SecretString: JSON.stringify({ certificate: c.cert, privateKey: c.key })
  })
  const later = new FakeClock(Date.now() + 3 * 86_400_000)
  await expect(configureTls(agentWith(later))).rejects.toThrow(
    new RegExp(`the certificate of secret ${ARN} expired on .*: renew it`)
  )
})

it('names the action and the ARN when the role may not read the secret', async () => {
  sm.on(GetSecretValueCommand).rejects(awsError('AccessDeniedException', 'not authorized'))
  await expect(configureTls(agentWith())).rejects.toThrow(
    `secretsmanager:GetSecretValue on ${ARN} (TlsCertificateSecretArn) failed`
  )
})

it('says what the secret must hold when it is not the JSON it expects', async () => {
  sm.on(GetSecretValueCommand).resolves({ SecretString: '-----BEGIN CERTIFICATE-----' })
  await expect(configureTls(agentWith())).rejects.toThrow(
    `secret ${ARN} (TlsCertificateSecretArn) must hold JSON {"certificate": "<PEM>", "privateKey": "<PEM>"`
  )
})

it('checkPair: a PEM that is no certificate is named as such', () => {
  expect(() => checkPair({ cert: 'nope', key: 'nope' }, Date.now(), 'X')).toThrow(
    /the certificate of X is not a PEM certificate/
  )
})
