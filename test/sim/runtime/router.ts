// Every simulated instance has a loopback of its own on AWS, so each opscenterd listens on
// 127.0.0.1:<port> of its own machine and each agent probes its own. Here they all share one
// loopback: one server holds the port for the whole simulation and answers each connection
// for the machine whose process opened it (found through /proc: the client socket's inode,
// then which agent process holds it). So an agent never hears another instance's OpsCenter,
// even while two run at once. A connection to an instance whose opscenterd is not answering
// is closed at once (the client sees a reset, as close to "refused" as an open port allows).
import { createServer, type Server } from 'node:http'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import type { Socket } from 'node:net'

export interface Answering {
  answer(): { version: string; instance: string }
  state: string
  /** Port open, no answer: the connection is held until the client gives up. */
  hung?: boolean
}

export interface Router {
  port: number
  close(): Promise<void>
}

/**
 * Serves `port`. `byInstance(id)` finds an instance's opscenterd; `byPid(pids)` which
 * instance runs the process with one of these pids (the client's, found in /proc).
 * `?sim-instance=<id>` names the instance explicitly (the tests' own health probes).
 */
export async function startRouter(
  port: number,
  byInstance: (id: string) => Answering | undefined,
  owner: (pid: number) => string | undefined
): Promise<Router> {
  const owners = new WeakMap<Socket, string | undefined>()
  const server: Server = createServer((req, res) => {
    req.resume()
    const named = new URL(req.url ?? '/', 'http://localhost').searchParams.get('sim-instance')
    let id = named ?? undefined
    if (!id) {
      if (!owners.has(req.socket)) owners.set(req.socket, clientInstance(req.socket, port, owner))
      id = owners.get(req.socket)
    }
    const ops = id ? byInstance(id) : undefined
    if (!ops || ops.state !== 'active') {
      req.socket.destroy()
      return
    }
    if (ops.hung) return
    const body = JSON.stringify(ops.answer())
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body)
    })
    res.end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The instance whose process opened this loopback connection, via /proc. */
function clientInstance(
  socket: Socket,
  port: number,
  owner: (pid: number) => string | undefined
): string | undefined {
  const inode = socketInode(socket.remotePort, port)
  if (!inode) return undefined
  const link = `socket:[${inode}]`
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    const id = owner(pid)
    if (!id) continue
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === link) return id
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined
}

/** Inode of the client end (127.0.0.1:clientPort -> 127.0.0.1:serverPort) in /proc/net/tcp. */
export function socketInode(
  clientPort: number | undefined,
  serverPort: number
): string | undefined {
  if (clientPort === undefined) return undefined
  const hex = (p: number) => p.toString(16).toUpperCase().padStart(4, '0')
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/)
    if (cols.length < 10) continue
    if (cols[1].endsWith(`:${hex(clientPort)}`) && cols[2].endsWith(`:${hex(serverPort)}`))
      return cols[9]
  }
  return undefined
}
