// The simulated CloudWatch and SNS as the alerts rely on them: PutMetricData over the real
// SDK (the JSON protocol), the namespace rule, alarms evaluated once a minute with their
// missing-data rule, and a state change published to the topic.
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { ADMIN_ACCESS_KEY } from '../sim/iam/index.js'
import { startSim, type Sim } from '../sim/index.js'
import type { AlarmSpec } from '../sim/cloudwatch/model.js'
import { until } from './helpers.js'

let sim: Sim
let cw: CloudWatchClient
beforeEach(async () => {
  sim = await startSim({ timeScale: 0.001 })
  cw = new CloudWatchClient({
    region: sim.region,
    endpoint: sim.endpoint,
    maxAttempts: 1,
    credentials: { accessKeyId: ADMIN_ACCESS_KEY, secretAccessKey: 'test' }
  })
})
afterEach(async () => {
  cw.destroy()
  await sim.stop()
})

const beat = (namespace = 'OpsCenterHA') =>
  cw.send(
    new PutMetricDataCommand({
      Namespace: namespace,
      MetricData: [
        { MetricName: 'Healthy', Dimensions: [{ Name: 'StackName', Value: 'ops' }], Value: 1 }
      ]
    })
  )

const deadMan = (topicArn: string): AlarmSpec => ({
  name: 'ops-not-serving',
  namespace: 'OpsCenterHA',
  metricName: 'Healthy',
  dimensions: { StackName: 'ops' },
  statistic: 'Sum',
  period: 60,
  evaluationPeriods: 3,
  threshold: 1,
  comparison: 'LessThanThreshold',
  treatMissingData: 'breaching',
  alarmActions: [topicArn],
  okActions: [topicArn],
  actionsEnabled: true
})

it('PutMetricData is stored; a namespace under AWS/ is refused as CloudWatch refuses it', async () => {
  await beat()
  expect(sim.cloudwatch.points('OpsCenterHA', 'Healthy', { StackName: 'ops' })).toHaveLength(1)
  await expect(beat('AWS/EC2')).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
})

it('silence breaches the dead-man alarm, which publishes ALARM; heartbeats bring OK', async () => {
  const topic = sim.sns.createTopic('ops-alerts')
  sim.cloudwatch.putAlarm(deadMan(topic))
  await until(
    'ALARM',
    () => sim.cloudwatch.alarm('ops-not-serving')?.state === 'ALARM' || undefined
  )
  // More than one a (scaled) minute; every call is awaited before the simulator stops, so
  // none is cut off mid-request.
  const sent: Promise<unknown>[] = []
  const timer = setInterval(() => sent.push(beat()), 20)
  try {
    await until('OK', () => sim.cloudwatch.alarm('ops-not-serving')?.state === 'OK' || undefined)
  } finally {
    clearInterval(timer)
    await Promise.all(sent)
  }
  const subjects = sim.sns.messages.map((m) => m.subject)
  expect(subjects).toEqual([
    `ALARM: "ops-not-serving" in ${sim.region}`,
    `OK: "ops-not-serving" in ${sim.region}`
  ])
  expect(JSON.parse(sim.sns.messages[0].message)).toMatchObject({
    NewStateValue: 'ALARM',
    OldStateValue: 'INSUFFICIENT_DATA',
    Trigger: { MetricName: 'Healthy', Namespace: 'OpsCenterHA', TreatMissingData: 'breaching' }
  })
})

it('with missing data not breaching, silence is OK and one data point over the threshold alarms', async () => {
  const topic = sim.sns.createTopic('ops-alerts')
  sim.cloudwatch.putAlarm({
    ...deadMan(topic),
    name: 'ops-replaced',
    metricName: 'MarkedUnhealthy',
    evaluationPeriods: 1,
    comparison: 'GreaterThanOrEqualToThreshold',
    treatMissingData: 'notBreaching'
  })
  await until('OK', () => sim.cloudwatch.alarm('ops-replaced')?.state === 'OK' || undefined)
  sim.cloudwatch.putMetricData('OpsCenterHA', [
    { metricName: 'MarkedUnhealthy', dimensions: { StackName: 'ops' }, value: 1 }
  ])
  await until('ALARM', () => sim.cloudwatch.alarm('ops-replaced')?.state === 'ALARM' || undefined)
})
