// The real command runner, as the simulator will drive it: plain names found on PATH
// (its shims first), arguments passed as they are (no shell), bounded by a time-out.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execRunner, must } from '../../src/boot/os/runner.js'

let dir: string
const path = process.env.PATH
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'opscenter-ha-shims-'))
  process.env.PATH = `${dir}:${path}`
})
afterEach(() => {
  process.env.PATH = path
  rmSync(dir, { recursive: true, force: true })
})

function shim(name: string, body: string): void {
  writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
  chmodSync(join(dir, name), 0o755)
}

test('runs a shim by plain name with its arguments untouched by any shell', async () => {
  shim('mountpoint', `printf '%s\\n' "$@" > ${dir}/args; echo out; echo err >&2; exit 32`)
  const res = await execRunner.run('mountpoint', ['-q', '/a b/$HOME;echo'])
  expect(res).toEqual({ code: 32, stdout: 'out\n', stderr: 'err\n' })
  expect(readFileSync(join(dir, 'args'), 'utf8')).toBe('-q\n/a b/$HOME;echo\n')
})

test('must() throws with the command, the exit code and the last line of stderr', async () => {
  shim('umount', 'echo "umount: /x: target is busy." >&2; exit 32')
  await expect(must(execRunner, 'umount', ['/x'])).rejects.toThrow(
    'umount /x exited 32: umount: /x: target is busy.'
  )
})

test('a command that hangs is killed at its time-out', async () => {
  shim('mount', 'sleep 30')
  await expect(execRunner.run('mount', ['-t', 'nfs4'], { timeoutMs: 300 })).rejects.toThrow(
    'mount -t nfs4 timed out after 0s'
  )
})

test('a command not on PATH says so', async () => {
  await expect(execRunner.run('no-such-command-opscenter-ha', [])).rejects.toThrow(
    'no-such-command-opscenter-ha: command not found on PATH'
  )
})
