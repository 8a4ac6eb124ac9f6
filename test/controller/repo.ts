// A throwaway checkout: template, packer recipe, var-file and boot agent folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NETWORK } from './world.js'

export const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  AmiId:
    Type: String
  PreviousAmiId:
    Type: String
    Default: ''
  InstanceType:
    Type: String
    Default: m5.large
  VpcId:
    Type: AWS::EC2::VPC::Id
  SubnetA:
    Type: AWS::EC2::Subnet::Id
  SubnetB:
    Type: AWS::EC2::Subnet::Id
  SubnetC:
    Type: AWS::EC2::Subnet::Id
Resources:
  LaunchTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: !Ref AmiId
        InstanceType: !Ref InstanceType
Outputs:
  AutoScalingGroupName:
    Value: !Sub '\${AWS::StackName}-opscenter'
`

export interface Repo {
  root: string
  template: string
  packerDir: string
  varFile: string
  agentDir: string
  /** Inputs pointing at this checkout. */
  inputs: Record<string, string>
}

/** The network parameters of a first deploy (the VPC and subnets of the test World). */
export const NETWORK_PARAMETERS = `VpcId=${NETWORK.vpc},SubnetA=${NETWORK.subnets[0]},SubnetB=${NETWORK.subnets[1]},SubnetC=${NETWORK.subnets[2]}`

export function makeRepo(version = '6.8.51'): Repo {
  const root = mkdtempSync(join(tmpdir(), 'opscenter-ha-ctl-'))
  const packerDir = join(root, 'packer')
  const agentDir = join(root, 'dist', 'boot')
  mkdirSync(join(packerDir, 'scripts'), { recursive: true })
  mkdirSync(join(root, 'cloudformation'))
  mkdirSync(agentDir, { recursive: true })
  const template = join(root, 'cloudformation', 'opscenter.yaml')
  writeFileSync(template, TEMPLATE)
  writeFileSync(join(packerDir, 'opscenter.pkr.hcl'), 'source "amazon-ebs" "opscenter" {}\n')
  writeFileSync(join(packerDir, 'plugins.pkr.hcl'), 'packer {}\n')
  writeFileSync(join(packerDir, 'scripts', 'install.sh'), '#!/bin/sh\necho install\n')
  const varFile = join(packerDir, 'opscenter.pkrvars.hcl')
  writeFileSync(varFile, `opscenter_version = "${version}"\nopscenter_sha256 = "abc"\n`)
  writeFileSync(join(agentDir, 'index.js'), 'console.log("agent")\n')
  writeFileSync(join(agentDir, 'opscenter-ha-boot.service'), '[Unit]\n')
  return {
    root,
    template,
    packerDir,
    varFile,
    agentDir,
    inputs: {
      'stack-name': 'ops',
      region: 'us-east-1',
      template,
      'packer-dir': packerDir,
      'packer-var-file': varFile,
      'agent-dir': agentDir,
      'base-ami': 'ami-0ba5e000000000001',
      'poll-interval-seconds': '5',
      'timeout-minutes': '15',
      // This in-process World fakes each AWS call, not Auto Scaling's capacity rules: it runs
      // the cold path. The prepared handover runs on the simulator (test/e2e/handover.test.ts).
      'replace-strategy': 'cold',
      parameters: NETWORK_PARAMETERS
    }
  }
}
