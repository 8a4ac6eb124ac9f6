// AWS errors as classes: each carries AWS's own code, HTTP status and fault type, and the
// wire layer renders it in the service's error shape so the SDK raises the same exception.

export class AwsError extends Error {
  /** Members the error shape carries besides code and message (JSON protocols). */
  extra?: Record<string, unknown>

  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly type: 'Sender' | 'Receiver' = 'Sender'
  ) {
    super(message)
    this.name = code
  }
}

/** Query services (Auto Scaling, CloudFormation): bad input or a missing resource. */
export class ValidationError extends AwsError {
  constructor(message: string) {
    super('ValidationError', message, 400)
  }
}

export class InvalidActionError extends AwsError {
  constructor(action: string) {
    super('InvalidAction', `The action ${action} is not valid for this web service.`, 400)
  }
}

export class MissingParameterError extends AwsError {
  constructor(name: string) {
    super('MissingParameter', `The request must contain the parameter ${name}`, 400)
  }
}

/** Throttling as each service spells it: EC2 RequestLimitExceeded (503), others Throttling. */
export class ThrottlingError extends AwsError {
  constructor(service: string) {
    if (service === 'ec2') super('RequestLimitExceeded', 'Request limit exceeded.', 503)
    else if (service === 'dynamodb')
      super('ThrottlingException', 'Rate of requests exceeds the allowed throughput.', 400)
    else super('Throttling', 'Rate exceeded', 400)
  }
}

export class InternalError extends AwsError {
  constructor(message: string) {
    super('InternalFailure', message, 500, 'Receiver')
  }
}

/**
 * A refused call, in each service's shape: EC2 answers UnauthorizedOperation with an encoded
 * authorization message (decoded by sts:DecodeAuthorizationMessage); the query and REST
 * services answer AccessDenied, 403
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
 */
export class AccessDeniedError extends AwsError {
  constructor(service: string, message: string) {
    if (service === 'ec2') {
      const encoded = Buffer.from(JSON.stringify({ allowed: false, explanation: message }))
        .toString('base64')
        .replace(/=+$/, '')
      super(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${message}. Encoded authorization failure message: ${encoded}`,
        403
      )
    } else if (service === 'dynamodb' || service === 'backup' || service === 'secretsmanager') {
      // The JSON protocols: AccessDeniedException, HTTP 400, in the common errors of
      // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html,
      // https://docs.aws.amazon.com/aws-backup/latest/devguide/CommonErrors.html and
      // https://docs.aws.amazon.com/secretsmanager/latest/apireference/CommonErrors.html.
      super('AccessDeniedException', message, 400)
    } else super('AccessDenied', message, 403)
  }
}

/** An access key AWS does not know. */
export class UnknownKeyError extends AwsError {
  constructor(service: string) {
    if (service === 'ec2')
      super('AuthFailure', 'AWS was not able to validate the provided access credentials', 401)
    else
      super('InvalidClientTokenId', 'The security token included in the request is invalid.', 403)
  }
}
