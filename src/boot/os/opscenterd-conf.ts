// Where opscenterd.conf lives, and how the agent replaces it (or any file OpsCenter reads):
// atomically, keeping its mode and owner.
import { chmod, chown, rename, stat, writeFile } from 'node:fs/promises'

export const OPSCENTERD_CONF = '/etc/opscenter/opscenterd.conf'

/** Replaces a file atomically, keeping its mode and owner. */
export async function writeLike(file: string, content: string): Promise<void> {
  const tmp = `${file}.opscenter-ha-tmp`
  await writeFile(tmp, content)
  try {
    const st = await stat(file)
    await chmod(tmp, st.mode & 0o7777)
    if (process.getuid?.() === 0) await chown(tmp, st.uid, st.gid)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  await rename(tmp, file)
}
