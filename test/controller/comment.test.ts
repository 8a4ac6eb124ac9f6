// The plan's pull request comment: only on pull_request events with a token; updates its
// own earlier comment instead of piling up new ones.
import { jest } from '@jest/globals'

const calls: string[] = []
let existing: { id: number; body: string; html_url: string }[] = []
const octokit = {
  rest: {
    issues: {
      listComments: async () => ({ data: existing }),
      createComment: async (a: { issue_number: number; body: string }) => {
        calls.push(`create #${a.issue_number}: ${a.body}`)
        return { data: { html_url: 'https://github.test/c/2' } }
      },
      updateComment: async (a: { comment_id: number; body: string }) => {
        calls.push(`update ${a.comment_id}: ${a.body}`)
        return { data: {} }
      }
    }
  }
}
const context = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7 } } as Record<string, unknown>,
  repo: { owner: 'example', repo: 'opscenter-ha' }
}
jest.unstable_mockModule('@actions/github', () => ({ context, getOctokit: () => octokit }))
const { githubCommenter } = await import('../../src/controller/edges/deps.js')

beforeEach(() => {
  calls.length = 0
  existing = []
  context.eventName = 'pull_request'
})

describe('githubCommenter', () => {
  it('comments on the pull request, then updates that comment', async () => {
    const comment = githubCommenter('ghs_x')!
    expect(await comment('plan A', '<!-- m -->')).toBe('https://github.test/c/2')
    existing = [
      { id: 41, body: 'someone else', html_url: 'u41' },
      { id: 42, body: '<!-- m -->\nplan A', html_url: 'u42' }
    ]
    expect(await comment('plan B', '<!-- m -->')).toBe('u42')
    expect(calls).toEqual(['create #7: <!-- m -->\nplan A', 'update 42: <!-- m -->\nplan B'])
  })
  it('does nothing without a token or outside a pull request', () => {
    expect(githubCommenter(undefined)).toBeUndefined()
    context.eventName = 'push'
    expect(githubCommenter('ghs_x')).toBeUndefined()
  })
})
