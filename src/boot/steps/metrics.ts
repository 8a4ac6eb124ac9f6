// The agent's CloudWatch data points (names in METRICS): the heartbeat the not-serving alarm
// counts, and the events that must reach a person (a failed boot, a watchdog replacement).
import { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { METRICS } from '../../shared/contract.js'
import { aws, type Agent } from '../context/agent.js'

export type MetricName = (typeof METRICS)[Exclude<keyof typeof METRICS, 'namespace' | 'dimension'>]

export async function putMetric(agent: Agent, name: MetricName, value = 1): Promise<void> {
  await aws(agent, () =>
    agent.cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: METRICS.namespace,
        MetricData: [
          {
            MetricName: name,
            Dimensions: [{ Name: METRICS.dimension, Value: agent.config.stackName }],
            Value: value,
            Unit: 'Count'
          }
        ]
      })
    )
  )
}
