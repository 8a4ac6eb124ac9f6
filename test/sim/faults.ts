// Faults a scenario switches on; the server and the models consult them.
import { AwsError, ThrottlingError } from './wire/errors.js'
import type { Faults, ServiceName } from './types.js'

interface ApiFault {
  service: ServiceName
  action?: string
  remaining: number
  error: () => AwsError
}

export class FaultState implements Faults {
  private apiFaults: ApiFault[] = []
  private readonly downZones = new Set<string>()
  private readonly fullZones = new Set<string>()
  private stuckAll = false
  private readonly stuckEnis = new Set<string>()
  private readonly resourceFailures = new Map<string, string>()
  /** Set by the simulator: kills the instances in a zone that just failed. */
  onZoneFailed: (az: string) => void = () => undefined

  throttle(service: ServiceName, count: number, opts: { action?: string } = {}): void {
    this.apiFaults.push({
      service,
      action: opts.action,
      remaining: count,
      error: () => new ThrottlingError(service)
    })
  }

  failApi(
    service: ServiceName,
    action: string,
    error: { code: string; message: string; status?: number },
    count = 1
  ): void {
    this.apiFaults.push({
      service,
      action,
      remaining: count,
      error: () => new AwsError(error.code, error.message, error.status ?? 400)
    })
  }

  failZone(az: string): void {
    this.downZones.add(az)
    this.onZoneFailed(az)
  }

  restoreZone(az: string): void {
    this.downZones.delete(az)
    this.fullZones.delete(az)
  }

  /**
   * The zone has no capacity for new instances (InsufficientInstanceCapacity): running ones
   * go on. Auto Scaling's launch there fails and it tries the group's other subnets.
   */
  noCapacity(az: string): void {
    this.fullZones.add(az)
  }

  stuckEniDetach(eniId?: string): void {
    if (eniId) this.stuckEnis.add(eniId)
    else this.stuckAll = true
  }

  failResourceUpdate(logicalId: string, reason: string): void {
    this.resourceFailures.set(logicalId, reason)
  }

  clear(): void {
    this.apiFaults = []
    this.downZones.clear()
    this.fullZones.clear()
    this.stuckAll = false
    this.stuckEnis.clear()
    this.resourceFailures.clear()
  }

  // ---- consulted by the server and the models ----

  /** The error this request must fail with, if a fault matches (and consumes it). */
  takeApiFault(service: ServiceName, action: string): AwsError | undefined {
    const f = this.apiFaults.find(
      (x) => x.service === service && (!x.action || x.action === action) && x.remaining > 0
    )
    if (!f) return undefined
    f.remaining--
    if (f.remaining <= 0) this.apiFaults = this.apiFaults.filter((x) => x !== f)
    return f.error()
  }

  zoneDown(az: string): boolean {
    return this.downZones.has(az) || this.fullZones.has(az)
  }

  detachStuck(eniId: string): boolean {
    return this.stuckAll || this.stuckEnis.has(eniId)
  }

  /** The failure reason for this resource's next create/update (consumed), if any. */
  takeResourceFailure(logicalId: string, type?: string): string | undefined {
    for (const key of [logicalId, type]) {
      if (key && this.resourceFailures.has(key)) {
        const reason = this.resourceFailures.get(key)
        this.resourceFailures.delete(key)
        return reason
      }
    }
    return undefined
  }
}
