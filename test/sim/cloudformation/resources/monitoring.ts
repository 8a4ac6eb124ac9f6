// AWS::SNS::Topic (Ref: the ARN), AWS::SNS::Subscription and AWS::CloudWatch::Alarm (Ref:
// the name), as their resource pages describe them
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html,
// .../aws-resource-sns-subscription.html, .../aws-resource-cloudwatch-alarm.html).
import type { AlarmSpec, MissingData } from '../../cloudwatch/model.js'
import {
  generatedName,
  list,
  ResourceFailure,
  str,
  type Props,
  type ResourceHandler
} from './types.js'

export const topic: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: ['TopicName'],
  create(props, ctx) {
    const name = str(props, 'TopicName') ?? generatedName(ctx, 256)
    const arn = ctx.sns.createTopic(name)
    return { physicalId: arn, attributes: { TopicArn: arn, TopicName: name } }
  },
  update: (current) => current,
  delete(current, _props, ctx) {
    ctx.sns.deleteTopic(current.physicalId)
  }
}

export const subscription: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: ['TopicArn', 'Protocol', 'Endpoint'],
  create(props, ctx) {
    const sub = ctx.sns.subscribe(
      str(props, 'TopicArn', true) as string,
      str(props, 'Protocol', true) as string,
      str(props, 'Endpoint') ?? ''
    )
    return { physicalId: sub.arn, attributes: {} }
  },
  update: (current) => current,
  delete(current, _props, ctx) {
    ctx.sns.unsubscribe(current.physicalId)
  }
}

const STATISTICS = ['Sum', 'Minimum', 'Maximum', 'Average', 'SampleCount']
const COMPARISONS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold'
]
const MISSING = ['missing', 'breaching', 'notBreaching', 'ignore']

function alarmSpec(props: Props, name: string): AlarmSpec {
  const oneOf = (key: string, allowed: string[], fallback?: string): string => {
    const v = str(props, key) ?? fallback
    if (v === undefined || !allowed.includes(v))
      throw new ResourceFailure(`Property ${key} must be one of ${allowed.join(', ')}.`)
    return v
  }
  const number = (key: string, required = true): number | undefined => {
    const raw = str(props, key, required)
    if (raw === undefined) return undefined
    const n = Number(raw)
    if (!Number.isFinite(n)) throw new ResourceFailure(`Property ${key} must be a number.`)
    return n
  }
  return {
    name,
    description: str(props, 'AlarmDescription'),
    namespace: str(props, 'Namespace', true) as string,
    metricName: str(props, 'MetricName', true) as string,
    dimensions: Object.fromEntries(
      list(props, 'Dimensions').map((d) => {
        const x = d as { Name?: unknown; Value?: unknown }
        return [String(x.Name), String(x.Value)]
      })
    ),
    statistic: oneOf('Statistic', STATISTICS) as AlarmSpec['statistic'],
    period: number('Period') as number,
    evaluationPeriods: number('EvaluationPeriods') as number,
    datapointsToAlarm: number('DatapointsToAlarm', false),
    threshold: number('Threshold') as number,
    comparison: oneOf('ComparisonOperator', COMPARISONS) as AlarmSpec['comparison'],
    treatMissingData: oneOf('TreatMissingData', MISSING, 'missing') as MissingData,
    alarmActions: list(props, 'AlarmActions').map(String),
    okActions: list(props, 'OKActions').map(String),
    actionsEnabled: props.ActionsEnabled !== false && props.ActionsEnabled !== 'false'
  }
}

export const alarm: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: ['AlarmName'],
  create(props, ctx) {
    const name = str(props, 'AlarmName') ?? generatedName(ctx, 255)
    ctx.cloudwatch.putAlarm(alarmSpec(props, name))
    return { physicalId: name, attributes: { Arn: alarmArn(ctx, name) } }
  },
  update(current, props, _old, ctx) {
    ctx.cloudwatch.putAlarm(alarmSpec(props, current.physicalId))
    return current
  },
  delete(current, _props, ctx) {
    ctx.cloudwatch.deleteAlarm(current.physicalId)
  }
}

export function alarmArn(c: { region: string; accountId: string }, name: string): string {
  return `arn:aws:cloudwatch:${c.region}:${c.accountId}:alarm:${name}`
}
