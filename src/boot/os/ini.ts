// Minimal, byte-preserving edits of opscenterd.conf (Python ConfigParser syntax): read a
// key, set a key. Every other byte of the file, comments included, stays as it was.

/** Lines with their own line endings, so joining them gives back the exact text. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

const SECTION = /^\s*\[([^\]]+)\]/
const keyLine = (key: string) => new RegExp(`^(\\s*${key}\\s*[=:]\\s*)(.*?)(\\s*)$`, 'i')

interface Found {
  all: string[]
  /** Index of the [section] header, -1 if absent. */
  header: number
  /** Index of the key's line inside the section, -1 if absent. */
  line: number
  match?: RegExpExecArray
}

function find(text: string, section: string, key: string): Found {
  const all = lines(text)
  let header = -1
  for (let i = 0; i < all.length; i++) {
    const m = SECTION.exec(all[i])
    if (m) {
      if (header >= 0) break // the next section: the key is not in ours
      if (m[1].trim() === section) header = i
      continue
    }
    if (header < 0 || /^\s*[#;]/.test(all[i])) continue
    const match = keyLine(key).exec(all[i].replace(/\r?\n$/, ''))
    if (match) return { all, header, line: i, match }
  }
  return { all, header, line: -1 }
}

export function getKey(text: string, section: string, key: string): string | undefined {
  return find(text, section, key).match?.[2]
}

/** Sets section.key = value, adding the key (or the section) if missing. */
export function setKey(text: string, section: string, key: string, value: string): string {
  const { all, header, line, match } = find(text, section, key)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  if (match) {
    const ending = /\r?\n$/.exec(all[line])?.[0] ?? ''
    all[line] = `${match[1]}${value}${match[3]}${ending}`
    return all.join('')
  }
  if (header >= 0) {
    if (!/\n$/.test(all[header])) all[header] += eol
    all.splice(header + 1, 0, `${key} = ${value}${eol}`)
    return all.join('')
  }
  const sep = text === '' || text.endsWith('\n') ? '' : eol
  return `${text}${sep}${text === '' ? '' : eol}[${section}]${eol}${key} = ${value}${eol}`
}
