import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCloudConfig, playCloudInit } from './cloudinit.js'

// What the template's UserData renders to (see cloudformation/opscenter.yaml).
const userData = `#cloud-config
write_files:
  - path: /etc/opscenter-ha/config.json
    owner: root:root
    permissions: '0600'
    content: |
      {"stackName": "ops", "region": "us-east-1", "hostedZoneId": "Z1", "recordName": "opscenter.example.internal", "recordTtl": 60, "fileSystemId": "fs-1", "timeoutSeconds": 600}
  - path: /etc/motd
    encoding: b64
    content: ${Buffer.from('hello\n').toString('base64')}
`

describe('cloud-init', () => {
  let root: string
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'cloudinit-'))))
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('writes each write_files entry under the root, decoding and setting permissions', async () => {
    const written = await playCloudInit(userData, root)
    expect(written).toEqual(['/etc/opscenter-ha/config.json', '/etc/motd'])
    const config = JSON.parse(readFileSync(join(root, 'etc/opscenter-ha/config.json'), 'utf8'))
    expect(config).toMatchObject({ stackName: 'ops', timeoutSeconds: 600 })
    expect(statSync(join(root, 'etc/opscenter-ha/config.json')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(root, 'etc/motd'), 'utf8')).toBe('hello\n')
  })

  it('lets the simulator rewrite a file (the agent timings)', async () => {
    await playCloudInit(userData, root, (path, c) =>
      path === '/etc/opscenter-ha/config.json' ? Buffer.from('{"timeoutSeconds": 5}') : c
    )
    expect(readFileSync(join(root, 'etc/opscenter-ha/config.json'), 'utf8')).toBe(
      '{"timeoutSeconds": 5}'
    )
  })

  it('refuses user data that is not #cloud-config', () => {
    expect(() => parseCloudConfig('#!/bin/bash\necho hi')).toThrow(/not #cloud-config/)
    expect(() => parseCloudConfig('#cloud-config\nwrite_files:\n  - content: x\n')).toThrow(
      /no path/
    )
  })
})
