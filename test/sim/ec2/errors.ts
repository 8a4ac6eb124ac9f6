// EC2's error codes (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
import { AwsError } from '../wire/errors.js'

export class NotFound extends AwsError {
  constructor(code: string, message: string) {
    super(code, message, 400)
  }
}

export const notFound = {
  instance: (id: string) =>
    new NotFound('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`),
  image: (id: string) =>
    new NotFound('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`),
  snapshot: (id: string) =>
    new NotFound('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`),
  eni: (id: string) =>
    new NotFound(
      'InvalidNetworkInterfaceID.NotFound',
      `The networkInterface ID '${id}' does not exist`
    ),
  attachment: (id: string) =>
    new NotFound('InvalidAttachmentID.NotFound', `The attachment ID '${id}' does not exist`),
  subnet: (id: string) =>
    new NotFound('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`),
  vpc: (id: string) => new NotFound('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`),
  group: (id: string) =>
    new NotFound('InvalidGroup.NotFound', `The security group '${id}' does not exist`),
  launchTemplate: (id: string) =>
    new NotFound(
      'InvalidLaunchTemplateId.NotFound',
      `The specified launch template, with template ID ${id}, does not exist.`
    ),
  launchTemplateName: (name: string) =>
    new NotFound(
      'InvalidLaunchTemplateName.NotFoundException',
      `The specified launch template, with template name ${name}, does not exist.`
    ),
  launchTemplateVersion: (id: string, version: string) =>
    new NotFound(
      'InvalidLaunchTemplateId.VersionNotFound',
      `Could not find launch template version ${version} for the launch template with ID ${id}.`
    )
}

export class InvalidParameterValue extends AwsError {
  constructor(message: string) {
    super('InvalidParameterValue', message, 400)
  }
}

export class InvalidParameterCombination extends AwsError {
  constructor(message: string) {
    super('InvalidParameterCombination', message, 400)
  }
}

export class InvalidFilter extends AwsError {
  constructor(name: string) {
    super('InvalidParameterValue', `The filter '${name}' is invalid`, 400)
  }
}

export class NetworkInterfaceInUse extends AwsError {
  constructor(id: string) {
    super('InvalidNetworkInterface.InUse', `Interface: [${id}] in use.`, 400)
  }
}

export class IncorrectInstanceState extends AwsError {
  constructor(id: string, state: string) {
    super(
      'IncorrectInstanceState',
      `The instance '${id}' is not in a valid state for this operation (it is ${state}).`,
      400
    )
  }
}

export class OperationNotPermitted extends AwsError {
  constructor(message: string) {
    super('OperationNotPermitted', message, 400)
  }
}

export class SnapshotInUse extends AwsError {
  constructor(snapshotId: string, imageId: string) {
    super(
      'InvalidSnapshot.InUse',
      `The snapshot ${snapshotId} is currently in use by ${imageId}`,
      400
    )
  }
}

export class DependencyViolation extends AwsError {
  constructor(message: string) {
    super('DependencyViolation', message, 400)
  }
}

export class InsufficientInstanceCapacity extends AwsError {
  constructor(az: string) {
    super(
      'InsufficientInstanceCapacity',
      `We currently do not have sufficient capacity in the Availability Zone you requested (${az}).`,
      500,
      'Receiver'
    )
  }
}
