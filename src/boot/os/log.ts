// Logging for a person reading the journal at 3 a.m.: one line per event, to stdout
// (systemd puts it in the journal with a timestamp, so lines carry none of their own).
export type Log = (line: string) => void

export const stdoutLog: Log = (line) => {
  process.stdout.write(`${line}\n`)
}

/** "1.2s": durations in log lines and reasons. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}

/** An error's message on one line, whatever was thrown. */
export function errorText(err: unknown): string {
  const e = err as { name?: unknown; message?: unknown; $metadata?: unknown }
  const message = typeof e?.message === 'string' && e.message ? e.message : String(err)
  // AWS service errors carry their code in `name`: keep it unless the message says it.
  const code = e?.$metadata !== undefined && typeof e.name === 'string' ? e.name : ''
  const text = code && !message.includes(code) ? `${code}: ${message}` : message
  return text.replace(/\s+/g, ' ').trim()
}
