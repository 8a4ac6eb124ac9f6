// After a successful deploy: keep the newest keep-amis AMIs of this stack, never the
// current or the previous one; deregister the rest and delete their snapshots.
import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  type Image
} from '@aws-sdk/client-ec2'
import { TAGS } from '../../shared/contract.js'
import { withRetry } from '../../shared/retry.js'
import type { Ctx } from '../context/context.js'

/** The images to delete, oldest last; pure so the rule is easy to test. */
export function toRetire(images: Image[], keep: number, protect: string[]): Image[] {
  const sorted = [...images].sort((a, b) =>
    (b.CreationDate ?? '').localeCompare(a.CreationDate ?? '')
  )
  return sorted
    .slice(keep)
    .filter((i) => i.ImageId && !protect.includes(i.ImageId) && i.State !== 'pending')
}

export async function retain(ctx: Ctx, current: string, previous: string): Promise<string[]> {
  const { opts, deps, clients, timeline } = ctx
  const retry = { clock: deps.clock }
  const images: Image[] = []
  let NextToken: string | undefined
  do {
    const token = NextToken
    const page = await withRetry(
      () =>
        clients.ec2.send(
          new DescribeImagesCommand({
            Owners: ['self'],
            Filters: [{ Name: `tag:${TAGS.stack}`, Values: [opts.stackName] }],
            NextToken: token
          })
        ),
      retry
    )
    images.push(...(page.Images ?? []))
    NextToken = page.NextToken
  } while (NextToken)
  const retire = toRetire(images, opts.keepAmis, [current, previous].filter(Boolean))
  if (retire.length === 0) {
    timeline.log(
      `${images.length} AMI(s) of this stack, keeping up to ${opts.keepAmis}: nothing to retire`
    )
    return []
  }
  for (const img of retire) {
    const id = img.ImageId as string
    await withRetry(() => clients.ec2.send(new DeregisterImageCommand({ ImageId: id })), retry)
    const snaps = (img.BlockDeviceMappings ?? [])
      .map((b) => b.Ebs?.SnapshotId)
      .filter((s): s is string => !!s)
    for (const s of snaps)
      await withRetry(() => clients.ec2.send(new DeleteSnapshotCommand({ SnapshotId: s })), retry)
    timeline.log(
      `retired ${id} (${img.Name ?? 'no name'}, created ${img.CreationDate ?? '?'})${snaps.length ? ` and ${snaps.join(', ')}` : ''}`
    )
  }
  return retire.map((i) => i.ImageId as string)
}
