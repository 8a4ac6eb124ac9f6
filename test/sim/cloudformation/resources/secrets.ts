// AWS::SecretsManager::Secret (Ref: the ARN), as its resource page describes it
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secret.html):
// SecretString, or GenerateSecretString, which asks Secrets Manager for a random password
// and, with SecretStringTemplate and GenerateStringKey, puts it into that JSON under the key
// ("If you include SecretStringTemplate, then GenerateStringKey is required").
import { randomPassword, type PasswordRules } from '../../secretsmanager/model.js'
import {
  cfnTags,
  generatedName,
  ResourceFailure,
  str,
  type Props,
  type ResourceHandler
} from './types.js'

export const secret: ResourceHandler = {
  latency: 'cfnResource',
  replaceOn: ['Name'],
  create(props, ctx) {
    const s = ctx.secretsmanager.create({
      name: str(props, 'Name') ?? generatedName(ctx, 256),
      value: secretString(props),
      description: str(props, 'Description'),
      kmsKeyId: str(props, 'KmsKeyId'),
      tags: cfnTags(props.Tags)
    })
    return { physicalId: s.arn, attributes: { Id: s.arn } }
  },
  // A new GenerateSecretString does not make a new value: only SecretString changes it.
  update(current, props, old, ctx) {
    const s = ctx.secretsmanager.find(current.physicalId)
    s.description = str(props, 'Description')
    s.kmsKeyId = str(props, 'KmsKeyId')
    s.tags = cfnTags(props.Tags)
    const value = str(props, 'SecretString')
    if (value !== undefined && value !== str(old, 'SecretString'))
      ctx.secretsmanager.put(s.arn, value)
    return current
  },
  delete(current, _props, ctx) {
    ctx.secretsmanager.delete(current.physicalId)
  }
}

function secretString(props: Props): string {
  const given = str(props, 'SecretString')
  const gen = props.GenerateSecretString as (PasswordRules & Props) | undefined
  if (given !== undefined && gen)
    throw new ResourceFailure("You can't specify both SecretString and GenerateSecretString.")
  if (given !== undefined) return given
  if (!gen) return ''
  const password = randomPassword(gen)
  const template = str(gen, 'SecretStringTemplate')
  if (template === undefined) return password
  const key = str(gen, 'GenerateStringKey')
  if (!key) throw new ResourceFailure('GenerateStringKey is required with SecretStringTemplate.')
  let json: Record<string, unknown>
  try {
    json = JSON.parse(template) as Record<string, unknown>
  } catch {
    throw new ResourceFailure('SecretStringTemplate must be a JSON object.')
  }
  return JSON.stringify({ ...json, [key]: password })
}
