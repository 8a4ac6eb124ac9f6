// The one HTTP server on loopback: routes each request by its SigV4 credential scope
// (ec2, autoscaling, cloudformation, route53, backup, ...), decodes it with the SDK's own schemas, calls
// the service's response handler and renders the answer (or the error) in that service's
// wire shape.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { NormalizedSchema } from '@smithy/core/schema'
import { AwsError, InternalError, InvalidActionError } from '../wire/errors.js'
import {
  allOperations,
  findOperation,
  fromXml,
  readQueryInput,
  toXml,
  type Operation
} from '../wire/schema.js'
import { parseXmlRoot, renderXml } from '../wire/xml.js'
import { requestId } from './ids.js'
import type { FaultState } from '../faults.js'
import type { SimEventBus } from './events.js'
import type { ServiceName } from '../types.js'

/** Who made a call: the access key of its SigV4 credential. */
export interface Call {
  accessKeyId: string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handler = (input: any, call: Call) => unknown

export interface ServiceDef {
  name: ServiceName
  protocol: 'ec2' | 'query' | 'rest-xml' | 'rest-json' | 'json'
  /** The SDK client module: its `<Operation>$` exports are the wire schemas. */
  sdk: Record<string, unknown>
  xmlns: string
  /** The JSON protocols' error __type prefix (default DynamoDB's). */
  jsonErrorPrefix?: string
  /** awsJson1_0 (DynamoDB, the default) or awsJson1_1 (Secrets Manager): the content type. */
  jsonVersion?: '1.0' | '1.1'
  handlers: Record<string, Handler>
}

/**
 * The handlers of a responses object: each method named like an action (DescribeInstances,
 * ...) answers that action. Adding an operation is adding one such method.
 */
export function actionHandlers(responses: object): Record<string, Handler> {
  const handlers: Record<string, Handler> = {}
  const methods = responses as Record<string, Handler>
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(responses)))
    if (/^[A-Z]/.test(name)) handlers[name] = methods[name].bind(responses)
  return handlers
}

interface RestRoute {
  op: Operation
  method: string
  regex: RegExp
  labels: string[]
  literal: number
  status: number
}

export interface SimServer {
  endpoint: string
  close(): Promise<void>
}

const EC2_ERROR_ROOT = 'Response'

/** Authorizes one decoded call of `accessKeyId`; throws an AwsError to refuse it. */
export type Authorizer = (
  service: ServiceName,
  action: string,
  input: unknown,
  accessKeyId: string
) => Promise<void>

export async function startServer(opts: {
  services: ServiceDef[]
  authorize?: Authorizer
  faults: FaultState
  events: SimEventBus
  log: (line: string) => void
  port?: number
}): Promise<SimServer> {
  const byName = new Map(opts.services.map((s) => [s.name, s]))
  const restRoutes = new Map<ServiceName, RestRoute[]>()
  for (const s of opts.services) if (isRest(s)) restRoutes.set(s.name, routesOf(s))

  const server: Server = createServer((req, res) => {
    void handle(req, res)
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const service = byName.get(serviceOf(req) as ServiceName)
    if (!service) {
      send(res, 400, 'text/plain', `simulator: no service for ${req.method} ${req.url}`)
      return
    }
    let action = '?'
    try {
      if (service.protocol === 'json') {
        // awsJson1_0 and 1_1: X-Amz-Target names the operation; the body is the input as JSON.
        action = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '?'
        if (!service.handlers[action]) throw new InvalidActionError(action)
        faultOrNothing(service.name, action)
        const input = body ? (JSON.parse(body) as unknown) : {}
        await opts.authorize?.(service.name, action, input, accessKeyOf(req))
        const output = await callHandler(service, action, input, { accessKeyId: accessKeyOf(req) })
        send(res, 200, jsonType(service), JSON.stringify(output))
      } else if (isRest(service)) {
        const url = new URL(req.url ?? '/', 'http://localhost')
        const match = matchRoute(
          restRoutes.get(service.name) ?? [],
          req.method ?? 'GET',
          url.pathname
        )
        if (!match)
          throw new AwsError(
            'UnknownOperationException',
            `No route for ${req.method} ${url.pathname}`,
            404
          )
        action = match.route.op.name
        faultOrNothing(service.name, action)
        const input = readRestInput(
          service,
          match.route.op.input,
          match.labels,
          url.searchParams,
          body
        )
        await opts.authorize?.(service.name, action, input, accessKeyOf(req))
        const output = await callHandler(service, action, input, { accessKeyId: accessKeyOf(req) })
        sendRest(res, service, match.route, output)
      } else {
        const params = new Map<string, string>(new URLSearchParams(body))
        const url = new URL(req.url ?? '/', 'http://localhost')
        for (const [k, v] of url.searchParams) if (!params.has(k)) params.set(k, v)
        action = params.get('Action') ?? '?'
        const op = findOperation(service.sdk, action)
        if (!op || !service.handlers[action]) throw new InvalidActionError(action)
        faultOrNothing(service.name, action)
        const input = readQueryInput(op.input, params, service.protocol === 'ec2')
        await opts.authorize?.(service.name, action, input, accessKeyOf(req))
        // EC2's DryRun: the permission check passed; nothing is changed.
        if (service.protocol === 'ec2' && params.get('DryRun') === 'true')
          throw new AwsError(
            'DryRunOperation',
            'Request would have succeeded, but DryRun flag is set.',
            412
          )
        const output = await callHandler(service, action, input, { accessKeyId: accessKeyOf(req) })
        sendQuery(res, service, op, output)
      }
      opts.events.emit('request', { service: service.name, action })
    } catch (err) {
      const e =
        err instanceof AwsError ? err : new InternalError(String((err as Error)?.stack ?? err))
      if (!(err instanceof AwsError))
        opts.log(`sim ${service.name} ${action} crashed: ${e.message}`)
      opts.log(`sim ${service.name} ${action} -> ${e.code}: ${e.message}`)
      opts.events.emit('request', { service: service.name, action, error: e.code })
      sendError(res, service, e)
    }
  }

  function faultOrNothing(service: ServiceName, action: string): void {
    const fault = opts.faults.takeApiFault(service, action)
    if (fault) throw fault
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const jsonType = (s: ServiceDef): string => `application/x-amz-json-${s.jsonVersion ?? '1.0'}`

const isRest = (s: ServiceDef): boolean => s.protocol === 'rest-xml' || s.protocol === 'rest-json'

async function callHandler(
  service: ServiceDef,
  action: string,
  input: unknown,
  call: Call
): Promise<unknown> {
  const handler = service.handlers[action]
  if (!handler) throw new InvalidActionError(action)
  return (await handler(input, call)) ?? {}
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The access key from `Credential=AKID/20261127/us-east-1/<service>/aws4_request`. */
function accessKeyOf(req: IncomingMessage): string {
  return /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? ''
}

/** The service from `Credential=AKID/20261127/us-east-1/<service>/aws4_request`. */
function serviceOf(req: IncomingMessage): string {
  const auth = req.headers.authorization ?? ''
  const m = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth)
  // CloudWatch signs as "monitoring"; its IAM prefix (our service name) is "cloudwatch".
  if (m) return m[1] === 'monitoring' ? 'cloudwatch' : m[1]
  // Unsigned requests (curl while debugging): Route53 is the only REST API here.
  return (req.url ?? '').startsWith('/2013-04-01/') ? 'route53' : 'ec2'
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': type, 'x-amzn-requestid': requestId(), ...headers })
  res.end(body)
}

function sendQuery(res: ServerResponse, service: ServiceDef, op: Operation, output: unknown): void {
  const rid = requestId()
  const rendered = op.output.isUnitSchema() ? undefined : toXml(op.output, output)
  if (service.protocol === 'ec2') {
    const body = { requestId: rid, ...(typeof rendered === 'object' ? rendered : {}) }
    if (op.output.isUnitSchema()) Object.assign(body, { return: 'true' })
    send(res, 200, 'text/xml', renderXml(`${op.name}Response`, body, service.xmlns))
    return
  }
  const content = {
    [`${op.name}Result`]: rendered ?? '',
    ResponseMetadata: { RequestId: rid }
  }
  send(res, 200, 'text/xml', renderXml(`${op.name}Response`, content, service.xmlns))
}

function sendError(res: ServerResponse, service: ServiceDef, e: AwsError): void {
  const rid = requestId()
  if (service.protocol === 'json') {
    // The JSON protocols name the error in __type; extra members (a refused write's Item)
    // sit beside the message.
    const body = {
      __type: `${service.jsonErrorPrefix ?? 'com.amazonaws.dynamodb.v20120810'}#${e.code}`,
      message: e.message,
      ...e.extra
    }
    send(res, e.status, jsonType(service), JSON.stringify(body))
    return
  }
  if (service.protocol === 'rest-json') {
    // restJson1 (AWS Backup): the code in X-Amzn-ErrorType, the message in the JSON body.
    // https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
    send(res, e.status, 'application/json', JSON.stringify({ message: e.message, ...e.extra }), {
      'x-amzn-errortype': e.code
    })
    return
  }
  if (service.protocol === 'ec2') {
    const body = { Errors: { Error: { Code: e.code, Message: e.message } }, RequestID: rid }
    send(res, e.status, 'text/xml', renderXml(EC2_ERROR_ROOT, body))
    return
  }
  const body = { Error: { Type: e.type, Code: e.code, Message: e.message }, RequestId: rid }
  const xmlns = service.protocol === 'rest-xml' ? service.xmlns : undefined
  send(res, e.status, 'text/xml', renderXml('ErrorResponse', body, xmlns), {
    'x-amzn-errortype': e.code
  })
}

// ---- REST-XML (Route53) and REST-JSON (AWS Backup): routes from the operations' http traits ----

function routesOf(service: ServiceDef): RestRoute[] {
  const routes: RestRoute[] = []
  for (const op of allOperations(service.sdk)) {
    const http = op.traits.http as [string, string, number] | undefined
    if (!http) continue
    const [method, uri, status] = http
    const path = uri.split('?')[0]
    const labels: string[] = []
    const pattern = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const greedy = name.endsWith('+')
      labels.push(greedy ? name.slice(0, -1) : name)
      return greedy ? '(.+)' : '([^/]+)'
    })
    routes.push({
      op,
      method,
      regex: new RegExp(`^${pattern}$`),
      labels,
      literal: path.replace(/\{[^}]+\}/g, '').length,
      status
    })
  }
  // Most literal first, so /hostedzone/{Id}/rrset wins over /hostedzone/{Id}.
  return routes.sort((a, b) => b.literal - a.literal)
}

function matchRoute(
  routes: RestRoute[],
  method: string,
  path: string
): { route: RestRoute; labels: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue
    const m = route.regex.exec(path)
    if (!m) continue
    const labels: Record<string, string> = {}
    route.labels.forEach((name, i) => (labels[name] = decodeURIComponent(m[i + 1])))
    return { route, labels }
  }
  return undefined
}

function readRestInput(
  service: ServiceDef,
  ns: NormalizedSchema,
  labels: Record<string, string>,
  query: URLSearchParams,
  body: string
): Record<string, unknown> {
  const input = (
    service.protocol === 'rest-json'
      ? body
        ? JSON.parse(body)
        : {}
      : (fromXml(ns, parseXmlRoot(body)) ?? {})
  ) as Record<string, unknown>
  for (const [name, member] of ns.structIterator()) {
    const t = member.getMergedTraits() as { httpLabel?: unknown; httpQuery?: string }
    if (t.httpLabel && labels[name] !== undefined) input[name] = labels[name]
    if (t.httpQuery && query.has(t.httpQuery)) {
      const raw = query.get(t.httpQuery) as string
      input[name] = member.isNumericSchema() ? Number(raw) : raw
    }
  }
  return input
}

function sendRest(
  res: ServerResponse,
  service: ServiceDef,
  route: RestRoute,
  output: unknown
): void {
  const ns = route.op.output
  const headers: Record<string, string> = {}
  const out = (output ?? {}) as Record<string, unknown>
  for (const [name, member] of ns.structIterator()) {
    const h = (member.getMergedTraits() as { httpHeader?: string }).httpHeader
    if (h && out[name] !== undefined) headers[h] = String(out[name])
  }
  if (service.protocol === 'rest-json') {
    send(res, route.status, 'application/json', JSON.stringify(out, epochSeconds), headers)
    return
  }
  const root = ns.getName() ?? `${route.op.name}Response`
  send(res, route.status, 'text/xml', renderXml(root, toXml(ns, out), service.xmlns), headers)
}

/**
 * restJson1 sends timestamps in a body as epoch seconds (the protocol's default format).
 * JSON.stringify has already turned a Date into its ISO string when the replacer sees it.
 */
function epochSeconds(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key]
  return raw instanceof Date ? raw.getTime() / 1000 : value
}
