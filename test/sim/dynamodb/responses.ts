// DynamoDB's JSON API (awsJson1_0, X-Amz-Target DynamoDB_20120810.<Action>): the table and
// item calls the lock makes. Shapes: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/.
import { actionHandlers, type ServiceDef } from '../core/server.js'
import { ValidationException } from './expressions.js'
import type { DynamoDb, Item, SimTable, WriteInput } from './model.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = any

export class DynamoDbResponses {
  constructor(private readonly db: DynamoDb) {}

  service(): ServiceDef {
    return {
      name: 'dynamodb',
      protocol: 'json',
      sdk: {},
      xmlns: '',
      handlers: actionHandlers(this)
    }
  }

  CreateTable(i: Input) {
    const hash = (i.KeySchema ?? []).find((k: { KeyType: string }) => k.KeyType === 'HASH')
    if (!hash || (i.KeySchema ?? []).length !== 1)
      throw new ValidationException('The simulator models tables with a partition key alone')
    return { TableDescription: description(this.db.createTable(i.TableName, hash.AttributeName)) }
  }

  DescribeTable(i: Input) {
    return { Table: description(this.db.describe(i.TableName)) }
  }

  GetItem(i: Input) {
    const item = this.db.get(i.TableName, i.Key)
    return item ? { Item: item } : {}
  }

  PutItem(i: Input) {
    const old = this.db.put(writeInput(i), i.Item as Item)
    return i.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {}
  }

  UpdateItem(i: Input) {
    const item = this.db.update(writeInput(i), i.Key, i.UpdateExpression)
    return i.ReturnValues === 'ALL_NEW' ? { Attributes: item } : {}
  }

  DeleteItem(i: Input) {
    const old = this.db.delete(writeInput(i), i.Key)
    return i.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {}
  }
}

function writeInput(i: Input): WriteInput {
  return {
    table: i.TableName,
    condition: i.ConditionExpression,
    names: i.ExpressionAttributeNames,
    values: i.ExpressionAttributeValues,
    returnOnFailure: i.ReturnValuesOnConditionCheckFailure === 'ALL_OLD'
  }
}

function description(t: SimTable) {
  return {
    TableName: t.name,
    TableArn: t.arn,
    TableStatus: t.status,
    KeySchema: [{ AttributeName: t.keyName, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: t.keyName, AttributeType: 'S' }],
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    CreationDateTime: t.createdAt / 1000,
    ItemCount: t.items.size
  }
}
