import { expect } from '@esm-bundle/chai';
import { textWidth, wrapBalanced, wrapText } from '../../src/renderers/shared/text-width.js';

describe('text-width: wrapping labels', () => {
  it('wraps at spaces; a word wider than a line is split with hyphens, nothing dropped, every line within the width', () => {
    const text = 'Significant financial constraints Supercalifragilisticexpialidocious within';
    const lines = wrapText(text, 80, 12);
    for (const l of lines) expect(textWidth(l, 12), l).to.be.at.most(80);
    expect(lines.join(' ').replace(/- /g, '')).to.equal(text);
    expect(lines.some((l) => l.endsWith('-'))).to.equal(true);
  });

  it('a label of 20,000 unbroken letters wraps, every line within the width (its old cubic cost froze the page: the runner\'s timeout would stop it, no timing is asserted)', () => {
    const word = 'W'.repeat(20000);
    const lines = wrapText(word, 150, 12);
    const balanced = wrapBalanced(word, 150, 12);
    expect(lines.length).to.be.greaterThan(100);
    for (const l of lines) expect(textWidth(l, 12)).to.be.at.most(150);
    expect(lines.join('').replace(/-/g, '')).to.equal(word);
    expect(balanced.join('').replace(/-/g, '')).to.equal(word);
  });

  it('never cuts inside a character outside the Basic Multilingual Plane', () => {
    const text = '😀'.repeat(40);
    for (const l of wrapText(text, 60, 12)) expect(l.replace(/-$/, '')).to.match(/^(😀)+$/u);
  });
});
