// Errors the controller raises on purpose. Their messages are what the user reads in the
// job log, so each says what is wrong and what to do.

/** A bad input: the message names the input and the fix. Raised before any AWS call. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`${input}: ${message}`)
    this.name = 'InputError'
  }
}

/** The new instance did not come up: which instance, in which boot phase, and why. */
export class BootError extends Error {
  constructor(
    readonly instanceId: string | undefined,
    readonly phase: string,
    readonly reason: string,
    /** The instance that kept a stack ENI, when that is why it failed (its held-by tag). */
    readonly heldBy?: string
  ) {
    super(
      `${instanceId ?? 'the replacement instance'} failed${phase ? ` in phase ${phase}` : ''}: ${reason}`
    )
    this.name = 'BootError'
  }
}

/** Verification found what is wrong; each problem is one line of `problems`. */
export class VerifyError extends Error {
  constructor(
    readonly instanceId: string,
    readonly problems: string[]
  ) {
    super(`verification of ${instanceId} failed: ${problems.join('; ')}`)
    this.name = 'VerifyError'
  }
}

/** The run ended in a known end state (failed or reverted) that the report must show. */
export class DeployError extends Error {
  constructor(
    message: string,
    readonly result: 'failed' | 'reverted'
  ) {
    super(message)
    this.name = 'DeployError'
  }
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** The new instance did not come up or did not verify: what a revert is for. */
export function isInstanceFailure(err: unknown): boolean {
  return (
    err instanceof BootError ||
    err instanceof VerifyError ||
    (err as Error)?.name === 'TimeoutError'
  )
}
