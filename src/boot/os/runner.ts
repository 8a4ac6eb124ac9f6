// The one way the agent runs OS commands: by plain name (found on PATH, so the simulator's
// shims win), without a shell, with a time-out. Tests swap in a recorder.
import { execFile } from 'node:child_process'

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Kill the command after this long. Default 60 s. */
  timeoutMs?: number
}

export interface CommandRunner {
  /** Resolves with the exit code (non-zero too); rejects only if the command could not run. */
  run(cmd: string, args: readonly string[], opts?: RunOptions): Promise<CommandResult>
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 60_000

export function commandLine(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].join(' ')
}

export const execRunner: CommandRunner = {
  run(cmd, args, opts = {}) {
    const timeout = opts.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS
    return new Promise((resolve, reject) => {
      // A child blocked in the kernel (a hung NFS mount) does not die on SIGKILL, and
      // execFile would wait for it forever: stop waiting at the time-out regardless.
      const late = setTimeout(() => {
        child.kill('SIGKILL')
        reject(
          new Error(`${commandLine(cmd, args)} timed out after ${Math.round(timeout / 1000)}s`)
        )
      }, timeout + 1000)
      late.unref()
      const child = execFile(
        cmd,
        [...args],
        {
          timeout,
          killSignal: 'SIGKILL',
          encoding: 'utf8',
          maxBuffer: 4 * 1024 * 1024,
          env: process.env
        },
        (err, stdout, stderr) => {
          clearTimeout(late)
          if (!err) return resolve({ code: 0, stdout, stderr })
          const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: unknown }
          if (e.code === 'ENOENT') return reject(new Error(`${cmd}: command not found on PATH`))
          if (e.killed) {
            return reject(
              new Error(`${commandLine(cmd, args)} timed out after ${Math.round(timeout / 1000)}s`)
            )
          }
          if (typeof e.code === 'number') return resolve({ code: e.code, stdout, stderr })
          reject(err)
        }
      )
    })
  }
}

export class CommandError extends Error {
  constructor(
    readonly line: string,
    readonly result: CommandResult
  ) {
    const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').pop() ?? ''
    // Long command lines (mount options) would crowd the cause out of a 255-character reason.
    const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line
    super(`${shown} exited ${result.code}${detail ? `: ${detail}` : ''}`)
    this.name = 'CommandError'
  }
}

/** Runs a command that must succeed; returns its stdout. */
export async function must(
  runner: CommandRunner,
  cmd: string,
  args: readonly string[],
  opts?: RunOptions
): Promise<string> {
  const result = await runner.run(cmd, args, opts)
  if (result.code !== 0) throw new CommandError(commandLine(cmd, args), result)
  return result.stdout
}

/** `mountpoint -q <path>`: true when something is mounted there. */
export async function isMountPoint(runner: CommandRunner, path: string): Promise<boolean> {
  const result = await runner.run('mountpoint', ['-q', path])
  return result.code === 0
}
