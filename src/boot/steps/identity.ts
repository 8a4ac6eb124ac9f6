// Step 1: who and where this instance is, from IMDSv2.
import type { Metadata } from '../os/imds.js'

export interface Identity {
  instanceId: string
  region: string
  zone: string
  /** MAC of the instance's own interface (eth0), for the log. */
  mac: string
  /** The AMI it runs (IMDS ami-id), recorded with the state it starts on. */
  amiId: string
}

export async function readIdentity(imds: Metadata): Promise<Identity> {
  const need = async (path: string): Promise<string> => {
    const value = await imds.get(path)
    if (!value) throw new Error(`IMDS has no meta-data/${path}`)
    return value
  }
  const instanceId = await need('instance-id')
  const region = await need('placement/region')
  const zone = await need('placement/availability-zone')
  const mac = (await need('mac')).toLowerCase()
  const amiId = (await imds.get('ami-id')) || 'unknown'
  return { instanceId, region, zone, mac, amiId }
}
