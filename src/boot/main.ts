export async function run(_args: string[]): Promise<number> {
  console.error('not implemented yet')
  return 1
}
