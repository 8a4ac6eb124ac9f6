// The template language as the simulator evaluates it: parameters and their constraints,
// conditions, intrinsic functions and pseudo parameters, through the real SDK.
import {
  CreateStackCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  ValidateTemplateCommand,
  type Parameter
} from '@aws-sdk/client-cloudformation'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSim } from '../sim/index.js'
import type { Sim } from '../sim/types.js'
import { clients, until, type Clients } from './helpers.js'

let sim: Sim
let c: Clients

beforeEach(async () => {
  sim = await startSim({ timeScale: 0.001 })
  c = clients(sim)
})
afterEach(async () => {
  c.destroy()
  await sim.stop()
})

const TEMPLATE = `
AWSTemplateFormatVersion: '2010-09-09'
Description: intrinsics
Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
  Env:
    Type: String
    AllowedValues: [prod, test]
    Default: test
  Size:
    Type: Number
    Default: 3
    MinValue: 1
    MaxValue: 5
  Secret:
    Type: String
    NoEcho: true
    Default: hush
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition NotProd, !Or [!Equals [!Ref Size, 3], !Condition IsProd]]
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub 'group of \${AWS::StackName} in \${AWS::Region}'
      Tags:
        - Key: Name
          Value: !If [IsProd, prod-group, !Ref AWS::NoValue]
  Eni:
    Type: AWS::EC2::NetworkInterface
    Properties:
      SubnetId: !Select [1, !Ref Subnets]
      GroupSet: [!GetAtt Group.GroupId]
      Description: !Sub
        - '\${Name} \${Zone} \${!Literal}'
        - Name: !Join ['-', [!Ref AWS::StackName, eni]]
          Zone: !Select [1, !GetAZs '']
  ProdOnly:
    Type: AWS::EC2::SecurityGroup
    Condition: IsProd
    Properties:
      GroupDescription: only in prod
Outputs:
  Ip:
    Value: !GetAtt Eni.PrimaryPrivateIpAddress
  Description:
    Value: !Sub '\${Eni} in \${AWS::AccountId}/\${AWS::Partition}/\${AWS::URLSuffix}'
  Split:
    Value: !Select [2, !Split [',', 'a,b,c']]
  Both:
    Value: !If [Both, yes, no]
  Prod:
    Condition: IsProd
    Value: !Ref ProdOnly
  Encoded:
    Value: !Base64 'hi'
`

function params(extra: Parameter[] = []): Parameter[] {
  return [
    { ParameterKey: 'Subnets', ParameterValue: sim.vpc.subnets.map((s) => s.subnetId).join(',') },
    ...extra
  ]
}

async function create(parameters: Parameter[]) {
  await c.cfn.send(
    new CreateStackCommand({ StackName: 'tpl', TemplateBody: TEMPLATE, Parameters: parameters })
  )
  return until('stack settled', async () => {
    const s = (await c.cfn.send(new DescribeStacksCommand({ StackName: 'tpl' }))).Stacks![0]
    return /_IN_PROGRESS$/.test(s.StackStatus ?? '') ? undefined : s
  })
}

describe('CloudFormation templates on the simulator', () => {
  it('evaluates conditions, intrinsics and pseudo parameters', async () => {
    const s = await create(params())
    expect(s.StackStatus).toBe('CREATE_COMPLETE')
    const out = Object.fromEntries(s.Outputs!.map((o) => [o.OutputKey, o.OutputValue]))
    const eni = sim.ec2.networkInterfaces().find((e) => e.description.startsWith('tpl-eni'))!
    expect(eni.description).toBe('tpl-eni us-east-1b ${Literal}')
    expect(eni.subnetId).toBe(sim.vpc.subnets[1].subnetId)
    expect(out).toEqual({
      Ip: eni.privateIp,
      Description: `${eni.networkInterfaceId} in 123456789012/aws/amazonaws.com`,
      Split: 'c',
      Both: 'yes',
      Encoded: 'aGk='
    })
    expect(s.Parameters?.find((p) => p.ParameterKey === 'Secret')?.ParameterValue).toBe('****')
    expect(
      sim.cloudformation
        .getStack('tpl')
        ?.resources.map((r) => r.logicalId)
        .sort()
    ).toEqual(['Eni', 'Group'])
  })

  it('creates conditional resources when their condition holds', async () => {
    const s = await create(params([{ ParameterKey: 'Env', ParameterValue: 'prod' }]))
    const out = Object.fromEntries(s.Outputs!.map((o) => [o.OutputKey, o.OutputValue]))
    expect(out.Prod).toMatch(/^sg-/)
    expect(out.Both).toBe('no')
  })

  it('treats a parameter that reaches no resource or output as no change, as AWS does', async () => {
    await create(params())
    await expect(
      c.cfn.send(
        new UpdateStackCommand({
          StackName: 'tpl',
          UsePreviousTemplate: true,
          Parameters: params([{ ParameterKey: 'Secret', ParameterValue: 'other' }])
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationError', message: 'No updates are to be performed.' })
    await c.cfn.send(
      new UpdateStackCommand({
        StackName: 'tpl',
        UsePreviousTemplate: true,
        Parameters: params([{ ParameterKey: 'Size', ParameterValue: '4' }])
      })
    )
    const s = await until('update settled', async () => {
      const x = (await c.cfn.send(new DescribeStacksCommand({ StackName: 'tpl' }))).Stacks![0]
      return /_IN_PROGRESS$/.test(x.StackStatus ?? '') ? undefined : x
    })
    expect(s.StackStatus).toBe('UPDATE_COMPLETE')
    expect(s.Outputs?.find((o) => o.OutputKey === 'Both')?.OutputValue).toBe('no')
  })

  it('rejects bad parameters before touching anything', async () => {
    const send = (p: Parameter[]) =>
      c.cfn.send(
        new CreateStackCommand({ StackName: 'tpl', TemplateBody: TEMPLATE, Parameters: p })
      )
    await expect(send([])).rejects.toMatchObject({
      name: 'ValidationError',
      message: 'Parameters: [Subnets] must have values'
    })
    await expect(
      send(params([{ ParameterKey: 'Env', ParameterValue: 'dev' }]))
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining("Parameter 'Env'")
    })
    await expect(
      send(params([{ ParameterKey: 'Size', ParameterValue: '9' }]))
    ).rejects.toMatchObject({
      message: expect.stringContaining('not greater than 5')
    })
    await expect(
      send([{ ParameterKey: 'Subnets', ParameterValue: 'subnet-0123456789abcdef0' }])
    ).rejects.toMatchObject({ message: expect.stringContaining('subnet-0123456789abcdef0') })
    await expect(
      send(params([{ ParameterKey: 'Nope', ParameterValue: 'x' }]))
    ).rejects.toMatchObject({
      message: 'Parameters: [Nope] do not exist in the template'
    })
    expect(sim.cloudformation.stacks()).toEqual([])
  })

  it('validates a template and names the capabilities it needs', async () => {
    const out = await c.cfn.send(
      new ValidateTemplateCommand({
        TemplateBody:
          'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n'
      })
    )
    expect(out.Capabilities).toEqual(['CAPABILITY_IAM'])
    await expect(
      c.cfn.send(new ValidateTemplateCommand({ TemplateBody: 'Resources: [' }))
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('Template format error')
    })
  })
})
