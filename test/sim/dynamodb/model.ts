// DynamoDB tables keyed by a partition key alone, with conditional writes: the one place in
// AWS where "create if absent" and "change only if it is still mine" are single atomic
// steps (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html:
// a conditional write succeeds only if the condition holds on the item as it is at that
// moment). Every write here runs to completion before the next request is read, which is
// the serialisation DynamoDB gives writes to one item.
import type { SimContext } from '../core/context.js'
import { AwsError } from '../wire/errors.js'
import {
  applyUpdate,
  evaluateCondition,
  ValidationException,
  type AttributeValue,
  type ExpressionContext,
  type Item
} from './expressions.js'

export type { Item } from './expressions.js'

export interface SimTable {
  name: string
  arn: string
  keyName: string
  /** CreateTable answers CREATING; reads and writes work only once ACTIVE (API_CreateTable). */
  status: 'CREATING' | 'ACTIVE'
  items: Map<string, Item>
  createdAt: number
}

export class ResourceNotFound extends AwsError {
  constructor() {
    super('ResourceNotFoundException', 'Requested resource not found', 400)
  }
}

export class ConditionalCheckFailed extends AwsError {
  constructor(item?: Item) {
    super('ConditionalCheckFailedException', 'The conditional request failed', 400)
    if (item) this.extra = { Item: item }
  }
}

export interface WriteInput extends ExpressionContext {
  table: string
  condition?: string
  /** ALL_OLD: the refusal carries the item as it was (ReturnValuesOnConditionCheckFailure). */
  returnOnFailure?: boolean
}

/** One write that succeeded, in the order DynamoDB applied them (what tests assert on). */
export interface SimWrite {
  action: 'put' | 'update' | 'delete'
  table: string
  /** The item after the write (before it, for a delete). */
  item: Item
  at: number
}

export class DynamoDb {
  private readonly tables = new Map<string, SimTable>()
  readonly writes: SimWrite[] = []

  constructor(private readonly ctx: SimContext) {}

  createTable(name: string, keyName: string): SimTable {
    if (this.tables.has(name))
      throw new AwsError('ResourceInUseException', `Table already exists: ${name}`, 400)
    const table: SimTable = {
      name,
      arn: this.arn(name),
      keyName,
      status: 'CREATING',
      items: new Map(),
      createdAt: this.ctx.time.now()
    }
    this.tables.set(name, table)
    this.ctx.time.after(this.ctx.time.ms('dynamodbCreateTable'), () => (table.status = 'ACTIVE'))
    this.ctx.log(`sim dynamodb: table ${name} CREATING`)
    return table
  }

  arn(name: string): string {
    return `arn:aws:dynamodb:${this.ctx.region}:${this.ctx.accountId}:table/${name}`
  }

  describe(name: string): SimTable {
    const table = this.tables.get(name)
    if (!table) throw new ResourceNotFound()
    return table
  }

  getTable(name: string): SimTable | undefined {
    return this.tables.get(name)
  }

  get(name: string, key: Item): Item | undefined {
    const table = this.active(name)
    return table.items.get(this.keyOf(table, key))
  }

  /** Writes the item; returns the one it replaced (PutItem's ReturnValues ALL_OLD). */
  put(input: WriteInput, item: Item): Item | undefined {
    const table = this.active(input.table)
    const key = this.keyOf(table, item)
    const old = table.items.get(key)
    this.check(input, old)
    table.items.set(key, item)
    this.wrote('put', input.table, item)
    return old
  }

  private wrote(action: SimWrite['action'], table: string, item: Item): void {
    this.writes.push({ action, table, item, at: this.ctx.time.now() })
  }

  update(input: WriteInput, key: Item, expression: string): Item {
    const table = this.active(input.table)
    const k = this.keyOf(table, key)
    const old = table.items.get(k)
    this.check(input, old)
    const updated = applyUpdate(expression, old ?? { ...key }, input)
    table.items.set(k, updated)
    this.wrote('update', input.table, updated)
    return updated
  }

  delete(input: WriteInput, key: Item): Item | undefined {
    const table = this.active(input.table)
    const k = this.keyOf(table, key)
    const old = table.items.get(k)
    this.check(input, old)
    table.items.delete(k)
    if (old) this.wrote('delete', input.table, old)
    return old
  }

  private check(input: WriteInput, current: Item | undefined): void {
    if (input.condition && !evaluateCondition(input.condition, current, input))
      throw new ConditionalCheckFailed(input.returnOnFailure ? current : undefined)
  }

  private active(name: string): SimTable {
    const table = this.tables.get(name)
    if (!table || table.status !== 'ACTIVE') throw new ResourceNotFound()
    return table
  }

  /** The partition key's value: the item or key must carry exactly the table's key. */
  private keyOf(table: SimTable, item: Item): string {
    const value: AttributeValue | undefined = item[table.keyName]
    if (!value) throw new ValidationException('The provided key element does not match the schema')
    return JSON.stringify(value)
  }
}
