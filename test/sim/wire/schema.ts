// Reads requests and writes responses by walking the SDK's own Smithy schemas (exported by
// every @aws-sdk/client-* package as `<Operation>$`), so the wire names (ec2QueryName,
// xmlName, flattened lists, `item` vs `member`) are exactly the ones the SDK serialises and
// parses. The responses layer deals in SDK-shaped objects only.
import { NormalizedSchema } from '@smithy/core/schema'

// The static operation schema: [9, namespace, name, traits, input, output].
export type OperationSchema = readonly [
  number,
  string,
  string,
  unknown,
  () => unknown,
  () => unknown
]

export interface Operation {
  name: string
  traits: Record<string, unknown>
  input: NormalizedSchema
  output: NormalizedSchema
}

/** Finds `<Action>$` among a client module's exports. */
export function findOperation(sdk: Record<string, unknown>, action: string): Operation | undefined {
  const op = sdk[`${action}$`] as OperationSchema | undefined
  if (!Array.isArray(op) || op[0] !== 9) return undefined
  return {
    name: op[2],
    traits: (typeof op[3] === 'object' && op[3] !== null ? op[3] : {}) as Record<string, unknown>,
    input: NormalizedSchema.of(op[4] as never),
    output: NormalizedSchema.of(op[5] as never)
  }
}

/** Every operation a client module exports (used to route REST requests). */
export function allOperations(sdk: Record<string, unknown>): Operation[] {
  const ops: Operation[] = []
  for (const key of Object.keys(sdk)) {
    if (!key.endsWith('$')) continue
    const op = findOperation(sdk, key.slice(0, -1))
    if (op) ops.push(op)
  }
  return ops
}

// ---- query protocol (EC2 and awsQuery) → SDK-shaped input ----

export type Params = Map<string, string>

function queryKey(member: NormalizedSchema, memberName: string, ec2: boolean): string {
  const t = member.getMergedTraits() as { xmlName?: string; ec2QueryName?: string }
  if (ec2 && t.ec2QueryName) return t.ec2QueryName
  const key = t.xmlName ?? memberName
  return ec2 ? key[0].toUpperCase() + key.slice(1) : key
}

function hasPrefix(params: Params, prefix: string): boolean {
  for (const k of params.keys()) if (k === prefix || k.startsWith(`${prefix}.`)) return true
  return false
}

function scalar(ns: NormalizedSchema, raw: string): unknown {
  if (ns.isBooleanSchema()) return raw === 'true'
  if (ns.isNumericSchema()) return Number(raw)
  if (ns.isTimestampSchema()) return new Date(/^\d+(\.\d+)?$/.test(raw) ? Number(raw) * 1000 : raw)
  if (ns.isBlobSchema()) return Buffer.from(raw, 'base64')
  return raw
}

/** Decodes form parameters (Filter.1.Name, Tags.member.1.Key, ...) into the input shape. */
export function readQueryInput(ns: NormalizedSchema, params: Params, ec2: boolean): unknown {
  if (!ns.isStructSchema()) return {}
  const out: Record<string, unknown> = {}
  for (const [name, member] of ns.structIterator()) {
    const key = queryKey(member, name, ec2)
    if (!hasPrefix(params, key)) continue
    const v = readQueryNested(member, params, ec2, key)
    if (v !== undefined) out[name] = v
  }
  return out
}

function readQueryNested(
  ns: NormalizedSchema,
  params: Params,
  ec2: boolean,
  prefix: string
): unknown {
  if (ns.isStructSchema()) {
    const out: Record<string, unknown> = {}
    for (const [name, member] of ns.structIterator()) {
      const key = `${prefix}.${queryKey(member, name, ec2)}`
      if (!hasPrefix(params, key)) continue
      const v = readQueryNested(member, params, ec2, key)
      if (v !== undefined) out[name] = v
    }
    return out
  }
  if (ns.isListSchema()) {
    const flat = ec2 || Boolean(ns.getMergedTraits().xmlFlattened)
    const valueNs = ns.getValueSchema()
    const t = valueNs.getMergedTraits() as { xmlName?: string; ec2QueryName?: string }
    const itemName = t.xmlName ?? 'member'
    const base = flat ? prefix : `${prefix}.${itemName}`
    const items: unknown[] = []
    for (let i = 1; hasPrefix(params, `${base}.${i}`); i++) {
      items.push(readQueryNested(valueNs, params, ec2, `${base}.${i}`))
    }
    return items
  }
  if (ns.isMapSchema()) {
    const flat = Boolean(ns.getMergedTraits().xmlFlattened)
    const base = flat ? prefix : `${prefix}.entry`
    const out: Record<string, unknown> = {}
    for (let i = 1; hasPrefix(params, `${base}.${i}`); i++) {
      const k = params.get(`${base}.${i}.key`)
      if (k !== undefined)
        out[k] = readQueryNested(ns.getValueSchema(), params, ec2, `${base}.${i}.value`)
    }
    return out
  }
  const raw = params.get(prefix)
  return raw === undefined ? undefined : scalar(ns, raw)
}

// ---- XML (fast-xml-parser object tree) <-> SDK shape ----

export type XmlNode = string | XmlObject | XmlNode[]
export interface XmlObject {
  [key: string]: XmlNode
}

function xmlText(ns: NormalizedSchema, v: unknown): string {
  if (v instanceof Date) return v.toISOString()
  if (ns.isTimestampSchema() && typeof v === 'number') return new Date(v).toISOString()
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  return String(v)
}

function elementName(member: NormalizedSchema, memberName: string): string {
  const t = member.getMemberTraits() as { xmlName?: string }
  return t.xmlName ?? memberName
}

/**
 * SDK-shaped value → the object tree XMLBuilder renders. Struct members go under their
 * xmlName; lists are wrapped (`member`/`item`) unless flattened; members bound to HTTP
 * headers, status or labels are skipped (the caller handles them).
 */
export function toXml(ns: NormalizedSchema, value: unknown): XmlNode | undefined {
  if (value === undefined || value === null) return undefined
  if (ns.isStructSchema()) {
    const out: XmlObject = {}
    const v = value as Record<string, unknown>
    for (const [name, member] of ns.structIterator()) {
      const mt = member.getMergedTraits() as Record<string, unknown>
      if (mt.httpHeader || mt.httpResponseCode || mt.httpLabel || mt.httpQuery) continue
      if (v[name] === undefined || v[name] === null) continue
      const key = elementName(member, name)
      if (member.isListSchema() && mt.xmlFlattened) {
        const valueNs = member.getValueSchema()
        out[key] = (v[name] as unknown[]).map((item) => toXml(valueNs, item) ?? '')
        continue
      }
      const child = toXml(member, v[name])
      if (child !== undefined) out[key] = child
    }
    return out
  }
  if (ns.isListSchema()) {
    const valueNs = ns.getValueSchema()
    const itemName = (valueNs.getMergedTraits() as { xmlName?: string }).xmlName ?? 'member'
    const items = (value as unknown[]).map((item) => toXml(valueNs, item) ?? '')
    return items.length === 0 ? '' : { [itemName]: items }
  }
  if (ns.isMapSchema()) {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => ({
      key: k,
      value: toXml(ns.getValueSchema(), v) ?? ''
    }))
    return { entry: entries }
  }
  return xmlText(ns, value)
}

/** Parsed XML (fast-xml-parser, text values kept as strings) → SDK shape. */
export function fromXml(ns: NormalizedSchema, node: unknown): unknown {
  if (node === undefined || node === null) return undefined
  if (ns.isListSchema()) {
    const valueNs = ns.getValueSchema()
    const flat = Boolean(ns.getMergedTraits().xmlFlattened)
    const itemName = (valueNs.getMergedTraits() as { xmlName?: string }).xmlName ?? 'member'
    const src = flat ? node : typeof node === 'object' ? (node as XmlObject)[itemName] : undefined
    if (src === undefined || src === '') return []
    return (Array.isArray(src) ? src : [src]).map((item) => fromXml(valueNs, item))
  }
  if (ns.isStructSchema()) {
    if (typeof node !== 'object') return {}
    const out: Record<string, unknown> = {}
    const obj = node as XmlObject
    for (const [name, member] of ns.structIterator()) {
      const key = elementName(member, name)
      if (obj[key] !== undefined) out[name] = fromXml(member, obj[key])
    }
    return out
  }
  if (ns.isMapSchema()) {
    const entries = (node as XmlObject).entry
    const list = Array.isArray(entries) ? entries : entries ? [entries] : []
    const out: Record<string, unknown> = {}
    for (const e of list as XmlObject[]) out[String(e.key)] = fromXml(ns.getValueSchema(), e.value)
    return out
  }
  return scalar(ns, typeof node === 'string' ? node : String(node))
}
