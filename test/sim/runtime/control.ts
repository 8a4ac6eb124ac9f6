// The control server the shims talk to (127.0.0.1, any port), and the shim folders. It is
// how the runtime knows at every moment who mounts EFS and who runs opscenterd: every such
// command of every instance comes through here.
import { createServer, type Server } from 'node:http'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { CommandResult } from './host.js'

export interface ExecRequest {
  cmd: string
  args: string[]
  instanceId?: string
  cwd: string
  /** 'sh': answer as three lines (code, escaped stdout, escaped stderr) for the bash shim. */
  format?: string
}

export type ExecHandler = (req: ExecRequest) => Promise<CommandResult>

export interface Control {
  url: string
  close(): Promise<void>
}

export async function startControl(handle: ExecHandler): Promise<Control> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      let format = 'json'
      const reply = (r: CommandResult) => {
        if (format === 'sh') {
          const esc = (t: string) => t.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
          res.writeHead(200, { 'content-type': 'text/plain' })
          res.end(`${r.code}\n${esc(r.stdout)}\n${esc(r.stderr)}\n`)
          return
        }
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(r))
      }
      if (req.method !== 'POST' || req.url !== '/exec') {
        res.writeHead(404)
        res.end()
        return
      }
      let body: ExecRequest
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExecRequest
        format = body.format ?? 'json'
      } catch {
        reply({ code: 127, stdout: '', stderr: 'simulator: bad shim request\n' })
        return
      }
      handle(body).then(reply, (err: Error) =>
        reply({
          code: 1,
          stdout: '',
          stderr: `${body.cmd} (simulator): ${err.stack ?? err.message}\n`
        })
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const SHIM_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'shims', 'shim.sh')

/** Writes executable shims named after `commands` into dir. */
export async function writeShims(dir: string, commands: string[]): Promise<string> {
  await mkdir(dir, { recursive: true })
  const body = await readFile(SHIM_SOURCE, 'utf8')
  for (const cmd of commands) {
    const path = join(dir, cmd)
    await writeFile(path, body)
    await chmod(path, 0o755)
  }
  return dir
}
