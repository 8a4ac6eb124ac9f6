// The simulated Secrets Manager over the real SDK (awsJson1_1): a secret CloudFormation
// generates as GenerateSecretString says, read by ARN or name, a new value that leaves the
// old one as AWSPREVIOUS, and IAM that lets a role read only the secret its policy names.
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { ADMIN_ACCESS_KEY } from '../sim/iam/index.js'
import { startSim, type Sim } from '../sim/index.js'
import { randomPassword } from '../sim/secretsmanager/model.js'
import { secret } from '../sim/cloudformation/resources/secrets.js'
import type { HandlerContext } from '../sim/cloudformation/resources/types.js'

let sim: Sim
const client = (key = ADMIN_ACCESS_KEY) =>
  new SecretsManagerClient({
    region: 'us-east-1',
    endpoint: sim.endpoint,
    maxAttempts: 1,
    credentials: { accessKeyId: key, secretAccessKey: 'test' }
  })

beforeEach(async () => {
  sim = await startSim({ timeScale: 0.001 })
})
afterEach(async () => {
  await sim.stop()
})

const ctx = () =>
  ({
    stackName: 'ops',
    logicalId: 'AdminSecret',
    secretsmanager: sim.secretsmanager
  }) as unknown as HandlerContext

it('generates the password into the template under the key, and reads it by ARN and by name', async () => {
  const made = secret.create(
    {
      Name: 'ops/opscenter-admin',
      GenerateSecretString: {
        SecretStringTemplate: '{"username":"admin"}',
        GenerateStringKey: 'password',
        PasswordLength: 40,
        ExcludeCharacters: '"\\\'@/'
      }
    },
    ctx()
  )
  expect(made.physicalId).toMatch(
    /^arn:aws:secretsmanager:us-east-1:123456789012:secret:ops\/opscenter-admin-[A-Za-z0-9]{6}$/
  )
  const c = client()
  const byArn = await c.send(new GetSecretValueCommand({ SecretId: made.physicalId }))
  const value = JSON.parse(byArn.SecretString!) as { username: string; password: string }
  expect(value.username).toBe('admin')
  expect(value.password).toHaveLength(40)
  expect(value.password).not.toMatch(/["\\'@/]/)
  const byName = await c.send(new GetSecretValueCommand({ SecretId: 'ops/opscenter-admin' }))
  expect(byName.SecretString).toBe(byArn.SecretString)
  expect(byName.VersionStages).toEqual(['AWSCURRENT'])
})

it('keeps the replaced value as AWSPREVIOUS after PutSecretValue', async () => {
  const s = sim.secretsmanager.create({ name: 'rotating', value: 'one' })
  const c = client()
  await c.send(new PutSecretValueCommand({ SecretId: s.arn, SecretString: 'two' }))
  const now = await c.send(new GetSecretValueCommand({ SecretId: s.arn }))
  const before = await c.send(
    new GetSecretValueCommand({ SecretId: s.arn, VersionStage: 'AWSPREVIOUS' })
  )
  expect([now.SecretString, before.SecretString]).toEqual(['two', 'one'])
})

it('answers ResourceNotFoundException for a secret that does not exist', async () => {
  await expect(
    client().send(new GetSecretValueCommand({ SecretId: 'nope' }))
  ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
})

it('lets a role read only the secret its policy names', async () => {
  const mine = sim.secretsmanager.create({ name: 'mine', value: 'a' })
  const other = sim.secretsmanager.create({ name: 'other', value: 'b' })
  sim.iam.iam.register('AKIDROLE', {
    arn: 'arn:aws:sts::123456789012:assumed-role/r/i-1',
    principalArn: 'arn:aws:iam::123456789012:role/r',
    policies: () => [
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: mine.arn }
        ]
      }
    ]
  })
  const c = client('AKIDROLE')
  expect((await c.send(new GetSecretValueCommand({ SecretId: mine.arn }))).SecretString).toBe('a')
  await expect(c.send(new GetSecretValueCommand({ SecretId: other.arn }))).rejects.toMatchObject({
    name: 'AccessDeniedException',
    message: expect.stringContaining(`secretsmanager:GetSecretValue on resource: ${other.arn}`)
  })
})

it('makes passwords of every included kind, and refuses rules that leave no character', () => {
  const p = randomPassword({ PasswordLength: 4, ExcludePunctuation: true })
  expect(p).toMatch(/[a-z]/)
  expect(p).toMatch(/[A-Z]/)
  expect(p).toMatch(/[0-9]/)
  expect(() =>
    randomPassword({
      ExcludeLowercase: true,
      ExcludeUppercase: true,
      ExcludeNumbers: true,
      ExcludePunctuation: true
    })
  ).toThrow(/No characters/)
})
