// The import rules of src/ (npm run lint fails on any violation, naming the rule). The
// controller's folders are layers, each importing only those below it:
//   main.ts > edges/ > reconcile/ > steps/ > aws/ > context/ > src/shared/
// and the boot agent's likewise: main.ts, boot.ts, watch.ts > steps/ > context/ > os/.
// The controller and the boot agent share only src/shared/, which imports neither.
const layer = (name, from, above) => ({
  name,
  comment: `${from} may not import ${above}: imports flow one way, downwards (see .dependency-cruiser.cjs)`,
  severity: 'error',
  from: { path: from },
  to: { path: above }
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle: move what both sides need one layer down',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'controller-not-boot',
      comment: 'the controller never imports the boot agent: share through src/shared/',
      severity: 'error',
      from: { path: '^src/(main|index)\\.ts$|^src/controller/' },
      to: { path: '^src/boot/' }
    },
    {
      name: 'boot-not-controller',
      comment: 'the boot agent never imports the controller: share through src/shared/',
      severity: 'error',
      from: { path: '^src/boot/' },
      to: { path: '^src/(main|index)\\.ts$|^src/controller/' }
    },
    {
      name: 'shared-imports-neither',
      comment: 'src/shared/ is the contract both sides import: it imports neither',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(main|index)\\.ts$|^src/controller/|^src/boot/' }
    },
    {
      name: 'decide-is-pure',
      comment:
        'decide is a pure function of the snapshot: it imports only the run context types, the window, the downgrade rule and the contract (no AWS SDK, no I/O)',
      severity: 'error',
      from: { path: '^src/controller/reconcile/(decide|window|downgrade)\\.ts$' },
      to: {
        pathNot:
          '^src/controller/context/(snapshot|plan|options)\\.ts$|^src/controller/reconcile/(window|downgrade)\\.ts$|^src/shared/(contract|restore-point-id)\\.ts$'
      }
    },
    layer(
      'controller-context-is-the-floor',
      '^src/controller/context/',
      '^src/(main|index)\\.ts$|^src/controller/(aws|steps|reconcile|edges)/'
    ),
    layer(
      'controller-aws-below-steps',
      '^src/controller/aws/',
      '^src/(main|index)\\.ts$|^src/controller/(steps|reconcile|edges)/'
    ),
    layer(
      'controller-steps-below-reconcile',
      '^src/controller/steps/',
      '^src/(main|index)\\.ts$|^src/controller/(reconcile|edges)/'
    ),
    layer(
      'controller-reconcile-below-edges',
      '^src/controller/reconcile/',
      '^src/(main|index)\\.ts$|^src/controller/edges/'
    ),
    layer('controller-edges-below-main', '^src/controller/edges/', '^src/(main|index)\\.ts$'),
    layer(
      'boot-os-is-the-floor',
      '^src/boot/os/',
      '^src/boot/(context|steps)/|^src/boot/[^/]+\\.ts$'
    ),
    layer(
      'boot-context-below-steps',
      '^src/boot/context/',
      '^src/boot/steps/|^src/boot/[^/]+\\.ts$'
    ),
    layer('boot-steps-below-commands', '^src/boot/steps/', '^src/boot/[^/]+\\.ts$')
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type still ties one module to another.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] }
  }
}
