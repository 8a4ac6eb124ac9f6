// The boot agent's entry point: all logic sits behind run() in main.ts.
import { run } from './main.js'

process.exitCode = await run(process.argv.slice(2))
