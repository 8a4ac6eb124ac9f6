// The README is the action's manual: every input and output of action.yml must be in its
// tables with the same default, and the quick start must name the commands CI relies on.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const readme = readFileSync('README.md', 'utf8')
const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, unknown>
}

function row(name: string): string | undefined {
  return readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`))
}

describe('README', () => {
  it.each(Object.entries(action.inputs))('documents input %s with its default', (name, input) => {
    const line = row(name)
    expect(line).toBeDefined()
    if (input.required) expect(line).toContain('**required**')
    else if (input.default) expect(line).toContain(`\`${input.default}\``)
  })

  it.each(Object.keys(action.outputs))('documents output %s', (name) => {
    expect(row(name)).toBeDefined()
  })

  it('names no input or output that action.yml does not have', () => {
    const names = [...readme.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
    const known = new Set([...Object.keys(action.inputs), ...Object.keys(action.outputs)])
    expect(names.filter((n) => !known.has(n))).toEqual([])
  })

  it('shows both quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
  })
})
