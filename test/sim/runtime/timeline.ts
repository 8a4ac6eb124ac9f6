// Everything that happens on the simulated machines, in order, with the time: the
// invariant checker samples on each entry and prints the tail of it when a check fails.
export interface TimelineEntry {
  at: number
  instanceId?: string
  what: string
}

export class Timeline {
  readonly entries: TimelineEntry[] = []
  private readonly listeners = new Set<(e: TimelineEntry) => void>()
  readonly start = Date.now()

  add(what: string, instanceId?: string): void {
    const entry = { at: Date.now(), instanceId, what }
    this.entries.push(entry)
    for (const l of this.listeners) l(entry)
  }

  on(listener: (e: TimelineEntry) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The last `count` entries, one a line, with seconds since the start. */
  format(count = 60): string {
    return this.entries
      .slice(-count)
      .map((e) => {
        const t = ((e.at - this.start) / 1000).toFixed(3).padStart(8)
        return `+${t}s ${e.instanceId ? `[${e.instanceId}] ` : ''}${e.what}`
      })
      .join('\n')
  }
}
