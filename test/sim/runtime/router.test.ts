// The shared OpsCenter port answers each client for the instance whose process connected.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { startRouter } from './router.js'

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

/** Runs `node -e` fetching the port; resolves with what it printed. */
function probeFromChild(port: number, onPid: (pid: number) => void): Promise<string> {
  const code = `fetch('http://127.0.0.1:${port}/').then(r => r.text(), e => 'error ' + (e.cause?.code ?? e.message)).then(t => console.log(t))`
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  onPid(child.pid!)
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  return new Promise((resolve) => child.on('close', () => resolve(out.trim())))
}

describe('OpsCenter port router', () => {
  it('answers a process for its own instance, and resets it when that instance does not answer', async () => {
    const port = await freePort()
    const states: Record<string, string> = { 'i-a': 'active', 'i-b': 'inactive' }
    const pids = new Map<number, string>()
    const router = await startRouter(
      port,
      (id) => ({ state: states[id], answer: () => ({ version: '6.8.51', instance: id }) }),
      (pid) => pids.get(pid)
    )
    try {
      const a = await probeFromChild(port, (pid) => pids.set(pid, 'i-a'))
      expect(JSON.parse(a)).toEqual({ version: '6.8.51', instance: 'i-a' })
      const b = await probeFromChild(port, (pid) => pids.set(pid, 'i-b'))
      expect(b).toMatch(/^error /)
      const named = await fetch(`http://127.0.0.1:${port}/?sim-instance=i-a`)
      expect(await named.json()).toMatchObject({ instance: 'i-a' })
    } finally {
      await router.close()
    }
  })
})
