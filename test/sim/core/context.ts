// What every model shares: region, account, clock, events, faults, the instance runtime.
import type { SimEventBus } from './events.js'
import type { FaultState } from '../faults.js'
import type { Scheduler } from './time.js'
import type { InstanceRuntime } from '../types.js'

export interface SimContext {
  region: string
  accountId: string
  zones: string[]
  time: Scheduler
  events: SimEventBus
  faults: FaultState
  runtime?: InstanceRuntime
  log: (line: string) => void
  /** Floor of scaled lifecycle hook time-outs (SimOptions.hookTimeoutMinMs). */
  hookTimeoutMinMs: number
}

export const ACCOUNT_ID = '123456789012'
