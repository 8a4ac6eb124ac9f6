// Every simulated instance has a loopback of its own on AWS, so each opscenterd listens on
// 127.0.0.1:<port> of its own machine and each agent probes its own. Here they all share one
// loopback: one server holds the port for the whole simulation and answers each connection
// for the machine whose process opened it (found through /proc: the client socket's inode,
// then which agent process holds it). So an agent never hears another instance's OpsCenter,
// even while two run at once. A connection to an instance whose opscenterd is not answering
// is closed at once (the client sees a reset, as close to "refused" as an open port allows).
// The HTTPS port works the same way: the TLS handshake uses the certificate of the
// instance whose process connected (a client from outside names the instance by SNI:
// servername <instance id>), so each instance serves the certificate its agent configured.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net'
import { TLSSocket, type SecureContext } from 'node:tls'
import type { WebAnswer, WebRequest } from './opscenter-web.js'

export interface Answering {
  respond(req: WebRequest): WebAnswer
  /** The certificate it serves on its HTTPS port, if it has one. */
  tlsContext(): SecureContext | undefined
}

export interface Router {
  port: number
  close(): Promise<void>
}

/** Who a connection is for, and whether it came from that machine itself. */
interface Peer {
  id?: string
  outside: boolean
}

/**
 * Serves `port` (HTTPS with `tls`). `byInstance(id)` finds an instance's opscenterd;
 * `owner(pid)` which instance runs the process with that pid (the client's, found in /proc).
 * `?sim-instance=<id>` (HTTP) or SNI `<id>` (HTTPS) names the instance for a client from
 * outside (the tests, playing a browser or an agent on another host).
 */
export async function startRouter(
  port: number,
  byInstance: (id: string) => Answering | undefined,
  owner: (pid: number) => string | undefined,
  o: { tls?: boolean } = {}
): Promise<Router> {
  const peers = new WeakMap<Socket, Peer>()
  const peerOf = (socket: Socket): Peer => {
    let p = peers.get(socket)
    if (!p) {
      const id = clientInstance(socket, port, owner)
      p = { id, outside: !id }
      peers.set(socket, p)
    }
    return p
  }
  const web: Server = createServer((req, res) => {
    void serve(req, res, o.tls ? peers.get(req.socket) : peerOf(req.socket))
  })

  async function serve(req: IncomingMessage, res: ServerResponse, peer?: Peer): Promise<void> {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://localhost')
    const named = url.searchParams.get('sim-instance')
    url.searchParams.delete('sim-instance')
    const id = peer?.id ?? named ?? undefined
    const ops = id ? byInstance(id) : undefined
    const a: WebAnswer = ops
      ? ops.respond({
          method: req.method ?? 'GET',
          path: url.pathname + url.search,
          headers: req.headers,
          body,
          outside: peer?.outside ?? true,
          tls: !!o.tls
        })
      : 'refuse'
    if (a === 'refuse') return void req.socket.destroy()
    if (a === 'hold') return
    res.writeHead(a.status, { ...a.headers, 'content-length': Buffer.byteLength(a.body) })
    res.end(a.body)
  }

  let server: Server | TcpServer = web
  const raw = new Set<Socket>()
  if (o.tls) {
    // TLS by hand: the certificate depends on who connected, known before the handshake.
    server = createTcpServer((socket) => {
      raw.add(socket)
      socket.on('close', () => raw.delete(socket))
      const peer = peerOf(socket)
      const ctx = (id?: string) => (id ? byInstance(id)?.tlsContext() : undefined)
      const own = ctx(peer.id)
      if (peer.id && !own) return void socket.destroy()
      const tls = new TLSSocket(socket, {
        isServer: true,
        secureContext: own,
        SNICallback: (name, cb) => {
          if (!peer.id) peer.id = name
          const c = ctx(peer.id)
          if (c) cb(null, c)
          else cb(new Error(`no certificate for ${name}`))
        }
      })
      tls.on('error', () => socket.destroy())
      peers.set(tls as unknown as Socket, peer)
      web.emit('connection', tls)
    })
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        web.closeAllConnections()
        for (const s of raw) s.destroy()
        server.close(() => resolve())
      })
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(''))
  })
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
