// The deploy lock: one item per stack in a DynamoDB table, so that two runs (two workflows,
// a schedule and a dispatch, a person running the action by hand) never change one stack
// at once. Every write is conditional, so taking, renewing, taking over and releasing are
// each one atomic step: a takeover needs the lease to have run out at the moment it writes,
// and a renewal needs the item to still carry our token, so the two can never both succeed
// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html).
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  PutItemCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateItemCommand,
  type AttributeValue
} from '@aws-sdk/client-dynamodb'
import { randomUUID } from 'node:crypto'
import { LOCK } from '../../shared/contract.js'
import { isThrottle, TimeoutError, waitFor, withRetry } from '../../shared/retry.js'
import { messageOf } from '../context/errors.js'
import type { LockIo, LockSettings, HeldLock } from '../context/context.js'

/** Another run holds the lock, and kept it for longer than this run would wait. */
export class LockBusyError extends Error {
  constructor(
    readonly stackName: string,
    readonly holder: string,
    waitedMs: number
  ) {
    super(
      `stack ${stackName} is locked by another run: ${holder}. Waited ${Math.round(waitedMs / 1000)}s (lock-timeout-minutes) and changed nothing. ` +
        `Re-run this job once that run has finished, or raise lock-timeout-minutes`
    )
    this.name = 'LockBusyError'
  }
}

const NAMES = { '#k': LOCK.key, '#token': 'token', '#expires': 'expires' }

function ownerOf(item: Record<string, AttributeValue> | undefined): string {
  if (!item) return 'nobody (the lock item is gone)'
  const s = (k: string) => item[k]?.S ?? '?'
  const expires = Number(item.expires?.N ?? 0)
  return `${s('command')} by ${s('actor')} in workflow "${s('workflow')}" (${s('run')}), lease until ${new Date(expires).toISOString()}`
}

/** Takes the stack's lock, waiting (bounded) while another live run holds it. */
export async function takeLock(io: LockIo, s: LockSettings): Promise<HeldLock> {
  try {
    await ensureTable(io, s)
  } catch (err) {
    throw unavailable(s, err)
  }
  const token = randomUUID()
  const start = io.clock.now()
  let last = ''
  for (;;) {
    const held = await tryPut(io, s, token).catch((err) => {
      throw unavailable(s, err)
    })
    if (held.ok) {
      if (held.previous)
        io.warn(
          `took over the deploy lock of ${stackNameOf(s)}: its holder's lease had run out (${ownerOf(held.previous)}); that runner stopped without releasing it`
        )
      io.log(
        `deploy lock on ${stackNameOf(s)} taken (table ${s.table}, lease ${s.leaseMs / 1000}s)`
      )
      return new Lease(io, s, token, held.expires)
    }
    const holder = held.throttled ? 'nobody known (DynamoDB is throttling)' : ownerOf(held.holder)
    // Once per holder: its renewals move the lease, not who it is.
    const who = held.throttled ? 'throttled' : (held.holder?.token?.S ?? '')
    if (who !== last) io.log(`waiting for the deploy lock on ${stackNameOf(s)}: held by ${holder}`)
    last = who
    const waited = io.clock.now() - start
    if (waited >= s.timeoutMs) {
      if (held.throttled) throw unavailable(s, new Error('DynamoDB kept throttling'))
      throw new LockBusyError(s.stackName, holder, waited)
    }
    await io.clock.sleep(Math.min(s.pollMs, s.timeoutMs - waited))
  }
}

const stackNameOf = (s: LockSettings) => `stack ${s.stackName}`

function unavailable(s: LockSettings, err: unknown): Error {
  return new Error(
    `cannot take the deploy lock of stack ${s.stackName} in DynamoDB table ${s.table}: ${messageOf(err)}. Nothing was changed; this run never goes on without the lock`
  )
}

type PutResult =
  | { ok: true; expires: number; previous?: Record<string, AttributeValue> }
  | { ok: false; holder?: Record<string, AttributeValue>; throttled?: true }

/** One conditional put: free, or its lease has run out (a takeover). */
async function tryPut(io: LockIo, s: LockSettings, token: string): Promise<PutResult> {
  const now = io.clock.now()
  const expires = now + s.leaseMs
  try {
    const out = await io.ddb.send(
      new PutItemCommand({
        TableName: s.table,
        Item: {
          [LOCK.key]: { S: s.stackName },
          token: { S: token },
          expires: { N: String(expires) },
          run: { S: s.owner.run },
          workflow: { S: s.owner.workflow },
          actor: { S: s.owner.actor },
          command: { S: s.owner.command }
        },
        ConditionExpression: 'attribute_not_exists(#k) OR #expires < :now',
        ExpressionAttributeNames: { '#k': NAMES['#k'], '#expires': NAMES['#expires'] },
        ExpressionAttributeValues: { ':now': { N: String(now) } },
        ReturnValues: 'ALL_OLD',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
      })
    )
    return { ok: true, expires, previous: out.Attributes }
  } catch (err) {
    if (err instanceof ConditionalCheckFailedException) return { ok: false, holder: err.Item }
    // Throttled past the SDK's own retries: try again at the next poll, within the wait.
    if (isThrottle(err)) return { ok: false, throttled: true }
    throw err
  }
}

/** The table exists once per account and region; the first run creates it. */
async function ensureTable(io: LockIo, s: LockSettings): Promise<void> {
  const status = async () => {
    try {
      const out = await withRetry(
        () => io.ddb.send(new DescribeTableCommand({ TableName: s.table })),
        { clock: io.clock }
      )
      return out.Table?.TableStatus
    } catch (err) {
      if (err instanceof ResourceNotFoundException) return undefined
      throw err
    }
  }
  if ((await status()) === 'ACTIVE') return
  io.log(`creating DynamoDB table ${s.table} for the deploy locks (once per account and region)`)
  const create = new CreateTableCommand({
    TableName: s.table,
    KeySchema: [{ AttributeName: LOCK.key, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: LOCK.key, AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST'
  })
  await withRetry(() => io.ddb.send(create), { clock: io.clock }).catch((err) => {
    // Another run created it a moment ago: wait for it like ours.
    if (!(err instanceof ResourceInUseException)) throw err
  })
  await waitFor(
    `DynamoDB table ${s.table} to be ACTIVE`,
    async () => ((await status()) === 'ACTIVE' ? true : undefined),
    { timeoutMs: s.timeoutMs, intervalMs: s.pollMs, clock: io.clock }
  ).catch((err) => {
    throw err instanceof TimeoutError ? new Error(err.message) : err
  })
}

/** A held lease, renewed in the background until released. */
class Lease implements HeldLock {
  private readonly stop = new AbortController()
  private readonly renewing: Promise<void>
  private lost?: string

  constructor(
    private readonly io: LockIo,
    private readonly s: LockSettings,
    private readonly token: string,
    private expires: number
  ) {
    this.renewing = this.renewLoop()
  }

  check(): void {
    if (this.lost)
      throw new Error(
        `the deploy lock of stack ${this.s.stackName} was lost: ${this.lost}. Another run may be changing the stack, so this run stops here. ` +
          `Read that run's log, then re-run this one`
      )
  }

  async release(): Promise<void> {
    this.stop.abort()
    await this.renewing
    if (this.lost) return
    try {
      await withRetry(
        () =>
          this.io.ddb.send(
            new DeleteItemCommand({
              TableName: this.s.table,
              Key: { [LOCK.key]: { S: this.s.stackName } },
              ConditionExpression: '#token = :token',
              ExpressionAttributeNames: { '#token': NAMES['#token'] },
              ExpressionAttributeValues: { ':token': { S: this.token } }
            })
          ),
        { clock: this.io.clock }
      )
      this.io.log(`deploy lock on stack ${this.s.stackName} released`)
    } catch (err) {
      this.io.warn(
        err instanceof ConditionalCheckFailedException
          ? `the deploy lock of stack ${this.s.stackName} was no longer ours when we released it`
          : `could not release the deploy lock of stack ${this.s.stackName} (${messageOf(err)}); it frees itself when its lease runs out at ${new Date(this.expires).toISOString()}`
      )
    }
  }

  private async renewLoop(): Promise<void> {
    const { clock } = this.io
    while (!this.stop.signal.aborted) {
      await clock.sleep(this.s.renewMs, this.stop.signal)
      if (this.stop.signal.aborted) return
      if (!(await this.renew())) return
    }
  }

  /** One renewal; false once the lock is lost (and says why). */
  private async renew(): Promise<boolean> {
    const expires = this.io.clock.now() + this.s.leaseMs
    try {
      await this.io.ddb.send(
        new UpdateItemCommand({
          TableName: this.s.table,
          Key: { [LOCK.key]: { S: this.s.stackName } },
          UpdateExpression: 'SET #expires = :expires',
          ConditionExpression: '#token = :token',
          ExpressionAttributeNames: { '#expires': NAMES['#expires'], '#token': NAMES['#token'] },
          ExpressionAttributeValues: {
            ':expires': { N: String(expires) },
            ':token': { S: this.token }
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
        })
      )
      this.expires = expires
      return true
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) {
        this.lost = `it is now held by ${ownerOf(err.Item)}`
      } else if (this.io.clock.now() >= this.expires) {
        this.lost = `its lease ran out while renewals failed (${messageOf(err)})`
      } else {
        this.io.warn(
          `could not renew the deploy lock of stack ${this.s.stackName} (${messageOf(err)}); the lease runs until ${new Date(this.expires).toISOString()}`
        )
        return true
      }
      this.io.warn(`lost the deploy lock of stack ${this.s.stackName}: ${this.lost}`)
      return false
    }
  }
}
