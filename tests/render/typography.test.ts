import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { frenchTypography } from '../../src/render/typography.js';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';

describe('frenchTypography', () => {
  it('sets apostrophes and the spaces before ; ! ? : in text only', () => {
    const html =
      '<style>a:hover{x:y;}</style><a href="https://x.fr/?a=b;c" title="l\'été">l\'été : oui; non&nbsp;! Quoi? à 14:30 &amp; d&#x27;ici</a>';
    expect(frenchTypography(html)).toBe(
      '<style>a:hover{x:y;}</style><a href="https://x.fr/?a=b;c" title="l\'été">l’été\u00a0: oui\u202f; non\u202f! Quoi\u202f? à 14:30 &amp; d’ici</a>',
    );
  });

  it('keeps a space-separated mark after an inline element with its no-break space', () => {
    expect(frenchTypography('<strong>679</strong> : nouvelles')).toBe('<strong>679</strong>\u00a0: nouvelles');
  });
});

describe('the fixtures’ reports', () => {
  const texts = new Map<string, string>();

  beforeAll(async () => {
    const out = temporaryDir();
    for (const args of [['--year', '2024'], ['--report', 'alpes', '--year', '2023']]) {
      const run = await runCli(['build', ...args, '--data', FIXTURES, '--out', out, '--format', 'html', '--quiet']);
      expect(run.code).toBe(0);
    }
    for (const file of ['2024/rapport-activite-2024.html', '2023/rapport-alpes-2023.html']) {
      const { document } = parseHTML(readFileSync(path.join(out, file), 'utf8'));
      for (const style of document.querySelectorAll('style')) style.remove();
      texts.set(file, `${document.title} ${document.body.textContent ?? ''}`);
    }
  });

  it('have no straight apostrophe left in their visible text', () => {
    for (const [file, text] of texts) {
      expect(text.length, file).toBeGreaterThan(10_000);
      expect(text.match(/.{0,20}'.{0,20}/g) ?? [], file).toEqual([]);
      expect(text, file).toContain('’');
    }
  });

  it('put a no-break space before every ; ! ? and : that ends a phrase', () => {
    for (const [file, text] of texts) {
      expect(text.match(/.{0,20}[^\u202f][;!?](?=\s).{0,5}/g) ?? [], file).toEqual([]);
      expect(text.match(/.{0,20}[^\u00a0]:(?=\s).{0,5}/g) ?? [], file).toEqual([]);
      expect(text, file).toMatch(/\u00a0:/);
    }
  });
});
