import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, freshSpec, reportTemplateFiles, sourceHash, TEMPLATES_DIR, type PrecompiledTemplates } from '../../src/render/html.js';

/**
 * `npm run build` precompiles the report's templates (scripts/precompile-templates.mjs); the
 * bundle test checks that they print what the sources print. A template edited after the
 * build must not run stale: its precompiled form is used only for the very source it came from.
 */
describe('precompiled templates', () => {
  const file = 'partials/toc.hbs';
  const source = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
  const precompiled: PrecompiledTemplates = {
    [file]: { sha256: sourceHash(source), spec: new Function(`return ${Handlebars.precompile(source, { ...COMPILE_OPTIONS })}`)() as TemplateSpecification },
  };

  it('are used for the source they were compiled from', () => {
    expect(freshSpec(precompiled, file, source)).toBe(precompiled[file]!.spec);
  });

  it('are not used once the source has changed, nor for a file they do not hold', () => {
    expect(freshSpec(precompiled, file, source.replace('Sommaire', 'Table'))).toBeUndefined();
    expect(freshSpec(precompiled, file, `${source} `)).toBeUndefined();
    expect(freshSpec(precompiled, 'partials/header.hbs', readFileSync(path.join(TEMPLATES_DIR, 'partials/header.hbs'), 'utf8'))).toBeUndefined();
  });

  it('cover both reports, every partial and the stylesheets they insert', () => {
    const files = reportTemplateFiles();
    expect(files).toEqual(expect.arrayContaining(['report-ml.hbs', 'report-alpes.hbs', 'report.css', 'edito.css', 'partials/toc.hbs', 'partials/section-plie.hbs']));
    expect(new Set(files).size).toBe(files.length);
  });
});
