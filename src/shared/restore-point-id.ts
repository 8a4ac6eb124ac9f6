// Restore point ids, as the boot agent names them and the controller reads them from the
// restore-points tag: `<UTC time, basic ISO 8601>[.<n>]-<OpsCenter version>`, so they sort by
// time and say whose state they hold.

/** An id that sorts by time: 20261207T160512Z-6.8.52. */
export function pointId(at: number, version: string): string {
  const t = new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${t}-${version}`
}

/** The time (epoch ms) and version an id names; undefined for an id of another shape. */
export function parsePointId(id: string): { at: number; version: string } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:\.\d+)?-(.+)$/.exec(id)
  if (!m) return undefined
  const at = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
  return Number.isNaN(at) ? undefined : { at, version: m[7] }
}

/** A restore request: the point's id, '@', and the run that asked (so each is applied once). */
export const RESTORE_REQUEST = /^(\d{8}T\d{6}Z(?:\.\d+)?-[0-9A-Za-z.]+)@[0-9A-Za-z-]{1,64}$/

/** The restore point id of a request, or undefined for another shape. */
export function requestedPoint(request: string): string | undefined {
  return RESTORE_REQUEST.exec(request)?.[1]
}
