// CloudWatch's JSON API (awsJson1_0 with awsQueryCompatible, X-Amz-Target
// GraniteServiceVersion20100801.<Action>): the call the boot agent makes. Shapes:
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html.
import { actionHandlers, type ServiceDef } from '../core/server.js'
import type { CloudWatch } from './model.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = any

export class CloudWatchResponses {
  constructor(private readonly cw: CloudWatch) {}

  service(): ServiceDef {
    return {
      name: 'cloudwatch',
      protocol: 'json',
      sdk: {},
      xmlns: '',
      jsonErrorPrefix: 'com.amazonaws.cloudwatch.v2010_08_01',
      handlers: actionHandlers(this)
    }
  }

  PutMetricData(i: Input) {
    this.cw.putMetricData(
      String(i.Namespace ?? ''),
      ((i.MetricData ?? []) as Input[]).map((d) => ({
        metricName: String(d.MetricName),
        dimensions: Object.fromEntries(
          ((d.Dimensions ?? []) as { Name: string; Value: string }[]).map((x) => [x.Name, x.Value])
        ),
        value: Number(d.Value)
      }))
    )
    return {}
  }
}
