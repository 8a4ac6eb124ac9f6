// The action's entry point: all logic sits behind run() in main.ts.
import { run } from './main.js'

await run()
