// OpsCenter behind a login and TLS from its first answer, as a user meets it: after the
// first deployment a browser in the VPC gets HTTPS on 8443 with the certificate the agent
// reported, the API refuses it without a session, admin/admin is refused and only the
// secret's password logs in; the security group has no 8888 and no 22. A replacement keeps
// the certificate (same fingerprint) and the password; a password a person changed stays; a
// rotated secret is carried over; a provided certificate is served, and a broken one fails
// the boot naming the secret. Invariants on (violations() also fails on any answer given
// off the machine while anyone could log in).
import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { jest } from '@jest/globals'
import { ADMIN_ACCESS_KEY } from '../sim/iam/index.js'
import { X509Certificate } from 'node:crypto'
import { OUTPUTS, PARAMS, TAGS } from '../../src/shared/contract.js'
import { loginAs, visit } from '../sim/runtime/browser.js'
import { selfSigned } from '../sim/runtime/certs.js'
import type { World } from '../sim/scenarios.js'
import { describeRun, expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(120_000)

function adminSecret(world: World): { arn: string; password: string } {
  const arn = world.sim.cloudformation.getStack(world.stackName)!.outputs[OUTPUTS.adminSecretArn]
  const v = JSON.parse(world.sim.secretsmanager.value(arn).value) as { password: string }
  return { arn, password: v.password }
}

const serving = async (world: World) => (await world.waitHealthy()).instanceId!

/** What the agent on `id` printed (boot and watch). */
const agentLog = (world: World, id: string) => world.rt.machines.get(id)!.output.join('\n')

describe('secure by default', () => {
  let world: World
  afterEach(async () => {
    await world?.stop()
  })

  it("a first deployment answers only over HTTPS, only to the secret's password, and keeps both across a replacement", async () => {
    world = await startWorld('security-first')
    const deployed = await world.runAction()
    expectRun(world, deployed, { result: 'deployed', ok: true })
    const id = await serving(world)
    const { password } = adminSecret(world)
    const p = world.ports

    // HTTPS with the certificate the agent reported on the instance.
    const home = await visit(p, id)
    expect(JSON.parse(home.body)).toMatchObject({ instance: id, authentication: true })
    const fingerprint = world.sim.ec2.getInstance(id)!.tags[TAGS.tlsFingerprint]
    expect(home.fingerprint).toBe(fingerprint)
    // ...which the run hands on: an output, and a row of the summary.
    expect(deployed.outputs['tls-fingerprint']).toBe(fingerprint)
    expect(deployed.summary).toContain(`| HTTPS certificate (SHA-256) | \`${fingerprint}\` |`)
    // Plain HTTP only redirects to HTTPS, and the security group does not even let it in.
    const plain = await visit(p, id, { tls: false })
    expect(plain.status).toBe(302)
    expect(plain.headers.location).toMatch(/^https:\/\//)
    const ec2 = new EC2Client({
      region: world.sim.region,
      endpoint: world.sim.endpoint,
      credentials: { accessKeyId: ADMIN_ACCESS_KEY, secretAccessKey: 'test' }
    })
    const groupId = world.sim.cloudformation.getStack(world.stackName)!.outputs
      .InstanceSecurityGroupId
    const { SecurityGroups } = await ec2.send(
      new DescribeSecurityGroupsCommand({ GroupIds: [groupId] })
    )
    ec2.destroy()
    expect(SecurityGroups![0].IpPermissions!.map((r) => [r.FromPort, r.ToPort]).sort()).toEqual([
      [61620, 61620],
      [8443, 8443]
    ])

    // The API wants a session; admin/admin is refused; the secret's password logs in.
    expect((await visit(p, id, { path: '/cluster-configs' })).status).toBe(401)
    expect(await loginAs(p, id, 'admin', 'admin')).toBeUndefined()
    const session = await loginAs(p, id, 'admin', password)
    expect(session).toBeDefined()
    const api = await visit(p, id, {
      path: '/cluster-configs',
      headers: { 'opscenter-session': session! }
    })
    expect(api.status).toBe(200)

    // A replacement: same certificate (kept on EFS), same password, no second first-login.
    expectRun(world, await world.runAction({ command: 'replace' }), {
      result: 'deployed',
      ok: true
    })
    const next = await serving(world)
    expect(next).not.toBe(id)
    expect((await visit(p, next)).fingerprint).toBe(fingerprint)
    expect(await loginAs(p, next, 'admin', password)).toBeDefined()
    expect(await loginAs(p, next, 'admin', 'admin')).toBeUndefined()
    expect(agentLog(world, next)).toMatch(/admin logs in with the secret's password/)
    expect(violations(world)).toBe('')
  })

  it('never overwrites a password a person changed, and carries a rotated secret over', async () => {
    world = await startWorld('security-passwords')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
    const p = world.ports
    const first = await serving(world)
    const { arn, password } = adminSecret(world)

    // A person sets their own password in OpsCenter.
    const session = await loginAs(p, first, 'admin', password)
    const change = await visit(p, first, {
      method: 'PUT',
      path: '/users/admin',
      body: { password: 'chosen-by-a-person', old_password: password, role: 'admin' },
      headers: { 'opscenter-session': session! }
    })
    expect(change.status).toBe(200)
    expectRun(world, await world.runAction({ command: 'replace' }), {
      result: 'deployed',
      ok: true
    })
    const second = await serving(world)
    expect(await loginAs(p, second, 'admin', 'chosen-by-a-person')).toBeDefined()
    expect(await loginAs(p, second, 'admin', password)).toBeUndefined()
    expect(agentLog(world, second)).toMatch(
      /a person changed admin's password in OpsCenter, and it stays/
    )

    // Put the secret's password back by hand, then rotate the secret: the next boot moves
    // OpsCenter from the AWSPREVIOUS password to the AWSCURRENT one.
    const s2 = await loginAs(p, second, 'admin', 'chosen-by-a-person')
    await visit(p, second, {
      method: 'PUT',
      path: '/users/admin',
      body: { password, old_password: 'chosen-by-a-person', role: 'admin' },
      headers: { 'opscenter-session': s2! }
    })
    world.sim.secretsmanager.put(
      arn,
      JSON.stringify({ username: 'admin', password: 'rotated-value-123' })
    )
    expectRun(world, await world.runAction({ command: 'replace' }), {
      result: 'deployed',
      ok: true
    })
    const third = await serving(world)
    expect(await loginAs(p, third, 'admin', 'rotated-value-123')).toBeDefined()
    expect(await loginAs(p, third, 'admin', password)).toBeUndefined()
    expect(agentLog(world, third)).toMatch(/the secret was rotated/)
    expect(violations(world)).toBe('')
  })

  it('serves a provided certificate, and a broken one fails the boot naming the secret', async () => {
    world = await startWorld('security-provided')
    const good = selfSigned('opscenter.opscenter-ha.internal')
    const secret = world.sim.secretsmanager.create({
      name: 'opscenter-web-tls',
      value: JSON.stringify({ certificate: good.cert, privateKey: good.key })
    })
    world.setParameter(PARAMS.tlsCertificateSecretArn, secret.arn)
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
    const id = await serving(world)
    expect((await visit(world.ports, id)).fingerprint).toBe(
      new X509Certificate(good.cert).fingerprint256
    )

    // The certificate is replaced by one whose key is another's: the replacement's boot fails
    // before OpsCenter starts, the reason names the secret, and the run says so.
    const other = selfSigned('other.example')
    world.sim.secretsmanager.put(
      secret.arn,
      JSON.stringify({ certificate: good.cert, privateKey: other.key })
    )
    const run = await world.runAction({ command: 'replace' })
    if (run.code === 0) throw new Error(describeRun(run))
    expect(run.errors.join('\n')).toMatch(
      `the private key of secret ${secret.arn} does not match its certificate`
    )
    expect(violations(world)).toBe('')
  })
})
