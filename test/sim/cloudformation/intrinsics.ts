// Intrinsic functions and conditions, evaluated against parameters, pseudo parameters and
// the attributes of resources already created.
import { ValidationError } from '../wire/errors.js'

export const NO_VALUE = Symbol('AWS::NoValue')

export interface Scope {
  params: Record<string, string>
  paramTypes: Record<string, string>
  pseudo: Record<string, string>
  conditions: Record<string, boolean>
  mappings: Record<string, Record<string, Record<string, unknown>>>
  zones: string[]
  /** A resource's Ref value; throws if the resource does not exist (yet). */
  ref(logicalId: string): string
  getAtt(logicalId: string, attribute: string): unknown
  isResource(logicalId: string): boolean
}

function templateError(message: string): ValidationError {
  return new ValidationError(`Template error: ${message}`)
}

function isListParam(type: string): boolean {
  return type.startsWith('List<') || type === 'CommaDelimitedList'
}

/** The one key of an intrinsic object ({ "Fn::Sub": ... }), if it is one. */
function intrinsicKey(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const keys = Object.keys(v)
  if (keys.length !== 1) return undefined
  const k = keys[0]
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : undefined
}

export function evaluate(v: unknown, scope: Scope): unknown {
  if (Array.isArray(v)) return v.map((x) => evaluate(x, scope)).filter((x) => x !== NO_VALUE)
  if (!v || typeof v !== 'object') return v
  const key = intrinsicKey(v)
  if (!key) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) {
      const r = evaluate(x, scope)
      if (r !== NO_VALUE) out[k] = r
    }
    return out
  }
  const arg = (v as Record<string, unknown>)[key]
  switch (key) {
    case 'Ref':
      return ref(String(arg), scope)
    case 'Fn::GetAtt': {
      const [id, attr] = Array.isArray(arg) ? arg : String(arg).split(/\.(.*)/s)
      return scope.getAtt(String(id), String(evaluate(attr, scope)))
    }
    case 'Fn::Sub':
      return sub(arg, scope)
    case 'Fn::Join': {
      const [delim, list] = arg as [string, unknown]
      const items = evaluate(list, scope)
      if (!Array.isArray(items))
        throw templateError('Fn::Join requires a list as its second argument')
      return items.map(String).join(delim)
    }
    case 'Fn::Split': {
      const [delim, s] = arg as [string, unknown]
      return String(evaluate(s, scope)).split(delim)
    }
    case 'Fn::Select': {
      const [i, list] = arg as [unknown, unknown]
      const items = evaluate(list, scope)
      const index = Number(evaluate(i, scope))
      if (!Array.isArray(items) || !Number.isInteger(index) || index < 0 || index >= items.length)
        throw templateError(`Fn::Select cannot select nonexistent value at index ${index}`)
      return items[index]
    }
    case 'Fn::GetAZs':
      return [...scope.zones]
    case 'Fn::Base64':
      return Buffer.from(String(evaluate(arg, scope)), 'utf8').toString('base64')
    case 'Fn::If': {
      const [cond, a, b] = arg as [string, unknown, unknown]
      if (!(cond in scope.conditions))
        throw templateError(`Unresolved condition dependency ${cond} in Fn::If`)
      return evaluate(scope.conditions[cond] ? a : b, scope)
    }
    case 'Fn::FindInMap': {
      const [m, k1, k2] = (arg as unknown[]).map((x) => String(evaluate(x, scope)))
      const value = scope.mappings[m]?.[k1]?.[k2]
      if (value === undefined) throw templateError(`Unable to get mapping for ${m}::${k1}::${k2}`)
      return value
    }
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Condition':
      return condition(v, scope)
    case 'Fn::ImportValue':
      throw templateError(
        'Fn::ImportValue is unsupported in the simulator (no cross-stack exports)'
      )
    default:
      throw templateError(`${key} is unsupported in the simulator`)
  }
}

function ref(name: string, scope: Scope): unknown {
  if (name === 'AWS::NoValue') return NO_VALUE
  if (name in scope.pseudo) return scope.pseudo[name]
  if (name.startsWith('AWS::')) throw templateError(`Unresolved pseudo parameter ${name}`)
  if (name in scope.params) {
    const value = scope.params[name]
    return isListParam(scope.paramTypes[name] ?? '')
      ? value === ''
        ? []
        : value.split(',')
      : value
  }
  if (scope.isResource(name)) return scope.ref(name)
  throw templateError(
    `Unresolved resource dependencies [${name}] in the Resources block of the template`
  )
}

function sub(arg: unknown, scope: Scope): string {
  const [text, vars] = Array.isArray(arg)
    ? (arg as [string, Record<string, unknown>])
    : [arg as string, {}]
  const values: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(vars ?? {})) values[k] = evaluate(x, scope)
  return String(text).replace(/\$\{(!?)([^}]*)\}/g, (_m, bang: string, name: string) => {
    if (bang) return `\${${name}}`
    const n = name.trim()
    if (n in values) return String(values[n])
    if (n.includes('.') && !n.startsWith('AWS::')) {
      const [id, attr] = n.split(/\.(.*)/s)
      return String(scope.getAtt(id, attr))
    }
    const r = ref(n, scope)
    return Array.isArray(r) ? r.join(',') : String(r)
  })
}

export function condition(v: unknown, scope: Scope): boolean {
  const key = intrinsicKey(v)
  const arg = (v as Record<string, unknown>)?.[key ?? '']
  switch (key) {
    case 'Fn::Equals': {
      const [a, b] = arg as [unknown, unknown]
      return JSON.stringify(norm(evaluate(a, scope))) === JSON.stringify(norm(evaluate(b, scope)))
    }
    case 'Fn::Not':
      return !condition((arg as unknown[])[0], scope)
    case 'Fn::And':
      return (arg as unknown[]).every((x) => condition(x, scope))
    case 'Fn::Or':
      return (arg as unknown[]).some((x) => condition(x, scope))
    case 'Condition': {
      const name = String(arg)
      if (!(name in scope.conditions))
        throw templateError(`Unresolved condition dependency ${name}`)
      return scope.conditions[name]
    }
    default:
      if (typeof v === 'boolean') return v
      if (v === 'true' || v === 'false') return v === 'true'
      throw templateError(
        `Conditions must use Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition, got ${JSON.stringify(v)}`
      )
  }
}

function norm(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v
}

/** Evaluates the Conditions section in dependency order (a condition may use another). */
export function evaluateConditions(
  defs: Record<string, unknown> | undefined,
  scope: Scope
): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  const pending = new Map(Object.entries(defs ?? {}))
  const visiting = new Set<string>()
  const visit = (name: string): boolean => {
    if (name in out) return out[name]
    if (!pending.has(name)) throw templateError(`Unresolved condition dependency ${name}`)
    if (visiting.has(name)) throw templateError(`Circular dependency between conditions: ${name}`)
    visiting.add(name)
    for (const dep of conditionRefs(pending.get(name))) visit(dep)
    out[name] = condition(pending.get(name), { ...scope, conditions: out })
    return out[name]
  }
  for (const name of pending.keys()) visit(name)
  return out
}

function conditionRefs(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(conditionRefs)
  if (!v || typeof v !== 'object') return []
  const o = v as Record<string, unknown>
  if (intrinsicKey(v) === 'Condition') return [String(o.Condition)]
  return Object.values(o).flatMap(conditionRefs)
}

/** Resources a value refers to (Ref, Fn::GetAtt, Fn::Sub), for ordering and change sets. */
export function references(
  v: unknown,
  isResource: (id: string) => boolean
): { refs: Set<string>; atts: Set<string> } {
  const refs = new Set<string>()
  const atts = new Set<string>()
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk)
    if (!x || typeof x !== 'object') return
    const key = intrinsicKey(x)
    const arg = (x as Record<string, unknown>)[key ?? '']
    if (key === 'Ref' && isResource(String(arg))) refs.add(String(arg))
    else if (key === 'Fn::GetAtt') {
      const [id, attr] = Array.isArray(arg) ? arg : String(arg).split(/\.(.*)/s)
      if (isResource(String(id))) atts.add(`${id}.${attr}`)
    } else if (key === 'Fn::Sub') {
      const [text, vars] = Array.isArray(arg) ? arg : [arg, {}]
      for (const m of String(text).matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const n = m[1].trim()
        if (vars && typeof vars === 'object' && n in vars) continue
        if (n.includes('.') && !n.startsWith('AWS::')) {
          const [id, attr] = n.split(/\.(.*)/s)
          if (isResource(id)) atts.add(`${id}.${attr}`)
        } else if (isResource(n)) refs.add(n)
      }
      walk(vars)
      return
    }
    Object.values(x).forEach(walk)
  }
  walk(v)
  return { refs, atts }
}
