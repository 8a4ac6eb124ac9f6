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
