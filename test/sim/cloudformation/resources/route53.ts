// AWS::Route53::HostedZone.
import { list, str, type ResourceHandler } from './types.js'

export const hostedZone: ResourceHandler = {
  latency: 'cfnHostedZone',
  replaceOn: ['Name'],
  create(props, ctx) {
    const config = (props.HostedZoneConfig ?? {}) as { Comment?: string }
    const { zone } = ctx.route53.createHostedZone({
      name: str(props, 'Name', true) as string,
      callerReference: `${ctx.stackId}-${ctx.logicalId}-${Date.now()}`,
      comment: config.Comment,
      private: list(props, 'VPCs').length > 0
    })
    return {
      physicalId: zone.id,
      attributes: {
        Id: zone.id,
        NameServers: [
          'ns-1.awsdns-01.org',
          'ns-2.awsdns-02.co.uk',
          'ns-3.awsdns-03.com',
          'ns-4.awsdns-04.net'
        ]
      }
    }
  },
  update(current, props, _old, ctx) {
    const zone = ctx.route53.getZone(current.physicalId)
    if (zone) zone.comment = ((props.HostedZoneConfig ?? {}) as { Comment?: string }).Comment
    return current
  },
  delete(current, _props, ctx) {
    if (ctx.route53.getZone(current.physicalId)) ctx.route53.deleteHostedZone(current.physicalId)
  }
}
