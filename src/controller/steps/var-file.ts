// What the recipe's var-file says: `name = "value"` assignments of an HCL var-file.
import { readFileSync } from 'node:fs'
import { PACKER_VARS } from '../../shared/contract.js'

/** `opscenter_version = "6.8.52"` from the var-file. */
export function opscenterVersion(varFile: string): string | undefined {
  return assignment(varFile, PACKER_VARS.opscenterVersion)
}

/** `name = "value"` from an HCL var-file. */
export function assignment(varFile: string, name: string): string | undefined {
  const re = new RegExp(`^\\s*${name}\\s*=\\s*"([^"]*)"`, 'm')
  return re.exec(readFileSync(varFile, 'utf8'))?.[1]
}
