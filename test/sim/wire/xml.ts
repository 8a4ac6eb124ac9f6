// Rendering and parsing of XML documents: fast-xml-parser only, never string building.
import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import type { XmlNode, XmlObject } from './schema.js'

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  format: false
})

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true
})

/** One root element with an optional xmlns; the body is the object tree from toXml. */
export function renderXml(root: string, body: XmlNode | undefined, xmlns?: string): string {
  const content: XmlObject = {}
  if (xmlns) content['@_xmlns'] = xmlns
  if (body !== undefined && typeof body === 'object' && !Array.isArray(body))
    Object.assign(content, body)
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [root]: content }) as string}`
}

/** The children of the document's root element (or {} for an empty body). */
export function parseXmlRoot(xml: string): XmlObject {
  if (!xml.trim()) return {}
  const doc = parser.parse(xml) as XmlObject
  const root = Object.keys(doc).find((k) => !k.startsWith('?'))
  const node = root ? doc[root] : undefined
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as XmlObject) : {}
}
