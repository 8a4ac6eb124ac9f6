// A typed event emitter: the runtime and the invariant checker listen to what happens.
import { EventEmitter } from 'node:events'
import type { SimEventMap, SimEvents } from '../types.js'

export class SimEventBus implements SimEvents {
  private readonly emitter = new EventEmitter()

  constructor() {
    // The runtime and the checker add a listener per instance; no leak warning for that.
    this.emitter.setMaxListeners(0)
  }

  on<K extends keyof SimEventMap>(event: K, listener: (e: SimEventMap[K]) => void): void {
    this.emitter.on(event, listener)
  }

  off<K extends keyof SimEventMap>(event: K, listener: (e: SimEventMap[K]) => void): void {
    this.emitter.off(event, listener)
  }

  emit<K extends keyof SimEventMap>(event: K, e: SimEventMap[K]): void {
    this.emitter.emit(event, e)
  }
}
