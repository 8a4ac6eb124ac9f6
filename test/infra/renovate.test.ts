// renovate.json: the bot's version-bump PRs. Its regular expressions are checked against the
// real var-file (what the bot will edit) and against the release notes' heading forms
// (what it reads from datastax/release-notes), so a reworded var-file cannot silently stop
// the PRs, and a retracted release can never be proposed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { OPSCENTER_RELEASES } from '../../src/shared/contract.js'
import { repoRoot, type Json } from './template.js'

const config = JSON.parse(readFileSync(join(repoRoot, 'renovate.json'), 'utf8')) as Json
const manager = config.customManagers[0]
const varFile = 'packer/opscenter.pkrvars.hcl'
const text = readFileSync(join(repoRoot, varFile), 'utf8')
/** Renovate's "/.../" pattern strings, as JavaScript regular expressions. */
const pattern = (p: string) => new RegExp(p.replace(/^\/|\/$/g, ''))

it('manages the var-file and finds the version twice: opscenter_version and the package file name', () => {
  expect(manager.managerFilePatterns.map(pattern).some((re: RegExp) => re.test(varFile))).toBe(true)
  const version = /^opscenter_version\s*=\s*"([^"]+)"/m.exec(text)![1]
  const found = manager.matchStrings.map(
    (s: string) => new RegExp(s).exec(text)?.groups?.currentValue
  )
  expect(found).toEqual([version, version])
})

it('reads releases from the release notes, skipping the retracted ones', () => {
  const source = config.customDatasources['opscenter-release-notes']
  expect(source.defaultRegistryUrlTemplate).toMatch(
    /^https:\/\/raw\.githubusercontent\.com\/datastax\/release-notes\/master\/OpsCenter_6\.8_Release_Notes\.md$/
  )
  const heading = /\$match\(version, \/(.+?)\/\)/.exec(source.transformTemplates[0])![1]
  const re = new RegExp(heading)
  expect(re.exec('# Release Notes for OpsCenter 6.8.52')?.[1]).toBe('6.8.52')
  expect(re.test('# (Retracted) Release Notes for OpsCenter 6.8.50')).toBe(false)
  expect(re.test('## Backup Service')).toBe(false)
  // And should a retracted release come back without the mark, it is still not allowed.
  const rule = config.packageRules.find((r: Json) =>
    r.matchDepNames?.includes(manager.depNameTemplate)
  )
  const denied = pattern(rule.allowedVersions.replace(/^!/, ''))
  for (const v of OPSCENTER_RELEASES.retracted) expect(denied.test(v)).toBe(true)
  expect(denied.test('6.8.52')).toBe(false)
})

it('tells the person in the PR what the bot cannot do', () => {
  const rule = config.packageRules[0]
  const body = rule.prBodyNotes.join('\n')
  expect(body).toMatch(/IBM Fix Central/)
  expect(body).toMatch(/opscenter_package_sha256/)
  expect(body).toMatch(/docs\/package-hosting\.md/)
})
