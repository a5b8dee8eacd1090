// While charts make their changes for paper (print-templates.ts), Lit's Trusted Types policy
// may hand back its markup where its callback cannot run; no other policy is touched.
import { expect } from '@esm-bundle/chai';
import { withTemplatesWhilePaused } from '../../src/components/base/print-templates.js';

interface Policies {
  createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): unknown };
}

describe('templates while printing', () => {
  const policies = (window as unknown as { trustedTypes: Policies }).trustedTypes;
  const refusing = (name: string) =>
    policies.createPolicy(name, {
      createHTML: () => {
        throw new Error(`${name} refuses`);
      },
    });

  it("Lit's policy hands back its markup where its callback fails; a page's own policy still refuses, and both are as they were afterwards", () => {
    const lit = refusing('lit-html');
    const page = refusing('page-sanitiser');
    let fromLit: unknown;
    let pageError = '';
    withTemplatesWhilePaused(() => {
      fromLit = lit.createHTML('<p>static markup</p>');
      try {
        page.createHTML('<img src=x onerror=alert(1)>');
      } catch (e) {
        pageError = (e as Error).message;
      }
    });
    expect(fromLit, "Lit's markup").to.equal('<p>static markup</p>');
    expect(pageError, "the page's policy").to.equal('page-sanitiser refuses');
    expect(() => lit.createHTML('<p></p>'), "Lit's policy afterwards").to.throw('lit-html refuses');
  });

  it('returns what a policy makes where its callback runs, and lets an error out of the work through, restoring the policies', () => {
    const ok = policies.createPolicy('lit-html', { createHTML: (s) => s.toUpperCase() });
    let made = '';
    expect(() =>
      withTemplatesWhilePaused(() => {
        made = String(ok.createHTML('<b>x</b>'));
        throw new Error('work failed');
      }),
    ).to.throw('work failed');
    expect(made).to.equal('<B>X</B>');
    const refused = refusing('lit-html');
    expect(() => refused.createHTML('x'), 'no fallback outside printing').to.throw('lit-html refuses');
  });
});
