/**
 * Download → Chart (PNG) on a page whose policy blocks blob: images: the message says why
 * whichever comes first, the image's error or the policy's violation event (Chromium reports
 * the violation in a task of its own, and its order against the error varies under load).
 */
import { expect } from '@esm-bundle/chai';
import { PNG_BLOCKED, svgToPng } from '../../src/export/svg-export.js';

/** Not an image: its load fails, as a blocked one does. */
const BROKEN = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><unclosed></svg>';

function violation(): SecurityPolicyViolationEvent {
  return new SecurityPolicyViolationEvent('securitypolicyviolation', {
    blockedURI: 'blob:http://localhost/1',
    violatedDirective: 'img-src',
    effectiveDirective: 'img-src',
    originalPolicy: "img-src 'self'",
    disposition: 'enforce',
    statusCode: 200,
  });
}

const failure = (p: Promise<unknown>) => p.then(() => 'made a PNG', (e: Error) => e.message);

describe('PNG export under a policy that blocks blob: images', () => {
  it('a violation reported after the image error (up to a moment later) still gives the reason', async () => {
    const made = failure(svgToPng(BROKEN));
    setTimeout(() => document.dispatchEvent(violation()), 60);
    expect(await made).to.equal(PNG_BLOCKED);
  });

  it('a violation reported before the error gives the reason', async () => {
    const made = failure(svgToPng(BROKEN));
    document.dispatchEvent(violation());
    expect(await made).to.equal(PNG_BLOCKED);
  });

  it('a blob: violation of another directive (a worker, media) does not stop a PNG: the failure is the image\'s own', async () => {
    const made = failure(svgToPng(BROKEN));
    const worker = new SecurityPolicyViolationEvent('securitypolicyviolation', {
      blockedURI: 'blob:http://localhost/2', violatedDirective: 'worker-src', effectiveDirective: 'worker-src', originalPolicy: "worker-src 'self'", disposition: 'enforce', statusCode: 200,
    });
    document.dispatchEvent(worker);
    expect(await made).to.equal('the SVG could not be rasterised');
  });

  it('an image that fails with no violation says only that it could not be drawn', async () => {
    expect(await failure(svgToPng(BROKEN))).to.equal('the SVG could not be rasterised');
  });
});
