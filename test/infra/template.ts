// Loads cloudformation/opscenter.yaml the way CloudFormation reads it (short-form tags become
// their Fn:: objects) and gives the tests small helpers to walk it.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { yamlParse } from 'yaml-cfn'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const templatePath = join(repoRoot, 'cloudformation', 'opscenter.yaml')

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface Resource {
  Type: string
  Properties: Json
  Condition?: string
  DependsOn?: string | string[]
  DeletionPolicy?: string
  UpdateReplacePolicy?: string
  UpdatePolicy?: Json
}

export interface Template {
  Parameters: Record<string, Json>
  Conditions: Record<string, Json>
  Resources: Record<string, Resource>
  Outputs: Record<string, Json>
}

export function loadTemplate(path = templatePath): Template {
  return yamlParse(readFileSync(path, 'utf8')) as Template
}

export function resourcesOfType(t: Template, type: string): [string, Resource][] {
  return Object.entries(t.Resources).filter(([, r]) => r.Type === type)
}

/** Tags as a key -> value map (values stay intrinsic objects). */
export function tagMap(tags: { Key: string; Value: Json }[] | undefined): Record<string, Json> {
  return Object.fromEntries((tags ?? []).map((t) => [t.Key, t.Value]))
}

/** Every value in a tree, depth first (to find any 0.0.0.0/0 wherever it hides). */
export function* walk(node: Json): Generator<Json> {
  yield node
  if (Array.isArray(node)) for (const n of node) yield* walk(n)
  else if (node && typeof node === 'object') for (const n of Object.values(node)) yield* walk(n)
}

/**
 * Policy statements as a stack with every condition true has them: `Fn::If` takes its first
 * branch (a conditional statement, such as the import tarball's, is checked like the rest).
 */
export function statementsOf(doc: Json): Json[] {
  return asArray<Json>(doc.Statement).map((s) => ('Fn::If' in s ? s['Fn::If'][1] : s))
}

export function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}
