// SNS as far as the stack uses it: topics, subscriptions, and every message published to a
// topic (by an alarm or by Auto Scaling), kept so a test can read what a person received.
// An email subscription stays "PendingConfirmation" until its owner clicks the link
// (https://docs.aws.amazon.com/sns/latest/dg/sns-email-notifications.html); it still counts
// as where messages would go.
import type { SimContext } from '../core/context.js'
import { requestId } from '../core/ids.js'
import { ValidationError } from '../wire/errors.js'

export interface SimMessage {
  topicArn: string
  subject: string
  message: string
  /** Who published: 'cloudwatch' (an alarm action) or 'autoscaling' (a group notification). */
  source: 'cloudwatch' | 'autoscaling'
  at: number
}

export interface SimSubscription {
  arn: string
  topicArn: string
  protocol: string
  endpoint: string
  pendingConfirmation: boolean
}

export class Sns {
  private readonly topicSet = new Set<string>()
  readonly subscriptions: SimSubscription[] = []
  readonly messages: SimMessage[] = []

  constructor(private readonly ctx: SimContext) {}

  topicArn(name: string): string {
    return `arn:aws:sns:${this.ctx.region}:${this.ctx.accountId}:${name}`
  }

  createTopic(name: string): string {
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(name))
      throw new ValidationError(`Invalid parameter: Topic Name ${name}`)
    const arn = this.topicArn(name)
    this.topicSet.add(arn)
    return arn
  }

  deleteTopic(arn: string): void {
    this.topicSet.delete(arn)
  }

  hasTopic(arn: string): boolean {
    return this.topicSet.has(arn)
  }

  subscribe(topicArn: string, protocol: string, endpoint: string): SimSubscription {
    if (!this.topicSet.has(topicArn))
      throw new ValidationError(`Invalid parameter: TopicArn ${topicArn} does not exist`)
    const sub: SimSubscription = {
      arn: `${topicArn}:${requestId()}`,
      topicArn,
      protocol,
      endpoint,
      pendingConfirmation: protocol === 'email' || protocol === 'email-json'
    }
    this.subscriptions.push(sub)
    return sub
  }

  unsubscribe(arn: string): void {
    const i = this.subscriptions.findIndex((s) => s.arn === arn)
    if (i >= 0) this.subscriptions.splice(i, 1)
  }

  /** A publish to a topic that does not exist is dropped, as an alarm action to it would be. */
  publish(topicArn: string, subject: string, message: string, source: SimMessage['source']): void {
    if (!this.topicSet.has(topicArn)) {
      this.ctx.log(`sns: dropped "${subject}": topic ${topicArn} does not exist`)
      return
    }
    this.messages.push({ topicArn, subject, message, source, at: this.ctx.time.now() })
    this.ctx.log(`sns: ${topicArn.split(':').pop()} <- ${subject}`)
  }
}
