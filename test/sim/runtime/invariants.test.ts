import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvariantChecker, type Holders, type InvariantProbe } from './invariants.js'
import type { Written } from './opscenter.js'
import { Timeline } from './timeline.js'

describe('invariant checker', () => {
  let efs: string
  let holders: Holders
  let written: Written[]
  let timeline: Timeline
  let checker: InvariantChecker
  const log = () => join(efs, 'var/lib/opscenter/sim-writes.log')

  beforeEach(() => {
    efs = mkdtempSync(join(tmpdir(), 'inv-'))
    mkdirSync(join(efs, 'var/lib/opscenter'), { recursive: true })
    holders = { eni: [], efs: [], opscenterd: [] }
    written = []
    timeline = new Timeline()
    const probe: InvariantProbe = {
      efsDir: efs,
      holders: () => holders,
      efsWrites: () => {
        try {
          return readFileSync(log(), 'utf8').split('\n').filter(Boolean)
        } catch {
          return []
        }
      },
      written: () => written
    }
    checker = new InvariantChecker(probe, timeline, 1000).start()
  })
  afterEach(() => {
    checker.finish()
    rmSync(efs, { recursive: true, force: true })
  })

  const write = (line: string, file = log()) => {
    appendFileSync(file, line + '\n')
    written.push({ line, file })
  }

  it('passes a clean hand-over from one instance to the next', () => {
    holders = { eni: ['i-1'], efs: ['i-1'], opscenterd: ['i-1'] }
    timeline.add('i-1 up')
    write('i-1 6.8.1 1')
    checker.checkpoint('before upgrade')
    holders = { eni: [], efs: [], opscenterd: [] }
    timeline.add('i-1 released')
    holders = { eni: ['i-2'], efs: ['i-2'], opscenterd: ['i-2'] }
    timeline.add('i-2 up')
    write('i-2 6.8.2 1')
    expect(checker.finish()).toEqual([])
  })

  it('catches two instances running opscenterd at once, with the timeline', () => {
    holders.opscenterd = ['i-1']
    timeline.add('systemctl start opscenterd', 'i-1')
    holders.opscenterd = ['i-1', 'i-2']
    timeline.add('systemctl start opscenterd', 'i-2')
    timeline.add('something else')
    const v = checker.finish()
    expect(v).toHaveLength(1)
    expect(v[0].what).toBe('two instances run opscenterd at the same moment: i-1 and i-2')
    expect(v[0].timeline).toContain('[i-2] systemctl start opscenterd')
    expect(checker.report()).toContain('violation 1')
  })

  it('catches a double EFS mount and a double ENI hold seen only by the periodic sample', () => {
    holders.efs = ['i-1', 'i-2']
    holders.eni = ['i-2', 'i-1']
    checker.sample()
    expect(checker.finish().map((v) => v.what)).toEqual([
      'two instances hold a stack ENI at the same moment: i-1 and i-2',
      'two instances mount EFS at the same moment: i-1 and i-2'
    ])
  })

  it('catches lines lost from EFS after a checkpoint, and lines written to a local disk', () => {
    write('i-1 6.8.1 1')
    write('i-1 6.8.1 2')
    checker.checkpoint('before upgrade')
    writeFileSync(log(), 'i-1 6.8.1 1\n')
    const local = join(efs, '..', `local-${Date.now()}.log`)
    write('i-2 6.8.2 1', local)
    const v = checker.finish().map((x) => x.what)
    rmSync(local, { force: true })
    expect(v).toEqual([
      '1 of the 2 lines on EFS at "before upgrade" are gone, e.g. i-1 6.8.1 2',
      `opscenterd wrote 1 lines outside EFS (lost with the instance): ${local}`,
      '1 lines opscenterd wrote to EFS are gone, e.g. i-1 6.8.1 2'
    ])
  })
})
