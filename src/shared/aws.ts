// Settings every AWS client of this project is built with. Endpoints are not set here:
// the SDK honours the standard AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>
// variables, which is how tests and the simulator point it at loopback.
export interface ClientSettings {
  region: string
  maxAttempts: number
  retryMode: 'standard' | 'adaptive'
}

export function clientSettings(region: string): ClientSettings {
  // Adaptive mode adds client-side rate limiting on top of the SDK's throttle retries.
  return { region, maxAttempts: 5, retryMode: 'adaptive' }
}

/** Where each principal's permissions are written, for the fix an AccessDenied names. */
export const POLICY_HOME = {
  deploy: 'docs/iam-deploy-policy.json (the deploy role)',
  plan: 'docs/iam-plan-policy.json (the plan role)',
  instance: 'the InstanceRole policy in cloudformation/opscenter.yaml'
} as const

// AWS's wording of every refusal: "... is not authorized to perform: <action> on resource:
// <arn> because ..." (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
const DENIED = /is not authorized to perform: ([\w-]+:[\w*]+)(?: on resource: (\S+))?/

/** The action and resource a refusal names, or undefined when the text is no refusal. */
export function deniedPermission(text: string): { action: string; resource?: string } | undefined {
  const m = DENIED.exec(text)
  return m ? { action: m[1], resource: m[2] } : undefined
}

/** A message that is a refusal, ended with which policy to extend and with what. */
export function withPermissionHint(message: string, home: string): string {
  const denied = deniedPermission(message)
  if (!denied) return message
  return `${message}. Fix: allow ${denied.action}${denied.resource ? ` on ${denied.resource}` : ''} in ${home}`
}
