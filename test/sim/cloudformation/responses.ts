import * as sdk from '@aws-sdk/client-cloudformation'
import type { ServiceDef } from '../server.js'
import type { CloudFormation } from './model.js'

export class CloudFormationResponses {
  constructor(readonly cfn: CloudFormation) {}
  service(): ServiceDef {
    return {
      name: 'cloudformation',
      protocol: 'query',
      sdk: sdk as unknown as Record<string, unknown>,
      xmlns: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
      handlers: {}
    }
  }
}
