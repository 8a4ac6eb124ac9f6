// AWS errors as classes: each carries AWS's own code, HTTP status and fault type, and the
// wire layer renders it in the service's error shape so the SDK raises the same exception.

export class AwsError extends Error {
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
    else super('Throttling', 'Rate exceeded', 400)
  }
}

export class InternalError extends AwsError {
  constructor(message: string) {
    super('InternalFailure', message, 500, 'Receiver')
  }
}
