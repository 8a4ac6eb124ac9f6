// The simulated DynamoDB as the lock relies on it: tables become ACTIVE some time after
// CreateTable, conditional writes hold or refuse atomically and a refusal can carry the
// item, expressions are checked; and the SDK retry strategy the product builds rides out
// throttling on the injected clock.
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ResourceNotFoundException,
  UpdateItemCommand
} from '@aws-sdk/client-dynamodb'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ClockRetryStrategy, SDK_MAX_ATTEMPTS } from '../../src/shared/aws.js'
import { FakeClock } from '../fixtures/clock.js'
import { ADMIN_ACCESS_KEY } from '../sim/iam/index.js'
import { startSim, type Sim } from '../sim/index.js'
import { until } from './helpers.js'

let sim: Sim
let ddb: DynamoDBClient

const client = (extra: object = {}) =>
  new DynamoDBClient({
    region: sim.region,
    endpoint: sim.endpoint,
    maxAttempts: 1,
    credentials: { accessKeyId: ADMIN_ACCESS_KEY, secretAccessKey: 'test' },
    ...extra
  })

beforeEach(async () => {
  // 100 s to ACTIVE (0.1 s here): long enough to see CREATING.
  sim = await startSim({ timeScale: 0.001, latency: { dynamodbCreateTable: 100_000 } })
  ddb = client()
})
afterEach(async () => {
  ddb.destroy()
  await sim.stop()
})

async function activeTable(): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: 't',
      KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST'
    })
  )
  await until('table t ACTIVE', async () => {
    const out = await ddb.send(new DescribeTableCommand({ TableName: 't' }))
    return out.Table?.TableStatus === 'ACTIVE' ? true : undefined
  })
}

const put = (owner: string, condition?: string, now = 0, c = ddb) =>
  c.send(
    new PutItemCommand({
      TableName: 't',
      Item: { k: { S: 'stack' }, owner: { S: owner }, expires: { N: String(now + 100) } },
      ConditionExpression: condition,
      ExpressionAttributeNames: condition ? { '#k': 'k', '#e': 'expires' } : undefined,
      ExpressionAttributeValues: condition ? { ':now': { N: String(now) } } : undefined,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
    })
  )

describe('DynamoDB (simulated)', () => {
  it('a table is CREATING at first, and refuses items until ACTIVE', async () => {
    const out = await ddb.send(
      new CreateTableCommand({
        TableName: 't',
        KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST'
      })
    )
    expect(out.TableDescription?.TableStatus).toBe('CREATING')
    await expect(put('a')).rejects.toBeInstanceOf(ResourceNotFoundException)
    await expect(
      ddb.send(
        new CreateTableCommand({
          TableName: 't',
          KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'k', AttributeType: 'S' }]
        })
      )
    ).rejects.toMatchObject({ name: 'ResourceInUseException' })
  })

  it('create-if-absent-or-expired holds for one writer; the refusal carries the holder', async () => {
    await activeTable()
    const cond = 'attribute_not_exists(#k) OR #e < :now'
    await put('alice', cond, 1000)
    const refused = await put('bob', cond, 1050).catch((e) => e)
    expect(refused).toBeInstanceOf(ConditionalCheckFailedException)
    expect(refused.Item?.owner).toEqual({ S: 'alice' })
    // Past alice's expiry (1100), bob's condition holds.
    await put('bob', cond, 1101)
    const update = (owner: string) =>
      ddb.send(
        new UpdateItemCommand({
          TableName: 't',
          Key: { k: { S: 'stack' } },
          UpdateExpression: 'SET #e = :e',
          ConditionExpression: '#o = :o',
          ExpressionAttributeNames: { '#e': 'expires', '#o': 'owner' },
          ExpressionAttributeValues: { ':e': { N: '5000' }, ':o': { S: owner } },
          ReturnValues: 'ALL_NEW'
        })
      )
    await expect(update('alice')).rejects.toBeInstanceOf(ConditionalCheckFailedException)
    expect((await update('bob')).Attributes?.expires).toEqual({ N: '5000' })
  })

  it('an expression naming an undefined placeholder is a ValidationException', async () => {
    await activeTable()
    await expect(
      ddb.send(
        new PutItemCommand({
          TableName: 't',
          Item: { k: { S: 'x' } },
          ConditionExpression: 'attribute_not_exists(#missing)'
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationException' })
  })
})

describe('the SDK retry strategy of every client the product builds', () => {
  it('rides out throttling with full-jitter back-off on the injected clock, scaled', async () => {
    await activeTable()
    const clock = new FakeClock()
    const retrying = client({ retryStrategy: new ClockRetryStrategy(clock, 0.5, 5, () => 1) })
    sim.faults.throttle('dynamodb', 4, { action: 'PutItem' })
    await retrying.send(new PutItemCommand({ TableName: 't', Item: { k: { S: 'x' } } }))
    // Throttling base 1 s doubling, times the time scale 0.5: 0.5, 1, 2, 4 s.
    expect(clock.sleeps).toEqual([500, 1000, 2000, 4000])
    retrying.destroy()
  })

  it('gives up after its attempts, and never retries a refusal', async () => {
    await activeTable()
    const clock = new FakeClock()
    const retrying = client({ retryStrategy: new ClockRetryStrategy(clock) })
    sim.faults.throttle('dynamodb', SDK_MAX_ATTEMPTS, { action: 'PutItem' })
    await expect(
      retrying.send(new PutItemCommand({ TableName: 't', Item: { k: { S: 'x' } } }))
    ).rejects.toMatchObject({ name: 'ThrottlingException' })
    expect(clock.sleeps).toHaveLength(SDK_MAX_ATTEMPTS - 1)
    clock.sleeps.length = 0
    await put('alice')
    await expect(put('bob', 'attribute_not_exists(#k)', 0, retrying)).rejects.toBeInstanceOf(
      ConditionalCheckFailedException
    )
    expect(clock.sleeps).toEqual([])
    retrying.destroy()
  })
})
