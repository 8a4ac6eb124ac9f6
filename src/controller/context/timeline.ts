// One line per event, prefixed with the time since the run started, and a record of the
// phases with their durations for the job summary.
import * as core from '@actions/core'
import type { Clock } from '../../shared/clock.js'

export interface PhaseRecord {
  name: string
  startMs: number
  endMs?: number
  outcome?: 'ok' | 'failed'
  note?: string
}

export function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  return `${m}m${String(Math.round(s - m * 60)).padStart(2, '0')}s`
}

export class Timeline {
  readonly phases: PhaseRecord[] = []
  readonly startMs: number
  /** The phase being worked on ('run' between phases). */
  current = 'run'
  /** The phase started last: what a cancellation interrupted, even between phases. */
  lastStarted = 'start'

  constructor(readonly clock: Clock) {
    this.startMs = clock.now()
  }

  elapsed(): number {
    return this.clock.now() - this.startMs
  }

  log(message: string): void {
    core.info(`[${seconds(this.elapsed()).padStart(6)}] ${this.current}: ${message}`)
  }

  async phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const rec: PhaseRecord = { name, startMs: this.clock.now() }
    this.phases.push(rec)
    const outer = this.current
    this.current = name
    this.lastStarted = name
    this.log('started')
    try {
      const value = await fn()
      rec.outcome = 'ok'
      return value
    } catch (err) {
      rec.outcome = 'failed'
      throw err
    } finally {
      rec.endMs = this.clock.now()
      this.log(
        `${rec.outcome === 'ok' ? 'done' : 'FAILED'} after ${seconds(rec.endMs - rec.startMs)}`
      )
      this.current = outer
    }
  }
}
