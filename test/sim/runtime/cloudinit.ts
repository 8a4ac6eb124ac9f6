// Plays the part of cloud-init the launch template relies on: a `#cloud-config` user data
// whose write_files entries land in the instance's root folder.
import { chmod, mkdir, writeFile, appendFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parse } from 'yaml'

export interface WriteFile {
  path: string
  content: Buffer
  permissions?: number
  append: boolean
}

/** Parses user data; throws with the reason when cloud-init would not accept it. */
export function parseCloudConfig(userData: string): { writeFiles: WriteFile[]; other: string[] } {
  if (!userData.startsWith('#cloud-config')) {
    throw new Error(
      `user data is not #cloud-config (starts with ${JSON.stringify(userData.slice(0, 20))})`
    )
  }
  const doc = parse(userData) as Record<string, unknown> | null
  if (doc === null || typeof doc !== 'object') return { writeFiles: [], other: [] }
  const entries = (doc.write_files ?? []) as Record<string, unknown>[]
  if (!Array.isArray(entries)) throw new Error('user data write_files is not a list')
  const writeFiles = entries.map((e, i) => {
    if (typeof e?.path !== 'string') throw new Error(`write_files[${i}] has no path`)
    return {
      path: e.path,
      content: decode(String(e.content ?? ''), e.encoding as string | undefined),
      permissions: typeof e.permissions === 'string' ? parseInt(e.permissions, 8) : undefined,
      append: e.append === true
    }
  })
  return { writeFiles, other: Object.keys(doc).filter((k) => k !== 'write_files') }
}

function decode(content: string, encoding: string | undefined): Buffer {
  switch (encoding ?? 'text/plain') {
    case 'text/plain':
      return Buffer.from(content)
    case 'b64':
    case 'base64':
      return Buffer.from(content, 'base64')
    case 'gz+b64':
    case 'gzip+base64':
    case 'gz+base64':
    case 'gzip+b64':
      return gunzipSync(Buffer.from(content, 'base64'))
    default:
      throw new Error(`write_files encoding ${encoding} is not supported by cloud-init`)
  }
}

/**
 * Writes every write_files entry under root. `edit` may rewrite a file's content (the
 * simulator shortens the agent's timings to fit its time scale).
 */
export async function playCloudInit(
  userData: string,
  root: string,
  edit: (path: string, content: Buffer) => Buffer = (_p, c) => c
): Promise<string[]> {
  const { writeFiles } = parseCloudConfig(userData)
  for (const f of writeFiles) {
    const dest = join(root, f.path)
    await mkdir(dirname(dest), { recursive: true })
    const content = edit(f.path, f.content)
    if (f.append) await appendFile(dest, content)
    else await writeFile(dest, content)
    if (f.permissions !== undefined) await chmod(dest, f.permissions)
  }
  return writeFiles.map((f) => f.path)
}
