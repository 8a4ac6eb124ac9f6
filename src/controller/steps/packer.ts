// Packer's -machine-readable output: `timestamp,target,type,data...`, where commas inside
// data are written as %!(PACKER_COMMA) and new lines as a literal \n.

export interface MachineLine {
  target: string
  type: string
  data: string[]
}

function unescape(s: string): string {
  return s.replaceAll('%!(PACKER_COMMA)', ',').replaceAll('\\n', '\n').replaceAll('\\r', '\r')
}

export function parseMachineLine(line: string): MachineLine | undefined {
  const parts = line.split(',')
  if (parts.length < 3 || !/^\d+$/.test(parts[0])) return undefined
  return { target: parts[1], type: parts[2], data: parts.slice(3).map(unescape) }
}

/**
 * The AMI id for `region` from an artifact line
 * (`<ts>,<builder>,artifact,0,id,us-east-1:ami-1%!(PACKER_COMMA)eu-west-1:ami-2`).
 */
export function artifactAmi(line: MachineLine, region: string): string | undefined {
  if (line.type !== 'artifact' || line.data[1] !== 'id') return undefined
  const ids = (line.data[2] ?? '').split(',').map((s) => s.trim())
  for (const id of ids) {
    const [r, ami] = id.split(':')
    if (r === region && ami?.startsWith('ami-')) return ami
  }
  // Single-region builds may omit nothing, but accept a bare ami id too.
  return ids.find((s) => /^ami-[0-9a-f]+$/.test(s))
}

/** Human text of a line for the log: ui messages unescaped, anything else as is. */
export function displayLine(raw: string): string {
  const m = parseMachineLine(raw)
  if (!m) return raw
  if (m.type === 'ui') return m.data.slice(1).join(',')
  return raw
}
