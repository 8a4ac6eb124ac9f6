// The job summary's timeline, read back by the bench scripts.

/** Rows of the job summary's timeline table (| Phase | Started | Duration | Outcome |). */
export function phases(summary: string): { phase: string; seconds: number }[] {
  const rows: { phase: string; seconds: number }[] = []
  let inTimeline = false
  for (const line of summary.split('\n')) {
    if (/^\|\s*Phase\s*\|/i.test(line)) inTimeline = true
    if (!line.startsWith('|')) inTimeline = inTimeline && line.trim() === ''
    if (!inTimeline) continue
    const cells = line.split('|').map((c) => c.trim())
    if (cells.length < 4) continue
    const dur = cells.map((c) => /^(\d+(?:\.\d+)?)\s*s$/.exec(c)).find((m) => m)
    if (dur && !/^-+$/.test(cells[1]))
      rows.push({ phase: cells[1].replace(/[*`]/g, ''), seconds: Number(dur[1]) })
  }
  return rows
}
