// CloudWatch as far as the stack uses it: custom metrics (PutMetricData), Auto Scaling's
// group metrics, and metric alarms evaluated once a minute with their missing-data rule,
// whose state changes publish to SNS. Sources:
// - PutMetricData: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html
//   (a namespace may not begin with "AWS/").
// - Alarm evaluation, M out of N datapoints, TreatMissingData (missing, breaching,
//   notBreaching, ignore), and actions on a state change:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
// - The SNS message an alarm sends (AlarmName, NewStateValue, NewStateReason, Trigger) and
//   its subject line: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/US_SetupSNS.html
// - Group metrics at one-minute granularity once collection is on:
//   https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-metrics.html
import type { SimContext } from '../core/context.js'
import type { Sns } from '../sns/model.js'
import { AwsError } from '../wire/errors.js'

export interface Datum {
  namespace: string
  metricName: string
  dimensions: Record<string, string>
  value: number
  at: number
}

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'
export type MissingData = 'missing' | 'breaching' | 'notBreaching' | 'ignore'

export interface AlarmSpec {
  name: string
  description?: string
  namespace: string
  metricName: string
  dimensions: Record<string, string>
  statistic: 'Sum' | 'Minimum' | 'Maximum' | 'Average' | 'SampleCount'
  /** Seconds. */
  period: number
  evaluationPeriods: number
  datapointsToAlarm?: number
  threshold: number
  comparison:
    | 'GreaterThanOrEqualToThreshold'
    | 'GreaterThanThreshold'
    | 'LessThanThreshold'
    | 'LessThanOrEqualToThreshold'
  treatMissingData: MissingData
  alarmActions: string[]
  okActions: string[]
  actionsEnabled: boolean
}

export interface SimAlarm extends AlarmSpec {
  state: AlarmState
  reason: string
  /** Every state it went through, oldest first. */
  history: { state: AlarmState; at: number; reason: string }[]
}

export class InvalidParameterValue extends AwsError {
  constructor(message: string) {
    super('InvalidParameterValue', message, 400)
  }
}

/** Alarms are evaluated once a minute (standard resolution). */
const EVALUATE_EVERY_MS = 60_000

export class CloudWatch {
  readonly data: Datum[] = []
  private readonly alarmMap = new Map<string, SimAlarm>()
  private readonly sources: (() => Omit<Datum, 'at'>[])[] = []
  private ticking = false

  constructor(
    private readonly ctx: SimContext,
    private readonly sns: Sns
  ) {}

  alarms(): SimAlarm[] {
    return [...this.alarmMap.values()]
  }

  alarm(name: string): SimAlarm | undefined {
    return this.alarmMap.get(name)
  }

  /** A producer of data points sampled once a minute (Auto Scaling's group metrics). */
  addSource(source: () => Omit<Datum, 'at'>[]): void {
    this.sources.push(source)
    this.tick()
  }

  putMetricData(namespace: string, data: Omit<Datum, 'namespace' | 'at'>[]): void {
    if (!namespace) throw new InvalidParameterValue('The parameter Namespace is required.')
    if (namespace.startsWith('AWS/'))
      throw new InvalidParameterValue(
        `The value ${namespace} for parameter Namespace is invalid: it may not begin with "AWS/".`
      )
    const at = this.ctx.time.now()
    for (const d of data) {
      if (!Number.isFinite(d.value))
        throw new InvalidParameterValue(`The value for ${d.metricName} must be a number.`)
      this.data.push({ ...d, namespace, at })
    }
  }

  putAlarm(spec: AlarmSpec): void {
    const old = this.alarmMap.get(spec.name)
    const reason = 'Unchecked: Initial alarm creation'
    this.alarmMap.set(spec.name, {
      ...spec,
      state: old?.state ?? 'INSUFFICIENT_DATA',
      reason: old?.reason ?? reason,
      history: old?.history ?? [{ state: 'INSUFFICIENT_DATA', at: this.ctx.time.now(), reason }]
    })
    this.tick()
  }

  deleteAlarm(name: string): void {
    this.alarmMap.delete(name)
  }

  /** The data points of one metric within [from, to). */
  points(
    namespace: string,
    metricName: string,
    dimensions: Record<string, string>,
    from = 0,
    to = Infinity
  ): Datum[] {
    return this.data.filter(
      (d) =>
        d.namespace === namespace &&
        d.metricName === metricName &&
        sameDimensions(d.dimensions, dimensions) &&
        d.at >= from &&
        d.at < to
    )
  }

  private tick(): void {
    if (this.ticking) return
    this.ticking = true
    const every = Math.max(1, this.ctx.time.scale(EVALUATE_EVERY_MS))
    // CloudWatch evaluates every minute, however late this process's timer fires: a tick
    // that comes late (a busy machine) catches up on the minutes it missed, so no
    // datapoint falls between two evaluation windows.
    let due = this.ctx.time.now() + every
    const loop = (): void => {
      this.sample()
      for (; due <= this.ctx.time.now(); due += every)
        for (const alarm of this.alarmMap.values()) this.evaluate(alarm, due)
      this.ctx.time.after(Math.max(1, due - this.ctx.time.now()), loop)
    }
    this.ctx.time.after(every, loop)
  }

  private sample(): void {
    const at = this.ctx.time.now()
    for (const source of this.sources) for (const d of source()) this.data.push({ ...d, at })
  }

  /** The last evaluationPeriods complete periods, each breaching, fine or missing. */
  private evaluate(alarm: SimAlarm, now: number): void {
    const period = Math.max(1, this.ctx.time.scale(alarm.period * 1000))
    const verdicts: (boolean | undefined)[] = []
    for (let k = 0; k < alarm.evaluationPeriods; k++) {
      const pts = this.points(
        alarm.namespace,
        alarm.metricName,
        alarm.dimensions,
        now - (k + 1) * period,
        now - k * period
      ).map((d) => d.value)
      verdicts.push(pts.length ? breaches(alarm, statistic(alarm.statistic, pts)) : undefined)
    }
    const treated = verdicts.map((v) =>
      v !== undefined
        ? v
        : alarm.treatMissingData === 'breaching'
          ? true
          : alarm.treatMissingData === 'notBreaching'
            ? false
            : undefined
    )
    const known = treated.filter((v) => v !== undefined)
    const needed = alarm.datapointsToAlarm ?? alarm.evaluationPeriods
    const breaching = known.filter((v) => v).length
    let next: AlarmState
    if (breaching >= needed) next = 'ALARM'
    else if (known.length === 0)
      next = alarm.treatMissingData === 'ignore' ? alarm.state : 'INSUFFICIENT_DATA'
    else next = 'OK'
    if (next === alarm.state) return
    const reason = `Threshold Crossed: ${breaching} out of the last ${alarm.evaluationPeriods} datapoints were ${alarm.comparison} ${alarm.threshold} (missing data treated as ${alarm.treatMissingData}).`
    this.transition(alarm, next, reason)
  }

  private transition(alarm: SimAlarm, to: AlarmState, reason: string): void {
    const from = alarm.state
    alarm.state = to
    alarm.reason = reason
    alarm.history.push({ state: to, at: this.ctx.time.now(), reason })
    this.ctx.log(`cloudwatch: alarm ${alarm.name} ${from} -> ${to}`)
    const actions = to === 'ALARM' ? alarm.alarmActions : to === 'OK' ? alarm.okActions : []
    if (!alarm.actionsEnabled) return
    const message = JSON.stringify({
      AlarmName: alarm.name,
      AlarmDescription: alarm.description ?? null,
      NewStateValue: to,
      NewStateReason: reason,
      OldStateValue: from,
      StateChangeTime: new Date(this.ctx.time.now()).toISOString(),
      Region: this.ctx.region,
      Trigger: {
        MetricName: alarm.metricName,
        Namespace: alarm.namespace,
        Statistic: alarm.statistic.toUpperCase(),
        Dimensions: Object.entries(alarm.dimensions).map(([name, value]) => ({ name, value })),
        Period: alarm.period,
        EvaluationPeriods: alarm.evaluationPeriods,
        ComparisonOperator: alarm.comparison,
        Threshold: alarm.threshold,
        TreatMissingData: alarm.treatMissingData
      }
    })
    const subject = `${to}: "${alarm.name}" in ${this.ctx.region}`
    for (const arn of actions) this.sns.publish(arn, subject, message, 'cloudwatch')
  }
}

function sameDimensions(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}

function statistic(kind: AlarmSpec['statistic'], values: number[]): number {
  switch (kind) {
    case 'Sum':
      return values.reduce((x, y) => x + y, 0)
    case 'Minimum':
      return Math.min(...values)
    case 'Maximum':
      return Math.max(...values)
    case 'Average':
      return values.reduce((x, y) => x + y, 0) / values.length
    case 'SampleCount':
      return values.length
  }
}

function breaches(alarm: AlarmSpec, value: number): boolean {
  switch (alarm.comparison) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= alarm.threshold
    case 'GreaterThanThreshold':
      return value > alarm.threshold
    case 'LessThanThreshold':
      return value < alarm.threshold
    case 'LessThanOrEqualToThreshold':
      return value <= alarm.threshold
  }
}
