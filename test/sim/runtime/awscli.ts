// The AWS CLI v2 that Amazon Linux 2023 ships, as far as the agent uses it: `aws s3 cp
// s3://<bucket>/<key> <file>` (the import of an existing OpsCenter, docs/migrate.md). It asks
// as the instance role, evaluated like any call (s3:GetObject on arn:aws:s3:::<bucket>/<key>),
// and reads the simulator's objects (SimRuntime.s3Objects). It fails as the CLI does: `aws s3
// cp` starts with HeadObject, and S3 answers a caller without s3:ListBucket 403 for a key
// that does not exist too, not 404 (aws/aws-cli#1689; S3 API reference, HeadObject:
// "If you don't have the s3:ListBucket permission, Amazon S3 returns an HTTP status code
// 403 Forbidden error"). The CLI prints "fatal error: An error occurred (403) when calling the
// HeadObject operation: Forbidden" and exits 1.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AccessDenied } from '../iam/model.js'
import type { Sim } from '../types.js'
import type { CommandResult } from './host.js'

const fatal = (status: number, what: string): CommandResult => ({
  code: 1,
  stdout: '',
  stderr: `fatal error: An error occurred (${status}) when calling the HeadObject operation: ${what}\n`
})

export async function awsCli(
  sim: Sim,
  objects: Map<string, Buffer>,
  instanceId: string,
  toHostPath: (p: string) => string,
  args: string[]
): Promise<CommandResult> {
  const plain = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--region'))
  if (plain[0] !== 's3' || plain[1] !== 'cp' || !plain[2]?.startsWith('s3://') || !plain[3])
    return {
      code: 252,
      stdout: '',
      stderr: `aws: the simulator knows only aws s3 cp s3://<bucket>/<key> <file>, not: ${args.join(' ')}\n`
    }
  const object = plain[2].slice('s3://'.length)
  const key = sim.iam.instanceCredentials(instanceId)?.accessKeyId
  if (!key)
    return {
      code: 253,
      stdout: '',
      stderr:
        'Unable to locate credentials. You can configure credentials by running "aws configure".\n'
    }
  const listBucket = async () => {
    try {
      await sim.iam.iam.authorize(key, [
        { action: 's3:ListBucket', resource: `arn:aws:s3:::${object.split('/')[0]}` }
      ])
      return true
    } catch (err) {
      if (err instanceof AccessDenied) return false
      throw err
    }
  }
  try {
    await sim.iam.iam.authorize(key, [
      { action: 's3:GetObject', resource: `arn:aws:s3:::${object}` }
    ])
  } catch (err) {
    if (err instanceof AccessDenied) return fatal(403, 'Forbidden')
    throw err
  }
  const body = objects.get(object)
  if (!body) return (await listBucket()) ? fatal(404, 'Not Found') : fatal(403, 'Forbidden')
  const dest = toHostPath(plain[3])
  await mkdir(dirname(dest), { recursive: true })
  await writeFile(dest, body)
  return { code: 0, stdout: '', stderr: '' }
}
