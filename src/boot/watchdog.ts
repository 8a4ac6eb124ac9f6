// The watchdog's one rule, with no I/O: the instance is unhealthy once every round of
// probes for unhealthyAfter, counted from the last round that passed, has failed. Any round
// that passes starts the count again, so a slow but alive OpsCenter that fails now and then
// is never declared unhealthy. Counting from the last pass (not the first failure) keeps
// detection within unhealthyAfter + one probe time-out of the fault.

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'failing'; forMs: number; problems: string[] }
  | { kind: 'unhealthy'; forMs: number; problems: string[] }

export class Watchdog {
  private lastPass: number

  /** `since`: when OpsCenter was last known to serve (the boot reported it healthy). */
  constructor(
    private readonly unhealthyAfterMs: number,
    since: number
  ) {
    this.lastPass = since
  }

  /** One round of probes that started at `startedAt` and found `problems` (none: passed). */
  observe(startedAt: number, problems: string[]): Verdict {
    if (problems.length === 0) {
      this.lastPass = startedAt
      return { kind: 'ok' }
    }
    const forMs = Math.max(0, startedAt - this.lastPass)
    return forMs >= this.unhealthyAfterMs
      ? { kind: 'unhealthy', forMs, problems }
      : { kind: 'failing', forMs, problems }
  }
}
