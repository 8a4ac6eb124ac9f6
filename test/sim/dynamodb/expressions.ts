// DynamoDB's condition and update expressions, the subset a lock needs, evaluated as AWS
// does: comparators (= <> < <= > >=), attribute_exists / attribute_not_exists, AND, OR,
// NOT and parentheses; `SET a = :v, b = :w` updates. Names and values come through
// ExpressionAttributeNames (#n) and ExpressionAttributeValues (:v). Grammar and semantics:
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
// and .../Expressions.UpdateExpressions.html. Anything outside the subset is a
// ValidationException here, so a new expression is noticed rather than misread.
import { AwsError } from '../wire/errors.js'

/** An attribute value on the wire: {S: "..."}, {N: "12"}, {BOOL: true}, ... */
export type AttributeValue = Record<string, unknown>
export type Item = Record<string, AttributeValue>

export interface ExpressionContext {
  names?: Record<string, string>
  values?: Record<string, AttributeValue>
}

export class ValidationException extends AwsError {
  constructor(message: string) {
    super('ValidationException', message, 400)
  }
}

type Token = { kind: 'word' | 'name' | 'value' | 'op' | 'punct'; text: string }

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const re = /\s*(?:(#[\w]+)|(:[\w]+)|(<>|<=|>=|=|<|>)|([(),])|([A-Za-z_][\w.]*))/y
  let at = 0
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break
    re.lastIndex = at
    const m = re.exec(text)
    if (!m)
      throw new ValidationException(`Invalid expression: syntax error near "${text.slice(at)}"`)
    at = re.lastIndex
    if (m[1]) tokens.push({ kind: 'name', text: m[1] })
    else if (m[2]) tokens.push({ kind: 'value', text: m[2] })
    else if (m[3]) tokens.push({ kind: 'op', text: m[3] })
    else if (m[4]) tokens.push({ kind: 'punct', text: m[4] })
    else tokens.push({ kind: 'word', text: m[5] })
  }
  return tokens
}

class Parser {
  private at = 0
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExpressionContext,
    private readonly item: Item | undefined
  ) {}

  condition(): boolean {
    const result = this.or()
    if (this.at < this.tokens.length)
      throw new ValidationException(`Invalid expression: unexpected "${this.tokens[this.at].text}"`)
    return result
  }

  private peek(): Token | undefined {
    return this.tokens[this.at]
  }

  private next(): Token {
    const t = this.tokens[this.at++]
    if (!t) throw new ValidationException('Invalid expression: unexpected end of input')
    return t
  }

  private keyword(word: string): boolean {
    const t = this.peek()
    if (t?.kind === 'word' && t.text.toUpperCase() === word) return (this.at++, true)
    return false
  }

  private expect(text: string): void {
    const t = this.next()
    if (t.text !== text) throw new ValidationException(`Invalid expression: expected "${text}"`)
  }

  // Both sides are evaluated whatever the first gives: DynamoDB checks every name and value.
  private or(): boolean {
    let value = this.and()
    while (this.keyword('OR')) value = this.and() || value
    return value
  }

  private and(): boolean {
    let value = this.not()
    while (this.keyword('AND')) value = this.not() && value
    return value
  }

  private not(): boolean {
    if (this.keyword('NOT')) return !this.not()
    return this.primary()
  }

  private primary(): boolean {
    const t = this.peek()
    if (t?.text === '(') {
      this.next()
      const value = this.or()
      this.expect(')')
      return value
    }
    if (t?.kind === 'word' && /^attribute_(not_)?exists$/.test(t.text)) {
      this.next()
      this.expect('(')
      const path = this.path(this.next())
      this.expect(')')
      const present = this.item?.[path] !== undefined
      return t.text === 'attribute_exists' ? present : !present
    }
    const left = this.operand()
    const op = this.next()
    if (op.kind !== 'op') throw new ValidationException(`Invalid expression: expected a comparator`)
    return compare(left, op.text, this.operand())
  }

  private path(t: Token): string {
    return pathOf(t, this.ctx)
  }

  private operand(): AttributeValue | undefined {
    const t = this.next()
    if (t.kind === 'value') return valueOf(t.text, this.ctx)
    return this.item?.[this.path(t)]
  }
}

function pathOf(t: Token, ctx: ExpressionContext): string {
  if (t.kind === 'word') return t.text
  if (t.kind !== 'name')
    throw new ValidationException(`Invalid expression: "${t.text}" is no attribute`)
  const name = ctx.names?.[t.text]
  if (name === undefined)
    throw new ValidationException(
      `Value provided in ExpressionAttributeNames unused in expressions or undefined: ${t.text}`
    )
  return name
}

function valueOf(placeholder: string, ctx: ExpressionContext): AttributeValue {
  const value = ctx.values?.[placeholder]
  if (value === undefined)
    throw new ValidationException(
      `An expression attribute value used in expression is not defined; attribute value: ${placeholder}`
    )
  return value
}

/** A comparison of two values of one type; a missing attribute or mixed types is false. */
function compare(
  a: AttributeValue | undefined,
  op: string,
  b: AttributeValue | undefined
): boolean {
  if (!a || !b) return op === '<>' && (a !== undefined || b !== undefined)
  const [ta, tb] = [Object.keys(a)[0], Object.keys(b)[0]]
  if (ta !== tb) return op === '<>'
  const [x, y] =
    ta === 'N' ? [Number(a.N), Number(b.N)] : [JSON.stringify(a[ta]), JSON.stringify(b[tb])]
  switch (op) {
    case '=':
      return x === y
    case '<>':
      return x !== y
    case '<':
      return x < y
    case '<=':
      return x <= y
    case '>':
      return x > y
    default:
      return x >= y
  }
}

/** Whether `expression` holds for `item` (undefined: there is no item under the key). */
export function evaluateCondition(
  expression: string,
  item: Item | undefined,
  ctx: ExpressionContext
): boolean {
  return new Parser(tokenize(expression), ctx, item).condition()
}

/** The item after `SET a = :v, #b = :w` (the only update action the project uses). */
export function applyUpdate(expression: string, item: Item, ctx: ExpressionContext): Item {
  const tokens = tokenize(expression)
  const head = tokens.shift()
  if (head?.kind !== 'word' || head.text.toUpperCase() !== 'SET')
    throw new ValidationException(`Invalid UpdateExpression: only SET is simulated: ${expression}`)
  const out: Item = { ...item }
  for (let i = 0; i < tokens.length; i += 4) {
    const [target, eq, value, comma] = tokens.slice(i, i + 4)
    if (eq?.text !== '=' || value?.kind !== 'value' || (comma && comma.text !== ','))
      throw new ValidationException(`Invalid UpdateExpression: syntax error: ${expression}`)
    out[pathOf(target, ctx)] = valueOf(value.text, ctx)
  }
  return out
}
