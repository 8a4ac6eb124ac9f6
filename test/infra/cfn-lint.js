#!/usr/bin/env node
// Runs the npm `cfn-lint` CLI with @aws-cdk/cfnspec's resource specification instead of the
// one bundled with cfn-lint (last refreshed years ago: no LaunchTemplate MetadataOptions, no
// EFS BackupPolicy, no IAM Role Tags). cfn-lint loads its specification with require(), so
// priming require's cache with the newer file swaps it in without touching node_modules.
// Usage: node test/infra/cfn-lint.js validate <template> [cfn-lint options]
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const bundled = require.resolve('cfn-lint/data/aws_resources_specification.json')
const newer = require.resolve('@aws-cdk/cfnspec/spec/specification.json')
const spec = require(newer)
addNewerThanSpec(spec)
require.cache[bundled] = { id: bundled, filename: bundled, loaded: true, exports: spec }

/**
 * Properties CloudFormation gained after @aws-cdk/cfnspec's last release (2.72, March 2023),
 * added as their resource pages define them: the group's InstanceMaintenancePolicy
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-autoscaling-autoscalinggroup-instancemaintenancepolicy.html;
 * both percentages Integer, optional).
 */
function addNewerThanSpec(s) {
  const group = s.ResourceTypes['AWS::AutoScaling::AutoScalingGroup'].Properties
  if (group.InstanceMaintenancePolicy) return
  const percent = { PrimitiveType: 'Integer', Required: false, UpdateType: 'Mutable' }
  s.PropertyTypes['AWS::AutoScaling::AutoScalingGroup.InstanceMaintenancePolicy'] = {
    Properties: { MinHealthyPercentage: percent, MaxHealthyPercentage: percent }
  }
  group.InstanceMaintenancePolicy = {
    Type: 'InstanceMaintenancePolicy',
    Required: false,
    UpdateType: 'Mutable'
  }
}

const cli = require.resolve('cfn-lint/lib/index.js')
process.argv = [process.argv[0], cli, ...process.argv.slice(2)]
require(cli)
