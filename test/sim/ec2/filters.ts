// EC2's Filter.N.Name / Filter.N.Value.M semantics: filters AND together, values of one
// filter OR together, `*` and `?` are wildcards, tag:<key>, tag-key and tag-value apply to
// every taggable resource. An unknown filter name is an error, as in EC2.
import { InvalidFilter } from './errors.js'

export interface Filter {
  Name?: string
  Values?: string[]
}

type Field = string | number | boolean | undefined | null
export type FilterSpec<T> = Record<string, (r: T) => Field | Field[]>

function pattern(value: string): RegExp {
  const escaped = value
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, 's')
}

function anyMatch(fields: Field[], values: string[]): boolean {
  const res = values.map(pattern)
  return fields.some((f) => f !== undefined && f !== null && res.some((re) => re.test(String(f))))
}

export function applyFilters<T>(
  items: T[],
  filters: Filter[] | undefined,
  spec: FilterSpec<T>,
  tagsOf: (r: T) => Record<string, string>
): T[] {
  const list = filters ?? []
  for (const f of list) {
    const name = f.Name ?? ''
    if (!name.startsWith('tag:') && name !== 'tag-key' && name !== 'tag-value' && !spec[name])
      throw new InvalidFilter(name)
  }
  return items.filter((item) =>
    list.every((f) => {
      const name = f.Name ?? ''
      const values = f.Values ?? []
      if (name.startsWith('tag:')) {
        const v = tagsOf(item)[name.slice(4)]
        return v !== undefined && anyMatch([v], values)
      }
      if (name === 'tag-key') return anyMatch(Object.keys(tagsOf(item)), values)
      if (name === 'tag-value') return anyMatch(Object.values(tagsOf(item)), values)
      const got = spec[name](item)
      return anyMatch(Array.isArray(got) ? got : [got], values)
    })
  )
}

/** {Key, Value}[] as EC2 renders tags. */
export function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
}

export function tagRecord(
  tags: { Key?: string; Value?: string }[] | undefined
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of tags ?? []) if (t.Key) out[t.Key] = t.Value ?? ''
  return out
}
