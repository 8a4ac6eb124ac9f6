// Secrets Manager's JSON API (awsJson1_1, X-Amz-Target secretsmanager.<Action>): the calls
// the boot agent and the tests make. Shapes:
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_Operations.html.
import { actionHandlers, type ServiceDef } from '../core/server.js'
import type { SecretsManager, SimSecret } from './model.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = any

const seconds = (ms: number): number => ms / 1000

export class SecretsManagerResponses {
  constructor(private readonly sm: SecretsManager) {}

  service(): ServiceDef {
    return {
      name: 'secretsmanager',
      protocol: 'json',
      jsonVersion: '1.1',
      sdk: {},
      xmlns: '',
      jsonErrorPrefix: 'com.amazonaws.secretsmanager',
      handlers: actionHandlers(this)
    }
  }

  GetSecretValue(i: Input) {
    const s = this.sm.find(String(i.SecretId))
    const v = this.sm.value(s.arn, i.VersionStage, i.VersionId)
    return {
      ARN: s.arn,
      Name: s.name,
      VersionId: v.versionId,
      SecretString: v.value,
      VersionStages: [...v.stages],
      CreatedDate: seconds(v.created)
    }
  }

  PutSecretValue(i: Input) {
    const s = this.sm.find(String(i.SecretId))
    const v = this.sm.put(s.arn, String(i.SecretString))
    return { ARN: s.arn, Name: s.name, VersionId: v.versionId, VersionStages: [...v.stages] }
  }

  DescribeSecret(i: Input) {
    return describe(this.sm.find(String(i.SecretId)))
  }
}

function describe(s: SimSecret) {
  return {
    ARN: s.arn,
    Name: s.name,
    Description: s.description,
    KmsKeyId: s.kmsKeyId,
    CreatedDate: seconds(s.created),
    Tags: Object.entries(s.tags).map(([Key, Value]) => ({ Key, Value })),
    VersionIdsToStages: Object.fromEntries(s.versions.map((v) => [v.versionId, [...v.stages]]))
  }
}
