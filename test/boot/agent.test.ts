import { Deadline } from '../../src/boot/context/agent.js'
import { FakeClock } from '../fixtures/clock.js'

test('a deadline cuts every later wait down to what is left of it, never below zero', () => {
  const clock = new FakeClock()
  const deadline = new Deadline(clock, 90_000)
  expect(deadline.bound(60_000)).toBe(60_000)
  clock.advance(60_000)
  expect(deadline.bound(60_000)).toBe(30_000)
  clock.advance(60_000)
  expect(deadline.bound(60_000)).toBe(0)
})
