// `npm run render-summary [-- out.png]`: what a person sees on the job summary page of a
// reverted run, rendered as GitHub would (markdown with marked, the mermaid block with
// mermaid) in headless Chromium (Debian's `chromium`), as a PNG to look at. The run is real:
// a deployment, then a broken upgrade that the action reverts, on the simulator.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { marked } from 'marked'
import { REPO_ROOT, World } from '../scenarios.js'

const out = process.argv[2] ?? join(tmpdir(), 'opscenter-ha-summary.png')

/** The summary as HTML: GitHub's look, kept simple; mermaid blocks become diagrams. */
export function summaryHtml(markdown: string): string {
  const body = marked
    .parse(markdown, { async: false })
    .replace(
      /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
      '<pre class="mermaid">$1</pre>'
    )
  const mermaid = join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js')
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1012px; margin: 24px; color: #1f2328 }
table { border-collapse: collapse } td, th { border: 1px solid #d1d9e0; padding: 6px 13px }
code { background: #eff1f3; padding: 2px 4px; border-radius: 4px; font-size: 85% }
</style><script src="file://${mermaid}"></script></head><body>${body}
<script>mermaid.initialize({ startOnLoad: true })</script></body></html>`
}

async function main(): Promise<number> {
  const world = await World.start({ version: '6.8.51' })
  try {
    await world.runAction()
    world.rt.brokenVersions.add('6.8.99')
    world.setVersion('6.8.99')
    const run = await world.runAction()
    const dir = mkdtempSync(join(tmpdir(), 'opscenter-ha-summary-'))
    const html = join(dir, 'summary.html')
    writeFileSync(html, summaryHtml(run.summary))
    writeFileSync(join(dir, 'summary.md'), run.summary)
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--allow-file-access-from-files',
        '--virtual-time-budget=5000',
        '--window-size=1100,1700',
        `--screenshot=${out}`,
        `file://${html}`
      ],
      { stdio: 'ignore' }
    )
    process.stdout.write(`result ${run.outputs.result}: ${out} (markdown and HTML in ${dir})\n`)
    return 0
  } finally {
    await world.stop()
  }
}

process.exitCode = await main().catch((err: Error) => {
  process.stdout.write(`render-summary failed: ${err.stack ?? err.message}\n`)
  return 1
})
