// The body of every OS command shim (mount, umount, mountpoint, systemctl, ip, sync,
// packer). The runtime copies it, under the command's name, into a folder first on the
// agent's (or the action's) PATH. It forwards the command to the runtime's control server
// ($SIM_CONTROL) and replays the answer: stdout, stderr, exit code.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script run by node directly */
/* global require */
'use strict'
const http = require('node:http')
const path = require('node:path')

const cmd = path.basename(process.argv[1])
const body = JSON.stringify({
  cmd,
  args: process.argv.slice(2),
  instanceId: process.env.SIM_INSTANCE_ID || undefined,
  cwd: process.cwd()
})
const control = process.env.SIM_CONTROL
if (!control) {
  process.stderr.write(`${cmd} (simulator shim): SIM_CONTROL is not set\n`)
  process.exit(127)
}
const req = http.request(
  new URL('/exec', control),
  { method: 'POST', headers: { 'content-type': 'application/json' } },
  (res) => {
    let data = ''
    res.setEncoding('utf8')
    res.on('data', (c) => (data += c))
    res.on('end', () => {
      let r
      try {
        r = JSON.parse(data)
      } catch {
        process.stderr.write(`${cmd} (simulator shim): bad answer ${res.statusCode}: ${data}\n`)
        process.exit(127)
      }
      process.stdout.write(r.stdout || '')
      process.stderr.write(r.stderr || '')
      process.exitCode = r.code
    })
  }
)
req.on('error', (e) => {
  process.stderr.write(`${cmd} (simulator shim): ${e.message}\n`)
  process.exit(127)
})
req.end(body)
